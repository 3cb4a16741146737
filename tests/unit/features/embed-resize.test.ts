/** The embed's side of auto-height: the message shape of design §4, on load and on every change. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { postHeightChanges } from "@/features/embed/resize.ts";

let observed: (() => void) | undefined;
vi.stubGlobal(
  "ResizeObserver",
  class {
    constructor(callback: () => void) {
      observed = callback;
    }
    observe() {}
    disconnect() {
      observed = undefined;
    }
  },
);
afterEach(() => (observed = undefined));

function setup(heights: number[]) {
  const content = document.createElement("main");
  vi.spyOn(content, "getBoundingClientRect").mockImplementation(() => ({ height: heights.shift() ?? 0 }) as DOMRect);
  const parent = { postMessage: vi.fn() };
  const listeners: ((event: MessageEvent) => void)[] = [];
  const win = {
    parent,
    addEventListener: (_type: string, listener: (event: MessageEvent) => void) => listeners.push(listener),
    removeEventListener: (_type: string, listener: (event: MessageEvent) => void) =>
      listeners.splice(listeners.indexOf(listener), 1),
  } as unknown as Window;
  const receive = (data: unknown, source: unknown) => listeners.forEach((l) => l({ data, source } as MessageEvent));
  return { content, parent, win, receive, listeners };
}

describe("postHeightChanges", () => {
  it("posts the rounded-up height to the parent at once and on every change, not when unchanged", () => {
    const { content, parent, win } = setup([612.2, 612.2, 700]);
    const stop = postHeightChanges(win, content, "world-share");
    expect(parent.postMessage).toHaveBeenLastCalledWith(
      { type: "kdem:resize", chart: "world-share", height: 613 },
      "*",
    );
    observed!();
    expect(parent.postMessage).toHaveBeenCalledTimes(1);
    observed!();
    expect(parent.postMessage).toHaveBeenLastCalledWith(
      { type: "kdem:resize", chart: "world-share", height: 700 },
      "*",
    );
    stop();
    expect(observed).toBeUndefined();
  });

  it("posts again when the host's embed.js, loaded late, pings from the parent, and only then", () => {
    const { content, parent, win, receive, listeners } = setup([500, 500, 500]);
    const stop = postHeightChanges(win, content, "buyers");
    expect(parent.postMessage).toHaveBeenCalledTimes(1);
    receive({ type: "kdem:ping" }, {}); // from another window: ignored
    receive({ type: "other" }, parent);
    expect(parent.postMessage).toHaveBeenCalledTimes(1);
    receive({ type: "kdem:ping" }, parent);
    expect(parent.postMessage).toHaveBeenCalledTimes(2);
    expect(parent.postMessage).toHaveBeenLastCalledWith({ type: "kdem:resize", chart: "buyers", height: 500 }, "*");
    stop();
    expect(listeners).toHaveLength(0);
  });

  it("posts nothing when the page is not in a frame", () => {
    const content = document.createElement("main");
    const spy = vi.spyOn(window, "postMessage");
    postHeightChanges(window, content, "buyers");
    expect(spy).not.toHaveBeenCalled();
    expect(observed).toBeUndefined();
  });
});
