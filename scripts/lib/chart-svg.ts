/**
 * Draws charts to SVG in Node, the one rendering path of the embed bake (scripts/bake.ts) and the
 * visual regression tests (scripts/visual.ts): the real chart components in jsdom (Recharts 3
 * renders nothing under renderToString, recharts#5997, but does render client-side at a fixed
 * size), with the shipped dataset and the page's colour variables read from the repository.
 */
import { JSDOM } from "jsdom";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ChartModel } from "@/charts/registry.ts";
import { textWidth } from "@/charts/shared/text-width.ts";
import type { Dataset } from "@/data/schema.ts";
import { validateDatasetText } from "@/data/validate.ts";

export const ROOT = resolve(import.meta.dirname, "../..");

export type DrawSvg = (model: ChartModel, size: { width: number; height: number }) => Promise<SVGSVGElement>;

/** The shipped dataset; an invalid one is an error (npm run data:check says what is wrong). */
export function readShippedDataset(): Dataset {
  const validation = validateDatasetText(readFileSync(join(ROOT, "data/korea-arms-exports.json"), "utf8"));
  if (!validation.ok) throw new Error("the dataset is invalid; run npm run data:check");
  return validation.dataset;
}

/** The `:root { … }` block of src/index.css: the colour variables, as light-dark() pairs. */
export function readColorCss(): string {
  const css = readFileSync(join(ROOT, "src/index.css"), "utf8").match(/:root\s*\{[^}]*\}/)?.[0];
  if (!css) throw new Error("no :root colours in src/index.css");
  return css;
}

/**
 * Installs jsdom as the global DOM (once per process: React DOM decides at import whether it has a
 * DOM, so it is imported only after) and returns a function that draws one chart model.
 */
export async function startChartDrawing(): Promise<DrawSvg> {
  installDom();
  const React = await import("react");
  const { createRoot } = await import("react-dom/client");
  const { ChartPlot } = await import("@/charts/ChartPlot.tsx");

  /** Draws one chart at a fixed size (jsdom cannot measure) and waits until its SVG stops changing. */
  return async (model, size) => {
    const host = document.createElement("div");
    document.body.append(host);
    const root = createRoot(host);
    root.render(React.createElement(ChartPlot, { model, size: { ...size, animate: false } }));
    let last = "";
    let stable = 0;
    for (let waited = 0; stable < 3; waited += 50) {
      if (waited > 15_000) throw new Error(`the ${model.id} chart did not finish drawing`);
      await new Promise((r) => setTimeout(r, 50));
      const now = host.querySelector("svg.recharts-surface")?.outerHTML ?? "";
      stable = now && now === last ? stable + 1 : 0;
      last = now;
    }
    const svg = host.querySelector<SVGSVGElement>("svg.recharts-surface")!.cloneNode(true) as SVGSVGElement;
    root.unmount();
    host.remove();
    return svg;
  };
}

/** jsdom as the global DOM, so react-dom/client and Recharts run in Node as in a browser. */
function installDom() {
  if ("document" in globalThis) return;
  const dom = new JSDOM("<!doctype html><html><body></body></html>", {
    url: "http://localhost/",
    pretendToBeVisual: true,
  });
  const g = globalThis as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(dom.window)) {
    if (key in g) continue;
    try {
      g[key] = (dom.window as unknown as Record<string, unknown>)[key];
    } catch {
      /* a few window getters throw outside a browsing context; Recharts does not need them */
    }
  }
  // jsdom's animation frames carry its own clock, Node's performance.now() another; Recharts
  // compares the two to end its animations, so frames use Node's clock.
  g.requestAnimationFrame = (callback: (now: number) => void) => setTimeout(() => callback(performance.now()), 16);
  g.cancelAnimationFrame = (id: ReturnType<typeof setTimeout>) => clearTimeout(id);
  // jsdom has no layout, so text measures 0 px and Recharts would keep every axis tick however
  // crowded. Recharts measures text in one span; give it the charts' own estimate from the font
  // size (textWidth). No system font is measured, so the drawing is the same on every machine.
  const measure = dom.window.HTMLElement.prototype.getBoundingClientRect;
  dom.window.HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
    if (this.id !== "recharts_measurement_span") return measure.call(this);
    const fontSize = parseFloat(this.style.fontSize) || 16;
    const width = textWidth(this.textContent ?? "", fontSize, Number(this.style.fontWeight) >= 600);
    return new dom.window.DOMRect(0, 0, width, fontSize * 1.2);
  };
}
