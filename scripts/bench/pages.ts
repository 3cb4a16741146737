/** The pages the bench measures: every surface of design §1 that the build produced. */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { CHART_IDS } from "../../src/data/chart-ids.ts";

export type PageKind = "explorer" | "embed" | "present";

export interface BenchPage {
  kind: PageKind;
  /** URL path served by vite preview. */
  path: string;
  /** HTML file relative to dist. */
  file: string;
  built: boolean;
  /**
   * The element whose first paint counts as "chart visible"; null where the first screen has no
   * chart (the present title slide), and first contentful paint stands in.
   */
  chartSelector: string | null;
}

const EXPLORER_CHART = "figure svg.recharts-surface";
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
    page("explorer", "/", "index.html", EXPLORER_CHART),
    ...embedIds.map((id) => page("embed", `/embed/${id}`, `embed/${id}/index.html`, EMBED_CHART)),
    page("present", "/present", "present/index.html", null),
  ];
}

/** `--pages embed,/present` keeps pages whose kind or path matches one of the comma-separated words. */
/**
 * The URL that serves the page's own file. vite preview answers `/embed/<id>` with the explorer's
 * index.html (its SPA fallback) and only `/embed/<id>/` with the embed, so the contract path is
 * tried first and the slash form used, with a warning, when the contract path serves another file.
 */
export async function servedUrl(origin: string, page: BenchPage, dist: string): Promise<{ url: string; warning?: string }> {
  const expected = readFileSync(join(dist, page.file), "utf8");
  const candidates = page.path.endsWith("/") ? [page.path] : [page.path, `${page.path}/`];
  for (const path of candidates) {
    const response = await fetch(origin + path);
    if (response.ok && (await response.text()) === expected) {
      return path === page.path ? { url: origin + path } : { url: origin + path, warning: `${page.path} is answered with another page (SPA fallback); measuring ${path}` };
    }
  }
  throw new Error(`no URL of ${page.path} serves dist/${page.file}`);
}

export function filterPages(pages: BenchPage[], filter: string | undefined): BenchPage[] {
  if (!filter) return pages;
  const words = filter.split(",").map((w) => w.trim()).filter(Boolean);
  return pages.filter((p) => words.some((w) => p.kind === w || p.path === w || p.path.includes(w)));
}
