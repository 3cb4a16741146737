/**
 * One cold load of a page in Chromium (fresh context, so nothing is cached), measured from the
 * browser's own Resource Timing and Paint Timing, which share one clock:
 *
 * - chart visible: the first frame painted after the page's chart element is in the DOM with a
 *   size (requestAnimationFrame + setTimeout lands just after that paint), and never before first
 *   contentful paint. Pages without a chart on their first screen use first contentful paint.
 * - initial: responses requested before DOMContentLoaded (the HTML's scripts, modulepreloads,
 *   stylesheets and their static imports); total: everything once the network is idle.
 * - JS/CSS/HTML bytes are encoded body sizes (gzip as vite preview sends it); "before chart" is
 *   the transfer size (bodies plus headers) of every response that finished before the chart was visible.
 */
import type { Browser } from "@playwright/test";
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
}

export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
export const CHROMIUM = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? "/usr/bin/chromium";

// Plain strings, not functions: tsx would add helpers to a function's source that the page lacks.
function watcher(selector: string | null): string {
  return `(() => {
  const state = (window.__kdemBench = { chartAt: null, fcp: null, found: false });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === "first-contentful-paint") state.fcp = e.startTime;
  }).observe({ type: "paint", buffered: true });
  const selector = ${JSON.stringify(selector)};
  if (!selector) return;
  const visible = () => {
    const el = document.querySelector(selector);
    if (!el) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const observer = new MutationObserver(() => {
    if (state.found || !visible()) return;
    state.found = true;
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
    resources: performance.getEntriesByType("resource").map((e) => ({ name: e.name, startTime: e.startTime, responseEnd: e.responseEnd, transferSize: e.transferSize, encodedBodySize: e.encodedBodySize })),
    state: window.__kdemBench,
  };
})()`;

interface Collected {
  nav: { transferSize: number; encodedBodySize: number; decodedBodySize: number; dcl: number; responseEnd: number };
  resources: { name: string; startTime: number; responseEnd: number; transferSize: number; encodedBodySize: number }[];
  state: { chartAt: number | null; fcp: number | null };
}

const kind = (url: string) => {
  const path = new URL(url).pathname;
  return path.endsWith(".js") || path.endsWith(".mjs") ? "js" : path.endsWith(".css") ? "css" : "other";
};

export async function measureNetwork(browser: Browser, url: string, page: BenchPage, timeoutMs = 20_000): Promise<NetworkRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
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
    const beforeChart = resources.filter((r) => r.responseEnd <= visibleAt);
    const of = (list: typeof resources, k: string) => list.filter((r) => kind(r.name) === k);
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
    };
  } finally {
    await context.close();
  }
}

/** Is the chart there with JavaScript switched off? (design §6: embeds paint before any JS runs) */
export async function chartWithoutJs(browser: Browser, url: string, page: BenchPage): Promise<boolean | null> {
  if (!page.chartSelector) return null;
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  try {
    const tab = await context.newPage();
    await tab.goto(url, { waitUntil: "load" });
    const chart = tab.locator(page.chartSelector).first();
    return (await chart.count()) > 0 && (await chart.isVisible());
  } finally {
    await context.close();
  }
}
