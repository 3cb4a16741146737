/**
 * public/embed.js, the host-side script: it sizes our iframes from their own messages and ignores
 * every message that does not come from one of them with the right shape.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CHART_IDS } from "@/data/chart-ids.ts";

const SCRIPT = readFileSync(resolve(import.meta.dirname, "../../../public/embed.js"), "utf8");
const EMBED_ORIGIN = "https://charts.example.org";

function addFrame(src: string, marked = true): HTMLIFrameElement {
  const frame = document.createElement("iframe");
  frame.src = src;
  if (marked) frame.setAttribute("data-kdem-embed", "");
  frame.style.height = "560px";
  document.body.append(frame);
  return frame;
}

function post(data: unknown, source: Window | null, origin = EMBED_ORIGIN) {
  window.dispatchEvent(new MessageEvent("message", { data, source, origin }));
}

const resize = (height: unknown, chart = "annual-exports") => ({ type: "kdem:resize", chart, height });

beforeAll(() => {
  window.eval(SCRIPT);
  window.eval(SCRIPT); // loaded twice by two pasted codes: still one listener
});
beforeEach(() => document.body.replaceChildren());

describe("embed.js", () => {
  it("sets the height of the iframe whose window sent the message", () => {
    const first = addFrame(`${EMBED_ORIGIN}/embed/annual-exports`);
    const second = addFrame(`${EMBED_ORIGIN}/embed/world-share?lang=ko`);
    post(resize(612.4), first.contentWindow);
    post(resize(480, "world-share"), second.contentWindow);
    expect(first.style.height).toBe("613px");
    expect(second.style.height).toBe("480px");
  });

  it("accepts the /embed/<id>.html and /embed/<id>/index.html addresses too", () => {
    const html = addFrame(`${EMBED_ORIGIN}/embed/buyers.html?lang=ko`);
    const index = addFrame(`${EMBED_ORIGIN}/embed/target-path/index.html`);
    post(resize(500, "buyers"), html.contentWindow);
    post(resize(520, "target-path"), index.contentWindow);
    expect([html.style.height, index.style.height]).toEqual(["500px", "520px"]);
  });

  it("ignores a well-formed message from any other window", () => {
    const ours = addFrame(`${EMBED_ORIGIN}/embed/annual-exports`);
    const foreign = addFrame(`${EMBED_ORIGIN}/embed/annual-exports`, false);
    post(resize(900), foreign.contentWindow);
    post(resize(900), window);
    post(resize(900), null);
    expect(ours.style.height).toBe("560px");
  });

  it("ignores our frame's message when the frame now shows another origin or another chart", () => {
    const ours = addFrame(`${EMBED_ORIGIN}/embed/annual-exports`);
    post(resize(900), ours.contentWindow, "https://evil.example");
    post(resize(900, "buyers"), ours.contentWindow);
    expect(ours.style.height).toBe("560px");
  });

  it("ignores messages of the wrong shape", () => {
    const ours = addFrame(`${EMBED_ORIGIN}/embed/annual-exports/`);
    for (const data of [
      null,
      "kdem:resize",
      { ...resize(900), type: "resize" },
      resize(900, "unknown-chart"),
      resize("900"),
      resize(Number.NaN),
      resize(Number.POSITIVE_INFINITY),
      resize(10),
      resize(100_000),
    ])
      post(data, ours.contentWindow);
    expect(ours.style.height).toBe("560px");
    post(resize(700), ours.contentWindow);
    expect(ours.style.height).toBe("700px");
  });

  it("knows every chart id of the contract", () => {
    const listed = JSON.parse(SCRIPT.match(/var CHARTS = (\[[^\]]*\])/)![1]!.replace(/,\s*\]$/, "]"));
    expect(listed).toEqual([...CHART_IDS]);
  });
});
