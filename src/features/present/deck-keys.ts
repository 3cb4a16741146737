/**
 * Keys → deck actions. Clickers send PageDown/PageUp (some send arrows), so both work. Pure, so the
 * mapping is tested without a browser.
 */
export type DeckAction = "next" | "prev" | "first" | "last" | "fullscreen" | "notes" | "exit";

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** Tag name of the focused element, to leave Space and typing to buttons and fields. */
  targetTag?: string;
}

const OWN_SPACE = new Set(["BUTTON", "A", "SUMMARY", "INPUT", "SELECT", "TEXTAREA"]);

export function deckAction({ key, shiftKey, ctrlKey, metaKey, altKey, targetTag }: KeyInput): DeckAction | null {
  // Browser shortcuts (Ctrl+P, Alt+←, Cmd+F…) stay the browser's.
  if (ctrlKey || metaKey || altKey) return null;
  if (targetTag === "INPUT" || targetTag === "TEXTAREA" || targetTag === "SELECT") return null;
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
    case "PageDown":
      return "next";
    case "ArrowLeft":
    case "ArrowUp":
    case "PageUp":
      return "prev";
    case " ":
      // A focused button or link is activated by Space; moving the slide too would do two things at once.
      if (targetTag && OWN_SPACE.has(targetTag)) return null;
      return shiftKey ? "prev" : "next";
    case "Home":
      return "first";
    case "End":
      return "last";
    case "f":
    case "F":
      return "fullscreen";
    case "n":
    case "N":
      return "notes";
    case "Escape":
      return "exit";
    default:
      return null;
  }
}
