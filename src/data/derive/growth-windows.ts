/** Growth rates between qualified values ("over $15B", "≈ $3B"), with how far each rate can be trusted. */
import type { Qualifier } from "../schema.ts";
import { compoundAnnualGrowth } from "./growth.ts";

export interface QualifiedYearValue {
  year: number;
  value: number;
  qualifier: Qualifier;
}

/**
 * What a rate computed from two qualified endpoints is: an "at-least" end makes the true rate higher
 * (a lower bound), an "at-least" start makes it lower (an upper bound), anything approximate makes it
 * approximate.
 */
export type RateBound = "exact" | "approx" | "at-least" | "at-most";

export function rateBound(start: Qualifier, end: Qualifier): RateBound {
  if (start === "approx" || end === "approx" || (start === "at-least" && end === "at-least")) return "approx";
  if (end === "at-least") return "at-least";
  if (start === "at-least") return "at-most";
  return "exact";
}

export interface GrowthWindow {
  from: QualifiedYearValue;
  to: QualifiedYearValue;
  /** Compound annual growth, as a fraction. */
  rate: number;
  bound: RateBound;
}

export function growthWindow(from: QualifiedYearValue, to: QualifiedYearValue): GrowthWindow {
  return {
    from,
    to,
    rate: compoundAnnualGrowth(from.value, to.value, to.year - from.year),
    bound: rateBound(from.qualifier, to.qualifier),
  };
}

/**
 * Compound growth into `endYear` from each of `startYears` that the series has, earliest start first;
 * start years missing from the series, or not before the end, are skipped (and duplicates dropped).
 */
export function growthWindows(
  points: readonly QualifiedYearValue[],
  endYear: number,
  startYears: readonly number[],
): GrowthWindow[] {
  const end = points.find((p) => p.year === endYear);
  if (!end) return [];
  return [...new Set(startYears)]
    .sort((a, b) => a - b)
    .map((year) => points.find((p) => p.year === year && year < endYear))
    .filter((p): p is QualifiedYearValue => p !== undefined)
    .map((start) => growthWindow(start, end));
}
