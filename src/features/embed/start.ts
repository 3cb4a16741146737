/**
 * What the embed page does as soon as its (small) script runs: apply the parameters to the baked
 * page, start the auto-height messages, and decide when the live chart is worth loading. React,
 * Recharts and the dataset load only when needed: for a view other than the baked one, or for the
 * controls. Hover, tap and keys on the baked chart are a few KB of plain DOM (ui/baked-chart.ts).
 */
import { isChartId } from "@/data/chart-ids.ts";
import { isLang } from "@/data/langs.ts";
import { applyDocumentState } from "@/state/document-state.ts";
import { enhanceBakedCharts } from "@/ui/baked-chart.ts";
import { exploreHref, isBakedView, parseEmbedParams } from "./embed-params.ts";
import { postHeightChanges } from "./resize.ts";

export function startEmbed(win: Window): void {
  const doc = win.document;
  const content = doc.querySelector<HTMLElement>("[data-kdem-chart]");
  const chart = content?.dataset.kdemChart;
  if (!content || !isChartId(chart)) return;
  const asked = parseEmbedParams(win.location.search);
  // The page holds the asked language's article, or its own when that page could not be fetched
  // (the pre-paint script): then the page, and the live chart, stay in the page's language.
  const article =
    content.querySelector<HTMLElement>(`[data-kdem-article="${asked.lang}"]`) ??
    content.querySelector<HTMLElement>("[data-kdem-article]");
  const lang = article?.dataset.kdemArticle;
  if (!article || !isLang(lang)) return;
  const params = { ...asked, lang };

  applyDocumentState(doc, params);
  if (params.transparent) doc.documentElement.dataset.bg = "transparent";
  doc.title = article.querySelector("h1")?.textContent ?? doc.title;
  article.querySelector<HTMLAnchorElement>("[data-kdem-explore]")?.setAttribute("href", exploreHref(chart, params));
  const controls = article.querySelector<HTMLElement>("[data-kdem-controls]");
  if (controls && params.controls) controls.hidden = false;

  postHeightChanges(win, content, chart);

  let started = false;
  const goLive = () => {
    if (started) return;
    started = true;
    void import("./live.tsx").then(({ startLive }) => startLive({ chart, params, article }));
  };
  // The pre-paint script hid the baked chart for any view parameter; the real parser has the last word.
  if (isBakedView(params)) doc.documentElement.classList.remove("kdem-custom-view");
  if (params.controls || !isBakedView(params)) return goLive();
  // The baked chart answers hover, tap and keys by itself: React and Recharts are not needed for that.
  void enhanceBakedCharts(article);
}
