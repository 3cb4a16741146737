/**
 * npm run bench: builds, serves dist with vite preview, and measures every page in Debian's Chromium
 * (network bytes, chart-visible time, Lighthouse 12 mobile) plus the scale benchmark, then prints
 * tables, the design §6 budgets with pass/fail, and writes bench/results.json.
 *
 *   npm run bench [-- --runs 3] [--pages explorer,embed,/present] [--no-build] [--no-lighthouse] [--no-scale]
 *
 * A tool for people: it exits 0 whatever the figures are, and non-zero only when the tooling broke
 * (build, server or browser failed, or not one page could be measured).
 */
import { chromium, type Browser } from "@playwright/test";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { CHART_IDS } from "../../src/data/chart-ids.ts";
import { validateDataset } from "../../src/data/validate.ts";
import { measureDist } from "../check-size.ts";
import { SYNTHETIC_FILE, syntheticDataset } from "../gen-synthetic-dataset.ts";
import { budgetLines, formatBudgets, limitTable, type PageFigures, type ScaleFigures } from "./budgets.ts";
import { lighthouseVersion, runLighthouse } from "./lighthouse.ts";
import { CHROMIUM, CHROMIUM_ARGS, chartWithoutJs, measureNetwork } from "./network.ts";
import { benchPages, filterPages, servedUrl, STATIC_CHART, STATIC_PAGE_PATH, staticPage, type BenchPage } from "./pages.ts";
import { measureScale, scalePlan, type ScaleRun } from "./scale.ts";
import { freePort, startPreview } from "./server.ts";
import { formatStat, stat, table, type Stat, type Unit } from "./stats.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const DIST = join(ROOT, "dist");
const log = (message: string) => process.stderr.write(`${message}\n`);
const errorText = (e: unknown) => (e instanceof Error ? e.message.split("\n")[0]! : String(e));

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    pages: { type: "string" },
    port: { type: "string", default: process.env.BENCH_PORT },
    out: { type: "string", default: "bench/results.json" },
    "no-build": { type: "boolean", default: false },
    "no-lighthouse": { type: "boolean", default: false },
    "no-scale": { type: "boolean", default: false },
  },
});
const RUNS = Math.max(1, Number(args.runs) || 3);
const STARTED = Date.now();

/** Every value of every run, by page path and metric name. */
type Samples = Map<string, Map<string, number[]>>;
function record(samples: Samples, key: string, values: object) {
  const byMetric = samples.get(key) ?? new Map<string, number[]>();
  samples.set(key, byMetric);
  for (const [metric, value] of Object.entries(values)) if (typeof value === "number") byMetric.set(metric, [...(byMetric.get(metric) ?? []), value]);
}
const stats = (samples: Samples, key: string): Record<string, Stat | null> =>
  Object.fromEntries([...(samples.get(key) ?? new Map<string, number[]>())].map(([metric, list]) => [metric, stat(list)]));

async function measurePages(browser: Browser, origin: string, allPages: BenchPage[]) {
  const samples: Samples = new Map();
  const errors = new Map<string, string[]>();
  const fail = (path: string, what: string, e: unknown) => {
    errors.set(path, [...(errors.get(path) ?? []), `${what}: ${errorText(e)}`]);
    log(`  ${path}: ${what} failed: ${errorText(e)}`);
  };
  const urls = new Map<string, string>();
  const pages: BenchPage[] = [];
  for (const page of allPages) {
    await servedUrl(origin, page, DIST).then(
      ({ url, warning }) => {
        if (warning) {
          errors.set(page.path, [...(errors.get(page.path) ?? []), `note: ${warning}`]);
          log(`  ${page.path}: note: ${warning}`);
        }
        urls.set(page.path, url);
        pages.push(page);
      },
      (e) => fail(page.path, "URL", e),
    );
  }
  // Runs are interleaved (every page, then again), so drift in machine load spreads over all pages.
  for (let run = 1; run <= RUNS; run++) {
    for (const page of pages) {
      log(`run ${run}/${RUNS} ${page.path}`);
      await measureNetwork(browser, urls.get(page.path)!, page).then((r) => record(samples, page.path, r), (e) => fail(page.path, "network", e));
      if (!args["no-lighthouse"])
        await runLighthouse(ROOT, urls.get(page.path)!).then(
          (r) => record(samples, page.path, { lhPerformance: r.performance, lhAccessibility: r.accessibility, lhBestPractices: r.bestPractices, lhSeo: r.seo, fcp: r.fcp, lcp: r.lcp, tbt: r.tbt, cls: r.cls, lhBenchmarkIndex: r.benchmarkIndex }),
          (e) => fail(page.path, "lighthouse", e),
        );
    }
  }
  const withoutJs = new Map<string, boolean | null>();
  for (const page of pages) withoutJs.set(page.path, await chartWithoutJs(browser, urls.get(page.path)!, page).catch((e) => (fail(page.path, "no-JS check", e), null)));
  return { samples, errors, withoutJs, urls };
}

async function measureScaleCharts(browser: Browser, origin: string, data: ReturnType<typeof validateDataset> & { ok: true }): Promise<ScaleFigures[]> {
  const figures: ScaleFigures[] = [];
  for (const id of CHART_IDS) {
    const plan = scalePlan(id, data.dataset);
    if (!plan.ready) {
      log(`scale ${id}: skipped, ${plan.reason}`);
      figures.push({ chart: id, unavailable: plan.reason, metrics: {}, notApplicable: [] });
      continue;
    }
    const runs: ScaleRun[] = [];
    let unavailable: string | undefined;
    for (let run = 1; run <= RUNS && !unavailable; run++) {
      log(`scale run ${run}/${RUNS} ${id}`);
      await measureScale(browser, origin, plan).then(
        (r) => runs.push(r),
        (e) => {
          unavailable = errorText(e);
          log(`scale ${id}: ${unavailable}`);
        },
      );
    }
    const column = (pick: (r: ScaleRun) => number | null) => stat(runs.map(pick).filter((v): v is number => v !== null));
    figures.push({
      chart: id,
      unavailable: runs.length ? undefined : unavailable,
      metrics: { firstChartMs: column((r) => r.firstChartMs), firstRenderMs: column((r) => r.firstRenderMs), rangeMs: column((r) => r.rangeMs), typeMs: column((r) => r.typeMs) },
      notApplicable: [...(plan.range ? [] : ["rangeMs"]), ...(plan.type ? [] : ["typeMs"])],
    });
  }
  return figures;
}

type Column = [header: string, metric: string, unit: Unit];
const BYTE_COLUMNS: Column[] = [
  ["HTML raw", "htmlBytes", "kB"],
  ["HTML sent", "htmlSent", "kB"],
  ["CSS init", "cssInitial", "kB"],
  ["CSS total", "cssTotal", "kB"],
  ["JS init", "jsInitial", "kB"],
  ["JS total", "jsTotal", "kB"],
  ["JS before chart", "jsBeforeChart", "kB"],
  ["JS after hover+keys", "jsInteraction", "kB"],
  ["bytes before chart", "bytesBeforeChart", "kB"],
  ["chart visible ms", "chartVisibleMs", "ms"],
];
const LIGHTHOUSE_COLUMNS: Column[] = [
  ["perf", "lhPerformance", "score"],
  ["a11y", "lhAccessibility", "score"],
  ["best pr.", "lhBestPractices", "score"],
  ["SEO", "lhSeo", "score"],
  ["FCP ms", "fcp", "ms"],
  ["LCP ms", "lcp", "ms"],
  ["TBT ms", "tbt", "ms"],
  ["CLS", "cls", "cls"],
  ["CPU index", "lhBenchmarkIndex", "score"],
];

function pageTable(pages: PageFigures[], columns: Column[]): string {
  return table(
    ["page", ...columns.map(([header]) => header)],
    pages.map((p) => (p.built ? [p.path, ...columns.map(([, metric, unit]) => formatStat(p.metrics[metric], unit))] : [p.path, "not built"])),
  );
}

function printTables(pages: PageFigures[], scale: ScaleFigures[], errors: Map<string, string[]>) {
  console.log(`\nBytes (kB; CSS/JS gzip as sent by vite preview; median (min–max) of ${RUNS} cold loads in Chromium)\n`);
  console.log(pageTable(pages, BYTE_COLUMNS));
  if (!args["no-lighthouse"]) {
    console.log(`\nLighthouse ${lighthouseVersion(ROOT)} mobile (simulated slow 4G, 4× CPU), median (min–max) of ${RUNS}\n`);
    console.log(pageTable(pages, LIGHTHOUSE_COLUMNS));
    console.log(`\nAgainst the limit: each page's LCP and TBT beside the static page of the same chart (no JS), same rounds, medians\n`);
    console.log(limitTable(pages));
  }
  if (scale.length) {
    console.log(`\nScale: synthetic 50 countries × 75 years through the explorer (ms, reduced motion), median (min–max) of ${RUNS}\n`);
    console.log(
      table(
        ["chart", "first chart (from navigation)", "first render (after data)", "range change", "type switch"],
        scale.map((s) =>
          s.unavailable
            ? [s.chart, "not available", "", "", ""]
            : [s.chart, formatStat(s.metrics.firstChartMs, "ms"), formatStat(s.metrics.firstRenderMs, "ms"), s.notApplicable.includes("rangeMs") ? "n/a" : formatStat(s.metrics.rangeMs, "ms"), s.notApplicable.includes("typeMs") ? "n/a" : formatStat(s.metrics.typeMs, "ms")],
        ),
      ),
    );
  }
  for (const s of scale.filter((s) => s.unavailable)) console.log(`\nscale ${s.chart}: not available: ${s.unavailable}`);
  for (const [path, list] of errors) console.log(`\n${path}: ${list.join("; ")}`);
  const [load] = os.loadavg();
  if (load! > os.cpus().length)
    console.log(`\nNote: the load average was ${load!.toFixed(1)} on ${os.cpus().length} cores during this run; timings and Lighthouse scores are pessimistic on a busy machine (bytes are not affected).`);
}

function machine(browserVersion: string) {
  const git = (...a: string[]) => {
    try {
      return execFileSync("git", a, { cwd: ROOT, encoding: "utf8" }).trim();
    } catch {
      return null;
    }
  };
  return {
    date: new Date().toISOString(),
    commit: git("rev-parse", "--short", "HEAD"),
    dirty: (git("status", "--porcelain") ?? "") !== "",
    machine: { cpu: os.cpus()[0]?.model ?? "unknown", cores: os.cpus().length, memoryGb: Math.round(os.totalmem() / 1e9), os: `${os.type()} ${os.release()}`, loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100) },
    node: process.version,
    chromium: browserVersion,
    lighthouse: args["no-lighthouse"] ? null : lighthouseVersion(ROOT),
    runs: RUNS,
  };
}

async function main(): Promise<number> {
  if (!args["no-build"]) {
    log("building (npm run build)…");
    const build = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
    if (build.status !== 0) {
      log("bench: the build failed");
      return 1;
    }
  } else if (!existsSync(join(DIST, "index.html"))) {
    log("bench: dist/index.html is missing; run without --no-build");
    return 1;
  }
  const allPages = filterPages(benchPages(DIST), args.pages);
  const pages = allPages.filter((p) => p.built);
  for (const p of allPages.filter((p) => !p.built)) log(`${p.path}: not built (no dist/${p.file})`);
  const wantScale = !args["no-scale"] && (!args.pages || args.pages.split(",").includes("scale"));

  // The bench serves a copy of dist with the synthetic file added, so the file travels the real
  // network path (gzip included) yet never lands in dist/: a killed bench cannot leave it behind
  // for a deploy. The copy is in the system's temp directory and removed on exit.
  const synthetic = validateDataset(syntheticDataset());
  if (!synthetic.ok) {
    log(`bench: the synthetic dataset is invalid: ${synthetic.problems[0]?.path}: ${synthetic.problems[0]?.message}`);
    return 1;
  }
  const served = mkdtempSync(join(os.tmpdir(), "kdem-bench-dist-"));
  const removeServed = () => rmSync(served, { recursive: true, force: true });
  process.once("exit", removeServed);
  process.once("SIGINT", () => process.exit(130));
  cpSync(DIST, served, { recursive: true });
  if (wantScale) writeFileSync(join(served, "data", SYNTHETIC_FILE), JSON.stringify(syntheticDataset()));
  const staticSvg = join(DIST, "static", `${STATIC_CHART}.svg`);
  if (existsSync(staticSvg)) writeFileSync(join(served, STATIC_PAGE_PATH), staticPage(readFileSync(staticSvg, "utf8")));

  const preview = await startPreview(ROOT, args.port ? Number(args.port) : await freePort(), served);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    log(`measuring ${pages.length} page(s) × ${RUNS} run(s) on ${preview.origin} in Chromium ${browser.version()}`);
    const { samples, errors, withoutJs, urls } = await measurePages(browser, preview.origin, pages);
    const scale = wantScale && synthetic.ok ? await measureScaleCharts(browser, preview.origin, synthetic) : [];
    const dist = new Map(measureDist(DIST).map((p) => [p.html, p]));
    const figures: PageFigures[] = allPages.map((p) => {
      // Every chunk the page can reach (check-size's total JS): what a reader has loaded at most after
      // switching to a view that was not baked, whichever view that is.
      const reachable = p.kind === "embed" ? dist.get(p.file)?.totalJsGzip : undefined;
      return {
        path: p.path,
        url: urls.get(p.path) ?? null,
        kind: p.kind,
        built: p.built,
        chartWithoutJs: withoutJs.get(p.path) ?? null,
        metrics: { ...stats(samples, p.path), ...(reachable === undefined ? {} : { jsReachable: stat([reachable]) }) },
      };
    });
    printTables(figures, scale, errors);
    const budgets = budgetLines(figures, scale);
    console.log(`\nBudgets (design.md §6, on the medians; the bench never fails on them)\n\n${formatBudgets(budgets)}\n`);
    const results = {
      ...machine(browser.version()),
      definitions: {
        bytes: "encoded (gzip as sent) body bytes from Resource Timing; 1 kB = 1000 B",
        initial: "responses requested before DOMContentLoaded",
        chartVisible: "first paint after the chart element (explorer: figure svg.recharts-surface; embed: the baked or drawn SVG) is in the DOM, never before first contentful paint; /present uses first contentful paint",
        bytesBeforeChart: "transfer size (bodies + headers) of the document and every response the chart waited for: all finished before it was visible or, when the chart is in the HTML and shows with the first paint, the render-blocking ones",
        scale: "synthetic 50×75 dataset, reduced motion; first render = data response end → chart painted; changes = popstate → paint after the last DOM change",
      },
      pages: figures.map((f) => ({ ...f, dist: dist.get(allPages.find((p) => p.path === f.path)!.file) ?? null, errors: errors.get(f.path) ?? [] })),
      scale,
      budgets,
    };
    const out = resolve(ROOT, args.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    log(`wrote ${args.out} (${Math.round((Date.now() - STARTED) / 1000)} s in all)`);
    const measured = figures.some((f) => Object.keys(f.metrics).length > 0) || scale.some((s) => !s.unavailable);
    if (!measured) log("bench: nothing could be measured");
    return measured ? 0 : 1;
  } finally {
    await browser?.close();
    preview.stop();
    removeServed();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    log(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
