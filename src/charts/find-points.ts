import type { PointRef } from "@/data/derive/points.ts";
import { CHART_IDS, type ChartId } from "@/data/chart-ids.ts";
import type { Dataset } from "@/data/schema.ts";
import { CHARTS } from "./registry.ts";

/**
 * The points with these ids, listing the charts' points in chart order only until all are found:
 * the article cites a few points of the first charts, and listing every chart's (buyers: every deal,
 * 3,297 at scale) took 5–6 ms of the explorer's first render. A module of its own, so it travels with
 * the article panel's chunk, not with the page's first scripts.
 */
export function findPoints(data: Dataset, ids: Iterable<string>): ReadonlyMap<string, PointRef> {
  const wanted = new Set(ids);
  const found = new Map<string, PointRef>();
  for (const id of CHART_IDS) {
    if (found.size === wanted.size) break;
    const chart: (typeof CHARTS)[ChartId] = CHARTS[id];
    for (const point of chart.points?.(data) ?? []) if (wanted.has(point.id)) found.set(point.id, point);
  }
  return found;
}
