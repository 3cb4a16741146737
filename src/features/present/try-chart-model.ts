import { chartModel, type ChartModel } from "@/charts/models.ts";
import type { ChartId } from "@/data/chart-ids.ts";
import type { Dataset, Lang } from "@/data/schema.ts";

/** A chart's model, or why it could not be built (a chart not built yet, data it cannot use). */
export function tryChartModel(chart: ChartId, data: Dataset, lang: Lang, from?: number, to?: number): { model: ChartModel } | { error: string } {
  try {
    return { model: chartModel(chart, data, lang, { from, to }) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
