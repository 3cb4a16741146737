/** Where a baked chart's interaction finds its points (src/ui/baked-chart.ts): in the SVG, or in the file it names. */
import { describe, expect, it, vi } from "vitest";
import { enhanceBakedCharts } from "@/ui/baked-chart.ts";

const POINTS = [
  { at: 10, title: "2021: $7.3B", lines: [], id: "exports-2021" },
  { at: 20, title: "2022: $17.3B", lines: [], id: "exports-2022" },
];

function page(svgs: string): HTMLElement {
  const host = document.createElement("div");
  host.innerHTML = `<figure>${svgs
    .split("|")
    .map((svg) => `<div>${svg}</div>`)
    .join("")}</figure><button data-point="exports-2022">$17.3B</button>`;
  document.body.append(host);
  return host;
}

const baked = (attrs: string) =>
  `<svg role="img" tabindex="0" viewBox="0 0 100 50" data-kdem-surface="Chart" ${attrs}></svg>`;

describe("enhanceBakedCharts", () => {
  it("reads an embed's points from its SVG", async () => {
    const host = page(baked(`data-kdem-points='${JSON.stringify(POINTS)}'`));
    const load = vi.fn();
    await enhanceBakedCharts(host, load);
    expect(load).not.toHaveBeenCalled();
    expect(host.querySelector("svg")!.getAttribute("role")).toBe("group");
    expect(host.querySelector("button")!.dataset.kdemHere).toBe("");
  });

  it("loads the file an explorer page names once for all its sizes, and takes each size's points", async () => {
    const href = "/prerender/annual-exports.en.points.json";
    const host = page(
      `${baked(`data-kdem-points-src="${href}#narrow"`)}|${baked(`data-kdem-points-src="${href}#wide"`)}`,
    );
    const load = vi.fn(() => Promise.resolve({ narrow: POINTS, wide: [] }));
    await enhanceBakedCharts(host, load);
    expect(load.mock.calls).toEqual([[href]]);
    const [narrow, wide] = host.querySelectorAll("svg");
    expect(narrow!.getAttribute("role")).toBe("group");
    // No points for that size: it stays the labelled image it was.
    expect(wide!.getAttribute("role")).toBe("img");
    expect(host.querySelectorAll("[data-kdem-tip]")).toHaveLength(1);
  });

  it("leaves the chart a labelled image, and the figure links to the app, when the file cannot be had", async () => {
    const host = page(baked(`data-kdem-points-src="/prerender/gone.points.json#narrow"`));
    await enhanceBakedCharts(host, () => Promise.reject(new Error("HTTP 404")));
    expect(host.querySelector("svg")!.getAttribute("role")).toBe("img");
    expect(host.querySelector("button")!.dataset.kdemHere).toBeUndefined();
  });

  it("enhances a chart once, even when called again while its points load", async () => {
    const host = page(baked(`data-kdem-points-src="/p.json#narrow"`));
    const load = vi.fn(() => Promise.resolve({ narrow: POINTS }));
    await Promise.all([enhanceBakedCharts(host, load), enhanceBakedCharts(host, load)]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(host.querySelectorAll("[data-kdem-tip]")).toHaveLength(1);
  });
});
