import { describe, expect, it } from "vitest";
import {
  compoundAnnualGrowth,
  growthBetween,
  latest,
  peak,
  projectedPath,
  requiredGrowth,
  yearOverYear,
} from "@/data/derive/growth.ts";

const series = [
  { year: 2022, value: 17.3 },
  { year: 2021, value: 7.25 },
  { year: 2023, value: 13.0 },
  { year: 2024, value: 9.6 },
  { year: 2025, value: 15 },
];

describe("yearOverYear", () => {
  it("compares each year with the previous listed one, in year order", () => {
    const rows = yearOverYear(series);
    expect(rows.map((r) => r.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(rows[0]).toMatchObject({ change: null, changeRatio: null, previousYear: null });
    expect(rows[1]!.change).toBeCloseTo(10.05);
    expect(rows[1]!.changeRatio).toBeCloseTo(17.3 / 7.25 - 1);
    expect(rows[2]!.changeRatio).toBeCloseTo(-0.2486, 4);
    expect(rows[4]!.changeRatio).toBeCloseTo(0.5625, 4);
  });

  it("names the year compared against when the series has a gap", () => {
    const rows = yearOverYear([
      { year: 2010, value: 1 },
      { year: 2013, value: 2 },
    ]);
    expect(rows[1]).toMatchObject({ previousYear: 2010, change: 1, changeRatio: 1 });
  });

  it("gives no ratio after a zero instead of Infinity", () => {
    expect(
      yearOverYear([
        { year: 1, value: 0 },
        { year: 2, value: 3 },
      ])[1]!.changeRatio,
    ).toBeNull();
  });
});

describe("compoundAnnualGrowth", () => {
  it("is the constant yearly rate joining two values", () => {
    expect(compoundAnnualGrowth(100, 121, 2)).toBeCloseTo(0.1, 10);
    expect(compoundAnnualGrowth(15, 20, 5)).toBeCloseTo(0.05922, 5);
    expect(compoundAnnualGrowth(10, 10, 3)).toBe(0);
  });

  it("refuses inputs where a rate means nothing", () => {
    expect(() => compoundAnnualGrowth(0, 10, 3)).toThrow(RangeError);
    expect(() => compoundAnnualGrowth(10, 20, 0)).toThrow(RangeError);
    expect(() => compoundAnnualGrowth(10, -1, 2)).toThrow(RangeError);
  });
});

describe("growthBetween and requiredGrowth", () => {
  it("computes CAGR between listed years, null otherwise", () => {
    expect(growthBetween(series, 2021, 2025)).toBeCloseTo((15 / 7.25) ** (1 / 4) - 1, 10);
    expect(growthBetween(series, 2019, 2025)).toBeNull();
    expect(growthBetween(series, 2025, 2021)).toBeNull();
  });

  it("gives the growth needed from $15B in 2025 to $20B in 2030 (≈5.9% a year)", () => {
    expect(requiredGrowth({ year: 2025, value: 15 }, { year: 2030, value: 20 })).toBeCloseTo(0.059224, 5);
  });
});

describe("projectedPath", () => {
  it("starts at the start value and reaches the target at the required rate", () => {
    const rate = requiredGrowth({ year: 2025, value: 15 }, { year: 2030, value: 20 });
    const path = projectedPath({ year: 2025, value: 15 }, rate, 2030);
    expect(path.map((p) => p.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    expect(path[0]!.value).toBe(15);
    expect(path.at(-1)!.value).toBeCloseTo(20, 10);
  });
});

describe("peak, latest", () => {
  it("finds the record and the latest year", () => {
    expect(peak(series)).toEqual({ year: 2022, value: 17.3 });
    expect(latest(series)).toEqual({ year: 2025, value: 15 });
    expect(peak([])).toBeUndefined();
  });

  it("keeps the first of tied peaks: a record is set when first reached", () => {
    expect(
      peak([
        { year: 1, value: 5 },
        { year: 2, value: 5 },
      ])!.year,
    ).toBe(1);
  });
});
