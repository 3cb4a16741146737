/** Growth arithmetic on yearly values. Pure: same input, same output, no dates read from the clock. */

export interface YearValue {
  year: number;
  value: number;
}

export interface YearChange extends YearValue {
  /** Absolute change from the previous listed year, in the series' unit; null for the first year. */
  change: number | null;
  /** Relative change as a fraction (−0.25 = −25%); null for the first year or after a zero. */
  changeRatio: number | null;
  /** The year compared against; not always year − 1 when the series has gaps. */
  previousYear: number | null;
}

/** Year-over-year change for each point, against the previous point of the (sorted) series. */
export function yearOverYear(points: readonly YearValue[]): YearChange[] {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  return sorted.map((point, i) => {
    const previous = i > 0 ? sorted[i - 1]! : null;
    if (!previous) return { ...point, change: null, changeRatio: null, previousYear: null };
    return {
      ...point,
      change: point.value - previous.value,
      changeRatio: previous.value === 0 ? null : point.value / previous.value - 1,
      previousYear: previous.year,
    };
  });
}

/**
 * Compound annual growth rate from `start` to `end` over `years` years, as a fraction.
 * Throws on inputs where a CAGR means nothing, rather than returning NaN into a chart.
 */
export function compoundAnnualGrowth(start: number, end: number, years: number): number {
  if (!(years > 0)) throw new RangeError(`CAGR needs a positive number of years, got ${years}`);
  if (!(start > 0) || !(end >= 0))
    throw new RangeError(`CAGR needs a positive start and non-negative end, got ${start} → ${end}`);
  return (end / start) ** (1 / years) - 1;
}

/** CAGR between two listed years of a series; null when either year is missing. */
export function growthBetween(points: readonly YearValue[], fromYear: number, toYear: number): number | null {
  const from = points.find((p) => p.year === fromYear);
  const to = points.find((p) => p.year === toYear);
  if (!from || !to || toYear <= fromYear) return null;
  return compoundAnnualGrowth(from.value, to.value, toYear - fromYear);
}

/** The yearly growth needed to go from the latest value to the target by the target year. */
export function requiredGrowth(latest: YearValue, target: YearValue): number {
  return compoundAnnualGrowth(latest.value, target.value, target.year - latest.year);
}

/**
 * The path that growing at `rate` per year from `start` would trace, one point per year through
 * `toYear`. It is a projection, and callers must label it as one.
 */
export function projectedPath(start: YearValue, rate: number, toYear: number): YearValue[] {
  const path: YearValue[] = [];
  for (let year = start.year; year <= toYear; year++) {
    path.push({ year, value: start.value * (1 + rate) ** (year - start.year) });
  }
  return path;
}

/** The highest point; the earliest one wins a tie, since a record is set when first reached. */
export function peak<T extends YearValue>(points: readonly T[]): T | undefined {
  return points.reduce<T | undefined>((best, p) => (!best || p.value > best.value ? p : best), undefined);
}

/** The latest point by year. */
export function latest<T extends YearValue>(points: readonly T[]): T | undefined {
  return points.reduce<T | undefined>((last, p) => (!last || p.year > last.year ? p : last), undefined);
}
