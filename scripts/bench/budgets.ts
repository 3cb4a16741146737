/**
 * design.md §6, evaluated on the bench's medians. Timings are reported, never enforced. LCP budgets
 * are ratios to a static page of the same chart measured in the same rounds, so a busy machine
 * slows both and the verdict holds.
 */
import type { PageKind } from "./pages.ts";
import { formatStat, stat, table, type Stat } from "./stats.ts";

export interface PageFigures {
  path: string;
  /** The URL measured (see servedUrl); null when the page was not measured. */
  url?: string | null;
  kind: PageKind;
  built: boolean;
  chartWithoutJs: boolean | null;
  metrics: Record<string, Stat | null>;
}

export interface ScaleFigures {
  chart: string;
  /** Why the chart could not be measured (no model yet, not drawn); undefined when it was. */
  unavailable?: string;
  metrics: Record<string, Stat | null>;
  /** Metrics that do not apply to this chart (no year axis, a single chart type). */
  notApplicable: string[];
}

export interface BudgetLine {
  page: string;
  budget: string;
  /** The median measured, formatted; "not built" or "not measured" when there is none. */
  measured: string;
  /** null: nothing to judge (page not built, chart not available, measurement failed). */
  pass: boolean | null;
}

type Check = { budget: string; metric: string; ok: (v: number) => boolean; show: (v: number) => string };

const kb = (v: number) => `${(v / 1000).toFixed(1)} kB`;
const ms = (v: number) => `${Math.round(v)} ms`;
const score = (v: number) => String(Math.round(v));
const times = (v: number) => `${v.toFixed(2)} × static`;
const cls = (v: number) => v.toFixed(3);

/** Explorer `/` and a linked view (design §6): painted from the HTML, as close to the static page as the budget allows. */
const EXPLORER: Check[] = [
  { budget: "0 bytes of JS before the chart is visible", metric: "jsBeforeChart", ok: (v) => v === 0, show: kb },
  { budget: "LCP ≤ 1.2 × the static page", metric: "lcpRatio", ok: (v) => v <= 1.2, show: times },
  { budget: "Lighthouse mobile performance ≥ 99", metric: "lhPerformance", ok: (v) => v >= 99, show: score },
  { budget: "Lighthouse accessibility 100", metric: "lhAccessibility", ok: (v) => v >= 100, show: score },
  { budget: "TBT ≤ 50 ms", metric: "tbt", ok: (v) => v <= 50, show: ms },
  { budget: "CLS 0", metric: "cls", ok: (v) => v === 0, show: cls },
];

const EMBED: Check[] = [
  { budget: "≤ 30 KB transferred before the chart is visible", metric: "bytesBeforeChart", ok: (v) => v <= 30_000, show: kb },
  { budget: "LCP ≤ 1.1 × the static page", metric: "lcpRatio", ok: (v) => v <= 1.1, show: times },
  { budget: "JS for hover and keyboard ≤ 15 KB gzip", metric: "jsInteraction", ok: (v) => v <= 15_000, show: kb },
  { budget: "total JS after switching to a non-baked view ≤ 150 KB gzip", metric: "jsReachable", ok: (v) => v <= 150_000, show: kb },
  { budget: "Lighthouse mobile performance 100", metric: "lhPerformance", ok: (v) => v >= 100, show: score },
  { budget: "Lighthouse accessibility 100", metric: "lhAccessibility", ok: (v) => v >= 100, show: score },
  { budget: "CLS 0", metric: "cls", ok: (v) => v === 0, show: cls },
];

const SCALE: Check[] = [
  { budget: "first render < 200 ms", metric: "firstRenderMs", ok: (v) => v < 200, show: ms },
  { budget: "range change < 200 ms", metric: "rangeMs", ok: (v) => v < 200, show: ms },
  { budget: "type switch < 200 ms", metric: "typeMs", ok: (v) => v < 200, show: ms },
];

function judge(page: string, checks: Check[], metrics: Record<string, Stat | null> | null, missing: string): BudgetLine[] {
  return checks.map((c) => {
    const value = metrics?.[c.metric]?.median;
    if (value === undefined) return { page, budget: c.budget, measured: metrics ? "not measured" : missing, pass: null };
    return { page, budget: c.budget, measured: c.show(value), pass: c.ok(value) };
  });
}

/**
 * A page's LCP as a multiple of the static page's, both medians of the same rounds; null when either
 * was not measured.
 */
export function lcpRatio(page: PageFigures, reference: PageFigures | undefined): number | null {
  const lcp = page.metrics.lcp?.median;
  const limit = reference?.built ? reference.metrics.lcp?.median : undefined;
  return lcp === undefined || !limit ? null : lcp / limit;
}

/** Each page's LCP and TBT beside the static page's, from the same rounds, with the LCP ratio. */
export function limitTable(pages: PageFigures[]): string {
  const reference = pages.find((p) => p.kind === "static");
  const rows = pages
    .filter((p) => p.built && p.metrics.lcp)
    .map((p) => {
      const ratio = lcpRatio(p, reference);
      return [p.kind === "static" ? `${p.path} (no JS: the limit)` : p.path, formatStat(p.metrics.lcp, "ms"), ratio === null ? "–" : `${ratio.toFixed(2)}×`, formatStat(p.metrics.tbt, "ms"), formatStat(p.metrics.lhPerformance, "score")];
    });
  return table(["page", "LCP ms", "LCP ÷ static", "TBT ms", "perf"], rows);
}

export function budgetLines(pages: PageFigures[], scale: ScaleFigures[]): BudgetLine[] {
  const lines: BudgetLine[] = [];
  const reference = pages.find((p) => p.kind === "static");
  for (const page of pages) {
    // §6 sets no budget for /present; the static page is what the budgets are measured against.
    if (page.kind === "present" || page.kind === "static") continue;
    const ratio = lcpRatio(page, reference);
    const metrics = page.built ? { ...page.metrics, ...(ratio === null ? {} : { lcpRatio: stat([ratio]) }) } : null;
    lines.push({
      page: page.path,
      budget: page.kind === "embed" ? "chart visible before any JS runs (baked SVG)" : "chart painted from the HTML (visible with JavaScript off)",
      measured: !page.built ? "not built" : page.chartWithoutJs === null ? "not measured" : page.chartWithoutJs ? "yes" : "no",
      pass: page.built ? page.chartWithoutJs : null,
    });
    lines.push(...judge(page.path, page.kind === "embed" ? EMBED : EXPLORER, metrics, "not built"));
  }
  for (const s of scale) {
    const checks = SCALE.filter((c) => !s.notApplicable.includes(c.metric));
    lines.push(...judge(`scale: ${s.chart}`, checks, s.unavailable ? null : s.metrics, "not available"));
  }
  return lines;
}

/** One line per budget; a page or chart with nothing measured gets one line, not one per budget. */
export function formatBudgets(lines: BudgetLine[]): string {
  if (lines.length === 0) return "(design §6 sets no budget for the pages measured)";
  const verdict = (p: boolean | null) => (p === null ? "n/a " : p ? "PASS" : "FAIL");
  const width = Math.max(...lines.map((l) => l.page.length));
  const out: string[] = [];
  for (const page of [...new Set(lines.map((l) => l.page))]) {
    const own = lines.filter((l) => l.page === page);
    const missing = own[0]!.measured;
    if (own.every((l) => l.pass === null && l.measured === missing)) out.push(`n/a   ${page.padEnd(width)}  ${missing} (${own.length} budget${own.length === 1 ? "" : "s"})`);
    else out.push(...own.map((l) => `${verdict(l.pass)}  ${l.page.padEnd(width)}  ${l.budget}: ${l.measured}`));
  }
  const count = (p: boolean | null) => lines.filter((l) => l.pass === p).length;
  return `${out.join("\n")}\n\n${count(true)} pass, ${count(false)} fail, ${count(null)} not measured`;
}
