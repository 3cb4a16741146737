import { chartModel, type ChartModel } from "@/charts/registry.ts";
import type { ChartId } from "@/data/chart-ids.ts";
import type { Dataset, Lang } from "@/data/schema.ts";

export type BuiltChart = { model: ChartModel } | { error: string };

/**
 * A chart's model for the deck's range, fitted to the years that chart has by the model itself (as
 * in the explorer), or why it could not be built (a chart not built yet, data it cannot use).
 */
export function tryChartModel(chart: ChartId, data: Dataset, lang: Lang, from?: number, to?: number): BuiltChart {
  try {
    return { model: chartModel(chart, data, lang, { from, to }) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
