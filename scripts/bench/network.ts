/**
 * One cold load of a page in Chromium (fresh context, so nothing is cached), measured from the
 * browser's own Resource Timing and Paint Timing, which share one clock:
 *
 * - chart visible: the first frame painted after a chart-sized element matching the page's chart
 *   selector is in the DOM (requestAnimationFrame + setTimeout lands just after that paint), never before first
 *   contentful paint. Pages without a chart on their first screen use first contentful paint.
 * - initial: responses requested before DOMContentLoaded (the HTML's scripts, modulepreloads,
 *   stylesheets and their static imports); total: everything once the network is idle.
 * - JS/CSS/HTML bytes are encoded body sizes (gzip as vite preview sends it); "before chart" is
 *   the transfer size (bodies plus headers) of the document and every response the chart waited
 *   for: all that finished before it was visible, or, when the chart is in the HTML and shows with
 *   the first paint, only the render-blocking ones (Resource Timing's renderBlockingStatus).
 */
import type { Browser, Page } from "@playwright/test";
import type { BenchPage } from "./pages.ts";

export interface NetworkRun {
  htmlBytes: number;
  htmlSent: number;
  cssInitial: number;
  cssTotal: number;
  jsInitial: number;
  jsTotal: number;
  jsBeforeChart: number;
  bytesBeforeChart: number;
  bytesTotal: number;
  chartVisibleMs: number;
  requests: number;
  /** Embeds: every JS byte loaded once a reader has hovered the chart and arrowed through it. */
  jsInteraction?: number;
}

export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
export const CHROMIUM = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? "/usr/bin/chromium";

/** Smallest box that counts as a chart rather than an icon. */
const MIN_CHART = { width: 100, height: 50 };

// Plain strings, not functions: tsx would add helpers to a function's source that the page lacks.
function watcher(selector: string | null): string {
  return `(() => {
  const state = (window.__kdemBench = { chartAt: null, fcp: null, foundAt: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === "first-contentful-paint") state.fcp = e.startTime;
  }).observe({ type: "paint", buffered: true });
  const selector = ${JSON.stringify(selector)};
  if (!selector) return;
  // Any match counts (a page may carry hidden variants, e.g. one per language or width), if it is
  // chart-sized: icons are SVG too.
  const visible = () => [...document.querySelectorAll(selector)].some((el) => {
    const box = el.getBoundingClientRect();
    return box.width >= ${MIN_CHART.width} && box.height >= ${MIN_CHART.height};
  });
  const observer = new MutationObserver(() => {
    if (state.foundAt !== null || !visible()) return;
    state.foundAt = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { state.chartAt = performance.now(); }, 0));
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;
}

const COLLECT = `(() => {
  const nav = performance.getEntriesByType("navigation")[0];
  return {
    nav: { transferSize: nav.transferSize, encodedBodySize: nav.encodedBodySize, decodedBodySize: nav.decodedBodySize, dcl: nav.domContentLoadedEventStart, responseEnd: nav.responseEnd },
    resources: performance.getEntriesByType("resource").map((e) => ({ name: e.name, startTime: e.startTime, responseEnd: e.responseEnd, transferSize: e.transferSize, encodedBodySize: e.encodedBodySize, blocking: e.renderBlockingStatus === "blocking" })),
    state: window.__kdemBench,
  };
})()`;

interface Collected {
  nav: { transferSize: number; encodedBodySize: number; decodedBodySize: number; dcl: number; responseEnd: number };
  resources: { name: string; startTime: number; responseEnd: number; transferSize: number; encodedBodySize: number; blocking: boolean }[];
  state: { chartAt: number | null; fcp: number | null; foundAt: number | null };
}

const kind = (url: string) => {
  const path = new URL(url).pathname;
  return path.endsWith(".js") || path.endsWith(".mjs") ? "js" : path.endsWith(".css") ? "css" : "other";
};

export async function measureNetwork(browser: Browser, url: string, page: BenchPage, timeoutMs = 20_000): Promise<NetworkRun> {
  // bypassCSP: the embeds' CSP forbids eval, which Playwright's polling uses; the page itself is unchanged.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  try {
    const tab = await context.newPage();
    await tab.addInitScript(watcher(page.chartSelector));
    const response = await tab.goto(url, { waitUntil: "load", timeout: timeoutMs });
    if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status()}`);
    await tab.waitForFunction(page.chartSelector ? "window.__kdemBench.chartAt !== null" : "window.__kdemBench.fcp !== null", undefined, { timeout: timeoutMs });
    await tab.waitForLoadState("networkidle", { timeout: timeoutMs });
    const { nav, resources, state } = (await tab.evaluate(COLLECT)) as Collected;
    const visibleAt = Math.max(state.chartAt ?? 0, state.fcp ?? 0);
    const sum = (list: typeof resources, size: "transferSize" | "encodedBodySize") => list.reduce((n, r) => n + r[size], 0);
    const initial = resources.filter((r) => r.startTime < nav.dcl);
    // A chart that is in the HTML paints with the first paint, which waits only for render-blocking
    // responses; anything else that happened to arrive first (fast local network) was not waited for.
    const inFirstPaint = page.chartSelector === null || (state.foundAt !== null && state.fcp !== null && state.foundAt <= state.fcp);
    const beforeChart = resources.filter((r) => r.responseEnd <= visibleAt && (!inFirstPaint || r.blocking));
    const of = (list: typeof resources, k: string) => list.filter((r) => kind(r.name) === k);
    const jsInteraction = page.kind === "embed" && page.chartSelector ? await interact(tab, page.chartSelector) : undefined;
    return {
      htmlBytes: nav.decodedBodySize,
      htmlSent: nav.encodedBodySize,
      cssInitial: sum(of(initial, "css"), "encodedBodySize"),
      cssTotal: sum(of(resources, "css"), "encodedBodySize"),
      jsInitial: sum(of(initial, "js"), "encodedBodySize"),
      jsTotal: sum(of(resources, "js"), "encodedBodySize"),
      jsBeforeChart: sum(of(beforeChart, "js"), "encodedBodySize"),
      bytesBeforeChart: nav.transferSize + sum(beforeChart, "transferSize"),
      bytesTotal: nav.transferSize + sum(resources, "transferSize"),
      chartVisibleMs: visibleAt,
      requests: resources.length + 1,
      ...(jsInteraction === undefined ? {} : { jsInteraction }),
    };
  } finally {
    await context.close();
  }
}

/**
 * What a reader does most with a chart: the pointer over it, then focus and the arrow keys. Returns
 * the JS bytes the page has loaded by then (everything, page start included), once no request has
 * started for a second.
 */
async function interact(tab: Page, selector: string): Promise<number> {
  const chart = tab.locator(selector).filter({ visible: true }).first();
  await chart.hover();
  await chart.focus();
  for (let i = 0; i < 3; i++) await tab.keyboard.press("ArrowRight");
  let count = -1;
  for (let quiet = 0, waited = 0; quiet < 4 && waited < 15_000; waited += 250) {
    await tab.waitForTimeout(250);
    const now = (await tab.evaluate(`performance.getEntriesByType("resource").length`)) as number;
    quiet = now === count ? quiet + 1 : 0;
    count = now;
  }
  return (await tab.evaluate(
    `performance.getEntriesByType("resource").filter((e) => /[.]m?js$/.test(new URL(e.name).pathname)).reduce((n, e) => n + e.encodedBodySize, 0)`,
  )) as number;
}

/** Is the chart there with JavaScript switched off? (design §6: embeds paint before any JS runs) */
export async function chartWithoutJs(browser: Browser, url: string, page: BenchPage): Promise<boolean | null> {
  if (!page.chartSelector) return null;
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  try {
    const tab = await context.newPage();
    await tab.goto(url, { waitUntil: "load" });
    for (const chart of await tab.locator(page.chartSelector).filter({ visible: true }).all()) {
      const box = await chart.boundingBox();
      if (box && box.width >= MIN_CHART.width && box.height >= MIN_CHART.height) return true;
    }
    return false;
  } finally {
    await context.close();
  }
}
