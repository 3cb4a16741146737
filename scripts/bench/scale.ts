/**
 * Scale benchmark: the synthetic 50-country × 75-year dataset through the real explorer
 * (`/?chart=<id>&data=/data/synthetic-50x75.json`; the bench serves it beside a copy of dist while
 * it runs, so it travels the real network path, gzip included). Motion is reduced (the app then draws without animation),
 * so the figures are the cost of computing and painting the chart, not the length of a transition.
 *
 * - first render: from the dataset's response to the first paint of the chart (parse, validation,
 *   model, chart chunk, React and Recharts); first chart: the same from navigation start.
 * - range change / type switch: the URL changes as back/forward would (pushState + popstate, the
 *   app's own URL sync), timed from that event to the paint after the chart's last DOM change
 *   (500 ms of quiet), INP-style.
 */
import type { Browser } from "@playwright/test";
import { chartModel } from "../../src/charts/registry.ts";
import type { ChartId } from "../../src/data/chart-ids.ts";
import type { Dataset } from "../../src/data/schema.ts";
import { SYNTHETIC_FILE } from "../gen-synthetic-dataset.ts";

export interface ScaleRun {
  firstChartMs: number;
  firstRenderMs: number;
  rangeMs: number | null;
  typeMs: number | null;
}

export type ScalePlan =
  | { id: ChartId; ready: true; range: { from: number; to: number } | null; type: "bar" | "line" | null }
  | { id: ChartId; ready: false; reason: string };

/** What can be changed on this chart, from its own model; a chart whose model is not built yet is skipped. */
export function scalePlan(id: ChartId, data: Dataset): ScalePlan {
  let model;
  try {
    model = chartModel(id, data, "en", {});
  } catch (error) {
    return { id, ready: false, reason: `no chart model (${error instanceof Error ? error.message : String(error)})` };
  }
  const span = model.span;
  const range = span && span.max - span.min >= 10 ? { from: span.min + Math.floor((span.max - span.min) / 2), to: span.max - 5 } : null;
  return { id, ready: true, range, type: model.types[1] ?? null };
}

const SETTLE = `(async (change) => {
  const chart = () => document.querySelector(change.selector);
  const before = chart() ? chart().outerHTML : "";
  let lastChange = 0;
  let paintedAt = null;
  const observer = new MutationObserver(() => {
    lastChange = performance.now();
    requestAnimationFrame(() => setTimeout(() => { paintedAt = performance.now(); }, 0));
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
  const start = performance.now();
  if (change.url) {
    history.pushState(null, "", change.url);
    dispatchEvent(new PopStateEvent("popstate"));
  }
  await new Promise((done) => {
    const tick = () => {
      const now = performance.now();
      const quiet = now - Math.max(lastChange, start) > 500 && (paintedAt === null ? lastChange === 0 : paintedAt >= lastChange);
      if (quiet || now - start > 10000) done(); else setTimeout(tick, 50);
    };
    setTimeout(tick, 50);
  });
  observer.disconnect();
  const after = chart() ? chart().outerHTML : "";
  return { ms: paintedAt === null ? null : paintedAt - start, changed: before !== after };
})`;

const WATCH = (selector: string) => `(() => {
  const state = (window.__kdemScale = { chartAt: null });
  const observer = new MutationObserver(() => {
    const el = document.querySelector(${JSON.stringify(selector)});
    if (!el || el.getBoundingClientRect().width === 0) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { state.chartAt = performance.now(); }, 0));
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

export async function measureScale(browser: Browser, origin: string, plan: Extract<ScalePlan, { ready: true }>): Promise<ScaleRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce", bypassCSP: true });
  try {
    const tab = await context.newPage();
    const pageErrors: string[] = [];
    tab.on("pageerror", (e) => pageErrors.push(e.message));
    tab.on("console", (m) => m.type() === "error" && pageErrors.push(m.text().split("\n")[0]!));
    const selector = `figure[data-chart="${plan.id}"] svg.recharts-surface`;
    await tab.addInitScript(WATCH(selector));
    const search = `?chart=${plan.id}`;
    await tab.goto(`${origin}/${search}&data=/data/${SYNTHETIC_FILE}`);
    // Until the explorer routes ?chart=, it draws another chart: say so at once instead of timing out.
    const shown = await tab
      .waitForFunction(
        `window.__kdemScale.chartAt !== null ? "ok" : (!document.querySelector(${JSON.stringify(`figure[data-chart="${plan.id}"]`)}) && document.querySelector("figure[data-chart] svg.recharts-surface")?.closest("figure")?.dataset.chart) || false`,
        undefined,
        { timeout: 20_000 },
      )
      .then((handle) => handle.jsonValue() as Promise<string>)
      .catch(() => null);
    if (shown === null) throw new Error(`the explorer did not draw ${selector} within 20 s${pageErrors.length ? ` (page error: ${pageErrors[0]})` : ""}`);
    if (shown !== "ok") throw new Error(`the explorer shows ${shown}, not ${plan.id}, for ?chart=${plan.id}`);
    const timing = (await tab.evaluate(`(() => {
      const data = performance.getEntriesByType("resource").find((e) => e.name.includes(${JSON.stringify(SYNTHETIC_FILE)}));
      return { chartAt: window.__kdemScale.chartAt, dataEnd: data ? data.responseEnd : null };
    })()`)) as { chartAt: number; dataEnd: number | null };
    if (timing.dataEnd === null) throw new Error("the synthetic dataset was never requested");
    const settle = async (url: string | null) => (await tab.evaluate(`${SETTLE}(${JSON.stringify({ selector, url })})`)) as { ms: number | null; changed: boolean };
    await settle(null); // let the first render finish before changing anything
    const change = async (params: string, what: string) => {
      const result = await settle(`${search}&${params}`);
      if (!result.changed || result.ms === null) throw new Error(`${what} (${params}) did not change the chart`);
      return result.ms;
    };
    const rangeMs = plan.range ? await change(`from=${plan.range.from}&to=${plan.range.to}`, "range change") : null;
    const typeMs = plan.type ? await change(`${plan.range ? `from=${plan.range.from}&to=${plan.range.to}&` : ""}type=${plan.type}`, "type switch") : null;
    return { firstChartMs: timing.chartAt, firstRenderMs: timing.chartAt - timing.dataEnd, rangeMs, typeMs };
  } finally {
    await context.close();
  }
}
