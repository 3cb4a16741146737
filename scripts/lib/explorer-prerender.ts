/**
 * Prerendered explorer (issue 11 item 1): the explorer's content for a view — key figures, chart
 * picker, the chart as SVG with its takeaway, source line and controls, the article panel — as
 * static HTML, so a page paints its chart before any script runs. Rendered by the explorer's own
 * components in jsdom (the app's one rendering path, set up by chart-svg.ts), with the dataset
 * already in the query cache; the chart itself is drawn by the bake's chart drawing at two sizes.
 *
 * What a script would do is left out or switched off: form controls are `disabled` (they work once
 * the app takes over, and say so with JavaScript off), inline styles become attributes or go.
 */
import type { ChartModel } from "@/charts/registry.ts";
import type { DrawSvg } from "./chart-svg.ts";

/** Sizes the explorer's plot is baked at; index.css shows the wide one from EXPLORER_WIDE_MEDIA on. */
export const EXPLORER_BAKED_SIZES = {
  narrow: { width: 360, height: 360 },
  wide: { width: 760, height: 360 },
} as const;

export interface PrerenderedView {
  chart: string;
  lang: string;
  /** The content of `<div id="root">`. */
  html: string;
}

type Render = (host: HTMLElement) => () => void;

/**
 * Renders the explorer into a jsdom host and returns its markup once it stops changing (lazy chunks,
 * the article panel and Recharts settle over a few ticks), with the plot replaced by baked SVGs.
 */
export async function prerenderView(
  render: Render,
  model: ChartModel,
  drawSvg: DrawSvg,
  bake: (svg: SVGSVGElement, size: "narrow" | "wide", aria: { labelledBy: string; describedBy: string }) => string,
): Promise<string> {
  const host = document.createElement("div");
  document.body.append(host);
  const unmount = render(host);
  try {
    let last = "";
    for (let stable = 0, waited = 0; stable < 3; waited += 50) {
      if (waited > 20_000) throw new Error(`the explorer with ${model.id} did not finish rendering`);
      await new Promise((r) => setTimeout(r, 50));
      const ready = host.querySelector("figure [data-testid=plot] svg") && host.querySelector("[data-testid=article]");
      const now = ready ? host.innerHTML : "";
      stable = now && now === last ? stable + 1 : 0;
      last = now;
    }
    const figure = host.querySelector<HTMLElement>(`figure[data-chart="${model.id}"]`);
    const plot = figure?.querySelector<HTMLElement>("[data-testid=plot]");
    if (!figure || !plot) throw new Error(`the explorer drew no figure for ${model.id}`);
    const aria = {
      labelledBy: figure.getAttribute("aria-labelledby") ?? "",
      describedBy: figure.getAttribute("aria-describedby") ?? "",
    };
    let svgs = "";
    for (const size of ["narrow", "wide"] as const)
      svgs += bake(await drawSvg(model, EXPLORER_BAKED_SIZES[size], { points: true }), size, aria);
    plot.innerHTML = svgs;
    plot.removeAttribute("style");
    plot.setAttribute("data-kdem-baked-plot", "");
    staticOnly(host);
    return host.innerHTML;
  } finally {
    unmount();
    host.remove();
  }
}

/**
 * What only works with the app running is switched off, so nothing pretends to work before it
 * takes over (and, with JavaScript off, never): buttons and inputs are disabled. Links, the
 * disclosure of further sources (<details>) and text work as they are.
 */
function staticOnly(root: HTMLElement): void {
  for (const el of root.querySelectorAll("button, input, select, textarea")) el.setAttribute("disabled", "");
  // The page's CSP allows no style attribute; what React set as style is layout the CSS also gives.
  for (const el of root.querySelectorAll("[style]")) if (!(el instanceof SVGElement)) el.removeAttribute("style");
}
