/**
 * Keys → deck actions (reveal.js, PowerPoint and clicker conventions). Clickers send PageDown/PageUp
 * (some send arrows), "blank" as `b` or `.`, and start/stop as F5 (or Shift+F5) then Esc. Pure, so
 * the mapping is tested without a browser.
 */
export type DeckAction =
  | "next"
  | "prev"
  | "first"
  | "last"
  | "fullscreen"
  | "fullscreen-enter"
  | "fullscreen-exit"
  | "notes"
  | "presenter"
  | "blank-black"
  | "blank-white"
  | "exit";

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** Tag name of the focused element, to leave Space and typing to buttons and fields. */
  targetTag?: string;
  /**
   * The deck is (or was a moment ago) full screen: Esc then only leaves full screen, as a clicker's
   * "stop" expects, and never the deck.
   */
  fullscreen?: boolean;
}

const OWN_SPACE = new Set(["BUTTON", "A", "SUMMARY", "INPUT", "SELECT", "TEXTAREA"]);

export function deckAction({
  key,
  shiftKey,
  ctrlKey,
  metaKey,
  altKey,
  targetTag,
  fullscreen,
}: KeyInput): DeckAction | null {
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
    case "F5":
      // Start (F5) and "start from this slide" (Shift+F5) both mean: project this slide. Never a reload.
      return "fullscreen-enter";
    case "n":
    case "N":
      return "notes";
    case "s":
    case "S":
      return "presenter";
    case "b":
    case "B":
    case ".":
      return "blank-black";
    case "w":
    case "W":
    case ",":
      return "blank-white";
    case "Escape":
      return fullscreen ? "fullscreen-exit" : "exit";
    default:
      return null;
  }
}

/**
 * Keys that only say "a modifier is held" do not count as "any key" when the screen is blank: a
 * presenter reaching for Alt+Tab should not light the screen up.
 */
export function isModifierOnly(key: string): boolean {
  return key === "Shift" || key === "Control" || key === "Alt" || key === "Meta" || key === "AltGraph";
}
