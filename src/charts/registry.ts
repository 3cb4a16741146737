/**
 * The charts, one line each. A chart's folder holds everything that is that chart (see README.md);
 * this file lists them and gives the explorer, embed and slides one way to build any of them.
 * Models are pure (no React, no Recharts), so the spec — title, takeaway, table, sources — is ready
 * before the chart's code has loaded.
 */
import { perDataset } from "@/data/derive/per-dataset.ts";
import { CHART_IDS, type ChartId } from "@/data/chart-ids.ts";
import type { PointRef } from "@/data/derive/points.ts";
import type { Dataset, Lang } from "@/data/schema.ts";
import type { ChartType, IgnoredParam } from "@/state/url-codec.ts";
import { annualExports } from "./annual-exports/index.ts";
import { buyers } from "./buyers/index.ts";
import { contractsVsDeliveries } from "./contracts-vs-deliveries/index.ts";
import { exporterRace } from "./exporter-race/index.ts";
import { recipients } from "./recipients/index.ts";
import type { ChartOptions } from "./shared/chart-spec.ts";
import { fitOptions, type WindowChoice } from "./shared/fit-view.ts";
import { targetPath } from "./target-path/index.ts";
import { topExporters } from "./top-exporters/index.ts";
import { worldShare } from "./world-share/index.ts";

export const CHARTS = {
  "annual-exports": annualExports,
  "target-path": targetPath,
  "world-share": worldShare,
  "top-exporters": topExporters,
  buyers,
  recipients,
  "exporter-race": exporterRace,
  "contracts-vs-deliveries": contractsVsDeliveries,
} satisfies { [Id in ChartId]: { id: Id } };

type Charts = typeof CHARTS;
type ModelOf<Id extends ChartId> = ReturnType<Charts[Id]["model"]>;

/** A chart's model with the view it was built for: what was asked, what was used, and why they differ. */
export type ChartModel = {
  [Id in ChartId]: ModelOf<Id> & {
    /** Types the chart can be drawn as, its default first. */
    types: readonly ChartType[];
    /** The five-year windows it can show and its default; null for a chart without one. */
    windows: WindowChoice | null;
    /** The options the model was built with: the requested ones fitted to the chart. */
    options: ChartOptions;
    /** What fitting changed in the request, and why (for the notice). */
    adjustments: IgnoredParam[];
  };
}[ChartId];

/**
 * Builds a chart for a requested view: fits the request to the chart's years and types, then builds
 * the model once from the fitted options. Every surface calls this once per render.
 */
export function chartModel(id: ChartId, data: Dataset, lang: Lang, requested: ChartOptions = {}): ChartModel {
  const chart: Charts[ChartId] = CHARTS[id];
  const { types } = chart.capabilities;
  const windows = chart.capabilities.windows?.(data) ?? null;
  const { options, adjustments } = fitOptions(requested, { span: chart.capabilities.span(data), types, windows });
  const model = chart.model(data, lang, options);
  return { ...model, types, windows, options, adjustments } as ChartModel;
}

/** The chart's short name in a language (picker, error messages, slide lists). */
export function chartLabel(id: ChartId, lang: Lang): string {
  return CHARTS[id].label[lang];
}

/** Measurement notes that matter most for this chart, in order. */
export function notesFirst(id: ChartId): readonly string[] {
  return CHARTS[id].notesFirst;
}

/**
 * Every data point a chart shows, by id (article figures, focus links, CSV sources, speaker notes).
 * Made once per dataset: it lists every deal (3,675 at scale), and several parts of a page ask.
 */
export const indexPoints: (data: Dataset) => ReadonlyMap<string, PointRef> = perDataset((data) => {
  const charts: readonly Charts[ChartId][] = CHART_IDS.map((id) => CHARTS[id]);
  return new Map(charts.flatMap((chart) => chart.points?.(data) ?? []).map((point) => [point.id, point]));
});

/** A chart's slide headline, or undefined where the dataset lacks what it would say. */
export function chartHeadline(id: ChartId, data: Dataset, lang: Lang): string | undefined {
  try {
    return CHARTS[id].headline(data, lang);
  } catch {
    return undefined;
  }
}

/** The height an embed of the chart reserves in an article (measured: see `embedHeight` in definition.ts). */
export function embedHeight(id: ChartId, lang: Lang): number {
  return CHARTS[id].embedHeight[lang];
}
