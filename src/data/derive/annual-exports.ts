/** The annual contract-value series, shaped for the chart and its table. */
import type { Alternate, Dataset, Qualifier, Status } from "../schema.ts";
import { latest, peak, yearOverYear } from "./growth.ts";
import { rateBound, type RateBound } from "./growth-windows.ts";

export interface AnnualRow {
  id: string;
  year: number;
  value: number;
  qualifier: Qualifier;
  status: Status;
  sources: string[];
  alternates: Alternate[];
  /** Lowest and highest value any source gives; equal when the year is undisputed. */
  low: number;
  high: number;
  /** Change against the previous listed year (fraction), null for the first. */
  changeRatio: number | null;
  /** How far that change can be trusted, from the two years' qualifiers ("over $15B" → at least). */
  changeBound: RateBound;
  isRecord: boolean;
  isLatest: boolean;
  /** The year fell against the previous one. */
  isDecline: boolean;
  /** Rose after at least one year of decline. */
  isRebound: boolean;
}

export function annualRows(data: Dataset): AnnualRow[] {
  const points = [...data.annualExports.points].sort((a, b) => a.year - b.year);
  const changes = yearOverYear(points);
  const record = peak(points);
  const last = latest(points);
  return points.map((p, i) => {
    const values = [p.value, ...(p.alternates ?? []).map((a) => a.value)];
    const changeRatio = changes[i]!.changeRatio;
    // A rebound follows a decline: the previous year's own change was a fall.
    const previousFell = (changes[i - 1]?.change ?? 0) < 0;
    return {
      id: p.id,
      year: p.year,
      value: p.value,
      qualifier: p.qualifier,
      status: p.status,
      sources: p.sources,
      alternates: p.alternates ?? [],
      low: Math.min(...values),
      high: Math.max(...values),
      changeRatio,
      changeBound: i > 0 ? rateBound(points[i - 1]!.qualifier, p.qualifier) : "exact",
      isRecord: p === record,
      isLatest: p === last,
      isDecline: changeRatio !== null && changeRatio < 0,
      isRebound: changeRatio !== null && changeRatio > 0 && previousFell,
    };
  });
}

/** Rows within [from, to], inclusive. */
export function inRange<T extends { year: number }>(rows: readonly T[], from: number, to: number): T[] {
  return rows.filter((r) => r.year >= from && r.year <= to);
}

export function yearSpan(rows: readonly { year: number }[]): { min: number; max: number } {
  const years = rows.map((r) => r.year);
  return { min: Math.min(...years), max: Math.max(...years) };
}
