/**
 * The pages the bench measures: every surface of design §1 that the build produced, a linked view of
 * the explorer, and a static page of the same chart with no JS at all (the physical limit the
 * budgets are ratios of).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { CHART_IDS } from "../../src/data/chart-ids.ts";
import { viewPageFile } from "../lib/explorer-views.ts";

export type PageKind = "explorer" | "embed" | "present" | "static";

export interface BenchPage {
  kind: PageKind;
  /** URL path (and query, for a linked view) served by vite preview. */
  path: string;
  /** The file in dist the page is made from (its HTML, or the static page's SVG). */
  file: string;
  built: boolean;
  /**
   * The element whose first paint counts as "chart visible"; null where the first screen has no
   * chart (the present title slide), and first contentful paint stands in.
   */
  chartSelector: string | null;
}

/** The chart the explorer opens with; the static page draws the same one. */
export const STATIC_CHART = "annual-exports";
/** Written by the bench into the copy of dist it serves, never into dist itself. */
export const STATIC_PAGE_PATH = `/bench-static-${STATIC_CHART}.html`;
/** A view opened from a link (design §6 budgets it like `/`). */
const LINKED_VIEW = { chart: "world-share", lang: "en" };
export const LINKED_VIEW_PATH = `/?chart=${LINKED_VIEW.chart}`;
const LINKED_VIEW_PAGE = viewPageFile(LINKED_VIEW);

// The explorer shows the chart baked into its HTML (data-kdem-baked) until Recharts draws its own.
const EXPLORER_CHART = "figure svg.recharts-surface, figure svg[data-kdem-baked]";
// An embed shows either the baked SVG (in the HTML) or the Recharts one drawn by JS, inside its figure.
const EMBED_CHART = "figure svg";

export function benchPages(dist: string): BenchPage[] {
  const page = (kind: PageKind, path: string, file: string, chartSelector: string | null): BenchPage => ({
    kind,
    path,
    file,
    built: existsSync(join(dist, file)),
    chartSelector,
  });
  const embedDir = join(dist, "embed");
  const builtEmbeds = existsSync(embedDir) ? readdirSync(embedDir).filter((id) => existsSync(join(embedDir, id, "index.html"))) : [];
  const embedIds = [...new Set([...CHART_IDS, ...builtEmbeds])];
  return [
    page("static", STATIC_PAGE_PATH, `static/${STATIC_CHART}.svg`, "svg"),
    page("explorer", "/", "index.html", EXPLORER_CHART),
    // The view's own page where the build wrote one (scripts/lib/explorer-views.ts), else index.html and its fetch.
    page("explorer", LINKED_VIEW_PATH, existsSync(join(dist, LINKED_VIEW_PAGE)) ? LINKED_VIEW_PAGE : "index.html", EXPLORER_CHART),
    ...embedIds.map((id) => page("embed", `/embed/${id}`, `embed/${id}/index.html`, EMBED_CHART)),
    page("present", "/present", "present/index.html", null),
  ];
}

/**
 * The static page: the chart's stand-alone SVG (the one /static/<chart>.svg serves) inline in the
 * smallest HTML page with its title, no script, no stylesheet. Whatever the app does, it cannot
 * paint the same chart sooner than this.
 */
export function staticPage(svg: string): string {
  const inline = svg.replace(/^<\?xml[^>]*>\s*/, "").trim();
  // The SVG's <title> is XML-escaped text, which HTML reads the same way.
  const title = /<title>([^<]*)<\/title>/.exec(inline)?.[1] ?? "Chart";
  return [
    "<!doctype html>",
    '<html lang="en">',
    // An icon of its own, as every page of the app has (a data: URL): without it the browser asks for
    // /favicon.ico while the page paints, and in some runs Lighthouse's model counted that request
    // against this page's LCP (≈755 instead of ≈650 ms), flattering every ratio of that run.
    '<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><link rel="icon" href="data:," />',
    `<title>${title}</title></head>`,
    '<body style="margin:0;padding:12px;font-family:system-ui,sans-serif">',
    `<h1 style="font-size:1.25rem;margin:0 0 8px">${title}</h1>`,
    `<figure style="margin:0;max-width:720px">${inline}</figure>`,
    "</body></html>",
    "",
  ].join("\n");
}

/**
 * The URL that serves the page's own file. vite preview answers `/embed/<id>` with the explorer's
 * index.html (its SPA fallback) and only `/embed/<id>/` with the embed, so the contract path is
 * tried first and the slash form used, with a warning, when the contract path serves another file.
 * The static page is not in dist (the bench writes it into the copy it serves): it only has to be there.
 */
export async function servedUrl(origin: string, page: BenchPage, dist: string): Promise<{ url: string; warning?: string }> {
  if (page.kind === "static") {
    const response = await fetch(origin + page.path);
    if (response.ok) return { url: origin + page.path };
    throw new Error(`${page.path}: HTTP ${response.status}`);
  }
  const expected = readFileSync(join(dist, page.file), "utf8");
  const candidates = page.path.endsWith("/") || page.path.includes("?") ? [page.path] : [page.path, `${page.path}/`];
  for (const path of candidates) {
    const response = await fetch(origin + path);
    if (response.ok && (await response.text()) === expected) {
      return path === page.path ? { url: origin + path } : { url: origin + path, warning: `${page.path} is answered with another page (SPA fallback); measuring ${path}` };
    }
  }
  throw new Error(`no URL of ${page.path} serves dist/${page.file}`);
}

/**
 * `--pages embed,/present` keeps pages whose kind or path matches one of the comma-separated words.
 * The static page is the yardstick of every ratio, so it is always kept.
 */
export function filterPages(pages: BenchPage[], filter: string | undefined): BenchPage[] {
  if (!filter) return pages;
  const words = filter.split(",").map((w) => w.trim()).filter(Boolean);
  return pages.filter((p) => p.kind === "static" || words.some((w) => p.kind === w || p.path === w || p.path.includes(w)));
}
