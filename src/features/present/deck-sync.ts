/**
 * Keeps the audience window and the presenter window (`?presenter=<session>`) on the same slide and
 * blank state, both ways. Messages go over a BroadcastChannel named after the session, so two decks
 * open in two tabs never steer each other; where BroadcastChannel is missing, over `storage` events
 * (same origin, other windows only), which carry the same messages.
 *
 * The protocol is pure (parseDeckMessage, receive) and tested without a browser:
 * - the presenter says `hello` when it opens (or reloads); the audience answers with its `state`;
 * - either side sends `slide` when its slide changes and `blank` when it blanks or restores;
 * - the presenter says `bye` when it closes, so the audience knows notes have nowhere else to go.
 */
export type BlankMode = "black" | "white";
export type DeckRole = "audience" | "presenter";

export type DeckMessage =
  | { type: "hello"; from: DeckRole }
  | { type: "bye"; from: DeckRole }
  | { type: "state"; from: DeckRole; slide: number; blank: BlankMode | null }
  | { type: "slide"; from: DeckRole; slide: number }
  | { type: "blank"; from: DeckRole; blank: BlankMode | null };

/** A session names one audience window and the presenter windows it opens: letters, digits, - and _. */
export const SESSION_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

const ROLES = new Set<unknown>(["audience", "presenter"]);
const BLANKS = new Set<unknown>(["black", "white", null]);

/** What arrived, if it is a deck message; anything else (another app's, a malformed one) is null. */
export function parseDeckMessage(raw: unknown): DeckMessage | null {
  if (typeof raw !== "object" || raw === null) return null;
  const m = raw as Record<string, unknown>;
  if (!ROLES.has(m.from)) return null;
  const from = m.from as DeckRole;
  const slideOk = typeof m.slide === "number" && Number.isInteger(m.slide) && m.slide >= 1;
  switch (m.type) {
    case "hello":
    case "bye":
      return { type: m.type, from };
    case "slide":
      return slideOk ? { type: "slide", from, slide: m.slide as number } : null;
    case "blank":
      return BLANKS.has(m.blank) ? { type: "blank", from, blank: m.blank as BlankMode | null } : null;
    case "state":
      return slideOk && BLANKS.has(m.blank)
        ? { type: "state", from, slide: m.slide as number, blank: m.blank as BlankMode | null }
        : null;
    default:
      return null;
  }
}

export interface DeckSyncState {
  slide: number;
  blank: BlankMode | null;
  /** The other window is there (audience: a presenter said hello; presenter: the audience answered). */
  peer: boolean;
}

/** The new state after a message from the other window, and what to answer, if anything. */
export function receive(
  role: DeckRole,
  state: DeckSyncState,
  message: DeckMessage,
): { state: DeckSyncState; reply?: DeckMessage } {
  // A window hears only the other role; a second presenter window's messages still steer the audience.
  if (message.from === role) return { state };
  switch (message.type) {
    case "hello":
      return {
        state: { ...state, peer: true },
        reply: role === "audience" ? { type: "state", from: role, slide: state.slide, blank: state.blank } : undefined,
      };
    case "bye":
      return { state: { ...state, peer: false } };
    case "state":
      return { state: { slide: message.slide, blank: message.blank, peer: true } };
    case "slide":
      return { state: { ...state, slide: message.slide, peer: true } };
    case "blank":
      return { state: { ...state, blank: message.blank, peer: true } };
  }
}

export interface DeckChannel {
  post(message: DeckMessage): void;
  /** Calls `onMessage` with every valid message from another window; returns the unsubscribe. */
  listen(onMessage: (message: DeckMessage) => void): () => void;
  close(): void;
}

export function openDeckChannel(session: string, win: Window & typeof globalThis = window): DeckChannel {
  const name = `kdem-present:${session}`;
  if (typeof win.BroadcastChannel === "function") {
    const channel = new win.BroadcastChannel(name);
    return {
      post: (message) => channel.postMessage(message),
      listen(onMessage) {
        const handler = (event: MessageEvent) => {
          const message = parseDeckMessage(event.data);
          if (message) onMessage(message);
        };
        channel.addEventListener("message", handler);
        return () => channel.removeEventListener("message", handler);
      },
      close: () => channel.close(),
    };
  }
  // `storage` fires in the other same-origin windows only, and only when the stored value changes:
  // the nonce makes two equal messages in a row (from either window) two events.
  return {
    post(message) {
      try {
        win.localStorage.setItem(name, JSON.stringify({ message, nonce: Math.random() }));
      } catch {
        // storage full or disabled: the windows then run unsynchronised, each still works alone
      }
    },
    listen(onMessage) {
      const handler = (event: StorageEvent) => {
        if (event.key !== name || !event.newValue) return;
        try {
          const message = parseDeckMessage((JSON.parse(event.newValue) as { message?: unknown }).message);
          if (message) onMessage(message);
        } catch {
          // not ours
        }
      };
      win.addEventListener("storage", handler);
      return () => win.removeEventListener("storage", handler);
    },
    close() {},
  };
}

/**
 * The audience window's session: kept for the tab's life (sessionStorage), so reloading the
 * audience window keeps its presenter window in step.
 */
export function deckSession(win: Window = window): string {
  const key = "kdem-present-session";
  try {
    const kept = win.sessionStorage.getItem(key);
    if (kept && SESSION_PATTERN.test(kept)) return kept;
    const made = randomSession(win);
    win.sessionStorage.setItem(key, made);
    return made;
  } catch {
    return randomSession(win);
  }
}

function randomSession(win: Window): string {
  const bytes = win.crypto.getRandomValues(new Uint8Array(9));
  return [...bytes].map((b) => b.toString(36).padStart(2, "0")).join("");
}
