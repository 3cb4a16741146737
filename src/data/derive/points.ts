/** Every data point in the dataset, addressable by its id (article figures and focus links use it). */
import type { ChartId } from "../chart-ids.ts";
import type { Alternate, Dataset, Period, Qualifier, Status, Unit } from "../schema.ts";

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

export function indexPoints(data: Dataset): Map<string, PointRef> {
  const index = new Map<string, PointRef>();
  const add = (ref: PointRef) => index.set(ref.id, ref);
  const base = (p: {
    id: string;
    value: number;
    qualifier: Qualifier;
    status: Status;
    sources: string[];
    alternates?: Alternate[];
  }) => ({
    id: p.id,
    value: p.value,
    qualifier: p.qualifier,
    status: p.status,
    sources: p.sources,
    alternates: p.alternates ?? [],
  });
  for (const p of data.annualExports.points) add({ ...base(p), unit: "usd-bn", chart: "annual-exports", year: p.year });
  for (const p of data.annualTargets.points) add({ ...base(p), unit: "usd-bn", chart: "annual-exports", year: p.year });
  for (const t of data.targets) {
    const chart: ChartId =
      t.kind === "export-value" ? "target-path" : t.kind === "world-share" ? "world-share" : "top-exporters";
    add({ ...base(t), unit: t.unit, chart, year: t.targetYear });
  }
  for (const p of data.worldShare.points)
    add({ ...base(p), unit: "percent", chart: "world-share", period: p.period, year: p.period.end });
  for (const e of data.topExporters.exporters)
    add({ ...base(e), unit: "percent", chart: "top-exporters", period: data.topExporters.period });
  for (const b of data.buyers)
    for (const row of b.buyers) add({ ...base(row), unit: "percent", chart: "recipients", period: b.period });
  for (const d of data.deals) {
    if (d.value === null) continue;
    add({ ...base({ ...d, value: d.value }), unit: "usd-bn", chart: "buyers", year: d.year });
  }
  return index;
}

/** All values sources give for a point, the headline first. */
export function allValues(ref: Pick<PointRef, "value" | "alternates">): number[] {
  return [ref.value, ...ref.alternates.map((a) => a.value)];
}
