/**
 * The order of the slides. It depends only on the chart ids (a public contract), not on the data,
 * so a link to a chart's slide can be built anywhere, before the dataset has loaded.
 */
import { CHART_IDS, type ChartId } from "@/data/chart-ids.ts";

export type SlideKind =
  | { kind: "title" }
  | { kind: "key-figures" }
  | { kind: "chart"; chart: ChartId }
  | { kind: "quotes" }
  | { kind: "sources" };

export const DECK: readonly SlideKind[] = [
  { kind: "title" },
  { kind: "key-figures" },
  ...CHART_IDS.map((chart): SlideKind => ({ kind: "chart", chart })),
  { kind: "quotes" },
  { kind: "sources" },
];

export const SLIDE_COUNT = DECK.length;

/** 1-based number of the slide that shows `chart` (what `?slide=` takes). */
export function slideNumberForChart(chart: ChartId): number {
  return DECK.findIndex((s) => s.kind === "chart" && s.chart === chart) + 1;
}

/** The chart a slide shows, if it is a chart slide. */
export function chartOfSlide(slide: number): ChartId | undefined {
  const entry = DECK[slide - 1];
  return entry?.kind === "chart" ? entry.chart : undefined;
}
