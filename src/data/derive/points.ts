/**
 * A data point addressed by its id (article figures and focus links use it). Which chart shows which
 * points is each chart's own knowledge (its `points` in index.ts); `indexPoints` in the chart registry
 * gathers them.
 */
import type { ChartId } from "../chart-ids.ts";
import type { Alternate, Period, Qualifier, Status, Unit } from "../schema.ts";

export interface PointRef {
  id: string;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  status: Status;
  sources: string[];
  alternates: Alternate[];
  /** The chart that shows this point. */
  chart: ChartId;
  year?: number;
  period?: Period;
}

/** The fields of a dataset point a PointRef carries; the chart that shows it adds where it sits. */
interface DatasetPoint {
  id: string;
  value: number;
  qualifier: Qualifier;
  status: Status;
  sources: string[];
  alternates?: Alternate[];
}

/** A point as the chart that shows it addresses it (each chart folder lists its own: `points` in index.ts). */
export function pointRef(
  p: DatasetPoint,
  where: { unit: Unit; chart: ChartId; year?: number; period?: Period },
): PointRef {
  return {
    id: p.id,
    value: p.value,
    qualifier: p.qualifier,
    status: p.status,
    sources: p.sources,
    alternates: p.alternates ?? [],
    ...where,
  };
}

/** All values sources give for a point, the headline first. */
export function allValues(ref: Pick<PointRef, "value" | "alternates">): number[] {
  return [ref.value, ...ref.alternates.map((a) => a.value)];
}
