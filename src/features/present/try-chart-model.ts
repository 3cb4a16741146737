import { chartModel, type ChartModel } from "@/charts/models.ts";
import type { ChartId } from "@/data/chart-ids.ts";
import type { Dataset, Lang } from "@/data/schema.ts";
import { DEFAULT_VIEW, fitRange } from "@/state/url-codec.ts";

export type BuiltChart = { model: ChartModel; from?: number; to?: number } | { error: string };

/**
 * A chart's model for the deck's range, fitted to the years that chart has (as the explorer fits
 * it), or why it could not be built (a chart not built yet, data it cannot use).
 */
export function tryChartModel(chart: ChartId, data: Dataset, lang: Lang, from?: number, to?: number): BuiltChart {
  try {
    const span = chartModel(chart, data, lang).span;
    const range = span ? fitRange({ ...DEFAULT_VIEW, from, to }, span).state : { from, to };
    return { model: chartModel(chart, data, lang, { from: range.from, to: range.to }), from: range.from, to: range.to };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
