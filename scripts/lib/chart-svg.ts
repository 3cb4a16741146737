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

export type DrawSvg = (
  model: ChartModel,
  size: { width: number; height: number },
  options?: { points?: boolean },
) => Promise<SVGSVGElement>;

/** One point a reader can hover or arrow to on a baked chart: where it is and what its tooltip says. */
export interface HoverPoint {
  /** Position along the category axis, in the SVG's own units. */
  at: number;
  title: string;
  lines: string[];
  /** The data point's id, when the chart's data carry one (figure links name it). */
  id: string | null;
}

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

  /**
   * Draws one chart at a fixed size (jsdom cannot measure) and waits until its SVG stops changing.
   * With `points`, the SVG also carries its hover points (data-kdem-axis, data-kdem-points), read
   * from the drawn chart itself: see hoverPoints.
   */
  return async (model, size, options = {}) => {
    const host = document.createElement("div");
    document.body.append(host);
    const root = createRoot(host);
    const active = { id: null as string | null };
    root.render(
      React.createElement(ChartPlot, {
        model,
        size: { ...size, animate: false },
        onActivePoint: (id: string | null) => (active.id = id),
      }),
    );
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
    if (options.points) {
      const { axis, points } = await hoverPoints(host, active);
      svg.setAttribute("data-kdem-axis", axis);
      svg.setAttribute("data-kdem-points", JSON.stringify(points));
    }
    root.unmount();
    host.remove();
    return svg;
  };
}

const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));

/**
 * The chart's points as its own tooltip shows them, walked through the way a keyboard reader does
 * (Recharts' accessibility layer: focus, then ArrowRight), so positions come from Recharts' scale
 * (its tooltip cursor) and texts from the chart model's tooltip, never from a second description of
 * the chart. A chart whose categories run down the side (bars of a vertical layout) does not move
 * with ArrowRight; there the pointer is moved from band to band instead.
 */
async function hoverPoints(
  host: HTMLElement,
  active: { id: string | null },
): Promise<{ axis: "x" | "y"; points: HoverPoint[] }> {
  const surface = host.querySelector<SVGSVGElement>("svg.recharts-surface")!;
  const read = (): { key: string; title: string; lines: string[]; cursor: number[] } | null => {
    const texts = [...host.querySelectorAll(".recharts-tooltip-wrapper p")].map((p) => p.textContent ?? "");
    const d = host.querySelector(".recharts-tooltip-cursor")?.getAttribute("d") ?? "";
    const cursor = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    if (!texts.length || cursor.length < 2) return null;
    return { key: texts.join("\n") + d, title: texts[0]!, lines: texts.slice(1), cursor };
  };
  surface.focus();
  surface.dispatchEvent(new FocusEvent("focus"));
  let first = read();
  for (let waited = 0; !first && waited < 1000; waited += 30) {
    await tick();
    first = read();
  }
  if (!first) throw new Error("the chart shows no tooltip when focused");
  // A line cursor ("M x,y L x,y2") marks a point on the x axis; a band ("M x,y h w v h") a bar's category.
  const d = host.querySelector(".recharts-tooltip-cursor")!.getAttribute("d")!;
  const band = /h/.test(d);
  const [x0, y0, w0, h0] = first.cursor;
  const axis: "x" | "y" = band && w0! > h0! ? "y" : "x";
  const at = (c: number[]) => (axis === "y" ? c[1]! + c[3]! / 2 : band ? c[0]! + c[2]! / 2 : c[0]!);
  const points: HoverPoint[] = [];
  const seen = new Set<string>();
  const add = (state: NonNullable<ReturnType<typeof read>>) => {
    seen.add(state.key);
    points.push({ at: Math.round(at(state.cursor) * 10) / 10, title: state.title, lines: state.lines, id: active.id });
  };
  add(first);
  if (axis === "x") {
    for (;;) {
      surface.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
      await tick();
      const next = read();
      if (!next || seen.has(next.key)) break;
      add(next);
    }
  } else {
    const wrapper = host.querySelector(".recharts-wrapper")!;
    for (let y = y0! + h0! * 1.5; ; y += h0!) {
      wrapper.dispatchEvent(new MouseEvent("mousemove", { clientX: x0! + w0! / 2, clientY: y, bubbles: true }));
      await tick();
      const next = read();
      if (!next || seen.has(next.key)) break;
      add(next);
    }
  }
  return { axis, points };
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
  // jsdom has no layout, so text measures 0 px. The axes no longer ask (they space their labels by
  // textWidth), but Recharts still measures some text in its one span: give it the charts' own
  // estimate from the font size (textWidth). No system font is measured, so the drawing is the
  // same on every machine.
  const measure = dom.window.HTMLElement.prototype.getBoundingClientRect;
  dom.window.HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
    if (this.id !== "recharts_measurement_span") return measure.call(this);
    const fontSize = parseFloat(this.style.fontSize) || 16;
    const width = textWidth(this.textContent ?? "", fontSize, Number(this.style.fontWeight) >= 600);
    return new dom.window.DOMRect(0, 0, width, fontSize * 1.2);
  };
}
