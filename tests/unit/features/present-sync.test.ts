import { describe, expect, it } from "vitest";
import {
  openDeckChannel,
  parseDeckMessage,
  receive,
  type DeckMessage,
  type DeckSyncState,
} from "@/features/present/deck-sync.ts";

const at = (slide: number, blank: DeckSyncState["blank"] = null, peer = false): DeckSyncState => ({
  slide,
  blank,
  peer,
});

describe("deck sync: messages", () => {
  it.each([
    [{ type: "hello", from: "presenter" }],
    [{ type: "bye", from: "presenter" }],
    [{ type: "slide", from: "audience", slide: 4 }],
    [{ type: "blank", from: "presenter", blank: "black" }],
    [{ type: "blank", from: "audience", blank: null }],
    [{ type: "state", from: "audience", slide: 2, blank: "white" }],
  ])("accepts %j", (raw) => {
    expect(parseDeckMessage(raw)).toEqual(raw);
  });

  it.each([
    [null],
    ["slide"],
    [{ type: "slide", from: "audience", slide: 0 }],
    [{ type: "slide", from: "audience", slide: 2.5 }],
    [{ type: "slide", from: "audience", slide: "3" }],
    [{ type: "slide", from: "someone", slide: 3 }],
    [{ type: "blank", from: "presenter", blank: "red" }],
    [{ type: "state", from: "audience", slide: 2 }],
    [{ type: "navigate", from: "presenter", href: "https://evil.example/" }],
  ])("ignores %j", (raw) => {
    expect(parseDeckMessage(raw)).toBeNull();
  });
});

describe("deck sync: protocol", () => {
  it("the audience answers a presenter's hello with its slide and blank state", () => {
    const { state, reply } = receive("audience", at(5, "black"), { type: "hello", from: "presenter" });
    expect(state).toEqual(at(5, "black", true));
    expect(reply).toEqual({ type: "state", from: "audience", slide: 5, blank: "black" });
  });

  it("the presenter takes the audience's state, whatever its own URL said", () => {
    const { state, reply } = receive("presenter", at(1), { type: "state", from: "audience", slide: 5, blank: null });
    expect(state).toEqual(at(5, null, true));
    expect(reply).toBeUndefined();
  });

  it("a move or blank in either window moves or blanks the other", () => {
    expect(receive("audience", at(3), { type: "slide", from: "presenter", slide: 4 }).state.slide).toBe(4);
    expect(receive("presenter", at(3), { type: "slide", from: "audience", slide: 2 }).state.slide).toBe(2);
    expect(receive("audience", at(3), { type: "blank", from: "presenter", blank: "white" }).state.blank).toBe("white");
    expect(
      receive("presenter", at(3, "white"), { type: "blank", from: "audience", blank: null }).state.blank,
    ).toBeNull();
  });

  it("a window does not follow its own role's messages, and forgets a presenter that said bye", () => {
    const own: DeckMessage = { type: "slide", from: "audience", slide: 7 };
    expect(receive("audience", at(3), own).state).toEqual(at(3));
    expect(receive("audience", at(3, null, true), { type: "bye", from: "presenter" }).state.peer).toBe(false);
  });
});

describe("deck sync: channel", () => {
  const win = { BroadcastChannel } as unknown as Window & typeof globalThis;
  const nextMessage = (listen: (f: (m: DeckMessage) => void) => () => void) =>
    new Promise<DeckMessage>((resolve) => {
      const stop = listen((m) => {
        stop();
        resolve(m);
      });
    });

  it("carries messages between two windows of the same session, and not to another session", async () => {
    const audience = openDeckChannel("abc", win);
    const presenter = openDeckChannel("abc", win);
    const stranger = openDeckChannel("xyz", win);
    const heardByStranger: DeckMessage[] = [];
    stranger.listen((m) => heardByStranger.push(m));
    const got = nextMessage((f) => audience.listen(f));
    presenter.post({ type: "slide", from: "presenter", slide: 6 });
    expect(await got).toEqual({ type: "slide", from: "presenter", slide: 6 });
    // A round trip later, the other session has still heard nothing.
    const back = nextMessage((f) => presenter.listen(f));
    audience.post({ type: "blank", from: "audience", blank: "black" });
    await back;
    expect(heardByStranger).toEqual([]);
    for (const c of [audience, presenter, stranger]) c.close();
  });

  it("falls back to storage events where BroadcastChannel is missing", () => {
    // Two same-origin windows sharing one localStorage: a write in one fires `storage` in the other.
    const store = new Map<string, string>();
    const windows: EventTarget[] = [];
    const fakeWindow = () => {
      const target = new EventTarget();
      const self = Object.assign(target, {
        localStorage: {
          setItem(key: string, value: string) {
            const oldValue = store.get(key) ?? null;
            store.set(key, value);
            if (oldValue === value) return;
            for (const w of windows)
              if (w !== self) w.dispatchEvent(Object.assign(new Event("storage"), { key, newValue: value }));
          },
        },
      });
      windows.push(self);
      return self as unknown as Window & typeof globalThis;
    };
    const audience = openDeckChannel("abc", fakeWindow());
    const presenter = openDeckChannel("abc", fakeWindow());
    const heard: DeckMessage[] = [];
    const ownEcho: DeckMessage[] = [];
    audience.listen((m) => heard.push(m));
    presenter.listen((m) => ownEcho.push(m));
    presenter.post({ type: "slide", from: "presenter", slide: 2 });
    presenter.post({ type: "slide", from: "presenter", slide: 2 });
    expect(heard).toEqual([
      { type: "slide", from: "presenter", slide: 2 },
      { type: "slide", from: "presenter", slide: 2 },
    ]);
    expect(ownEcho).toEqual([]);
  });
});
