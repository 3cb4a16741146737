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
  /** The content of `<div id="root">`. */
  html: string;
  /** The chart's full list of sources (a `<ul>`), for the page the view links to instead; null when the view lists them all in its source line. */
  sourceList: string | null;
  /** The baked charts' hover points by size, for the file the page names instead (JSON). */
  points: string;
}

/** Where the full source list of a view goes, and the link that stands for it on the page. */
export interface SourceListPage {
  href: string;
  linkText: (count: number) => string;
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
  sourceListPage: SourceListPage,
  /** Where the view's points file is served (see movePoints). */
  pointsHref: string,
): Promise<PrerenderedView> {
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
    const sourceList = deferSourceList(host, sourceListPage);
    const points = movePoints(plot, pointsHref);
    return { html: host.innerHTML, sourceList, points };
  } finally {
    unmount();
    host.remove();
  }
}

/**
 * The full list of the chart's sources, in the disclosure under its source line, is the largest part
 * of the page that is not seen at first (≈2 kB of the explorer's ≈17.6 kB gzip: on a slow link, the
 * difference between a page that arrives in the first round trip and one that needs two). It goes to
 * a page of its own; the disclosure keeps a link to that page, which works without JavaScript, and
 * the interaction script puts the list itself back when the reader opens it (src/ui/source-list.ts).
 */
export function deferSourceList(root: HTMLElement, page: SourceListPage): string | null {
  const list = root.querySelector<HTMLElement>("figure[data-chart] details[data-source-list] > ul");
  if (!list) return null;
  const markup = list.outerHTML;
  const count = list.childElementCount;
  const link = root.ownerDocument.createElement("a");
  link.href = page.href;
  // Styled as the sources it stands for.
  link.className = list.querySelector("a")?.className ?? "";
  link.textContent = page.linkText(count);
  const item = root.ownerDocument.createElement("li");
  item.append(link);
  list.replaceChildren(item);
  list.parentElement!.setAttribute("data-source-list", page.href);
  return markup;
}

/**
 * The baked charts' hover points (≈1 kB gzip for the two sizes) are read only by the interaction
 * script, which comes after the chart has painted: they go to a file of the view's own, which each
 * SVG names with its size (`data-kdem-points-src`, src/ui/baked-chart.ts), so the page stays within
 * one round trip. Returns that file's JSON.
 */
export function movePoints(plot: HTMLElement, href: string): string {
  const points: Record<string, unknown> = {};
  for (const svg of plot.querySelectorAll<SVGSVGElement>("svg[data-kdem-points]")) {
    const size = svg.getAttribute("data-kdem-size") ?? "";
    points[size] = JSON.parse(svg.getAttribute("data-kdem-points")!);
    svg.removeAttribute("data-kdem-points");
    svg.setAttribute("data-kdem-points-src", `${href}#${size}`);
  }
  return JSON.stringify(points);
}

/**
 * What only works with the app running is switched off, so nothing pretends to work before it
 * takes over (and, with JavaScript off, never): buttons and inputs are disabled. Links, the
 * disclosure of further sources (<details>) and text work as they are. What the controls show stays:
 * React sets a select's choice and a box's tick as properties, which markup does not carry, so a
 * select showed its first option (the published 2021–25 window above a chart of 2020–24).
 */
export function staticOnly(root: HTMLElement): void {
  for (const select of root.querySelectorAll("select"))
    for (const option of select.options) option.toggleAttribute("selected", option.selected);
  for (const box of root.querySelectorAll<HTMLInputElement>("input[type=checkbox], input[type=radio]"))
    box.toggleAttribute("checked", box.checked);
  for (const el of root.querySelectorAll("button, input, select, textarea")) el.setAttribute("disabled", "");
  // The page's CSP allows no style attribute; what React set as style is layout the CSS also gives.
  for (const el of root.querySelectorAll("[style]")) if (!(el instanceof SVGElement)) el.removeAttribute("style");
}
