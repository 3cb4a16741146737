import { describe, expect, it } from "vitest";
import { growthWindow, growthWindows, rateBound } from "@/data/derive/growth-windows.ts";
import type { Qualifier } from "@/data/schema.ts";

describe("rateBound", () => {
  it.each<[Qualifier, Qualifier, string]>([
    ["exact", "exact", "exact"],
    ["exact", "at-least", "at-least"], // the end may be higher, so the rate may be higher
    ["at-least", "exact", "at-most"], // the start may be higher, so the rate may be lower
    ["approx", "exact", "approx"],
    ["exact", "approx", "approx"],
    ["approx", "at-least", "approx"],
    ["at-least", "at-least", "approx"],
  ])("%s start, %s end → %s", (start, end, bound) => {
    expect(rateBound(start, end)).toBe(bound);
  });
});

const series = [
  { year: 2006, value: 0.25, qualifier: "exact" as const },
  { year: 2015, value: 3.541, qualifier: "exact" as const },
  { year: 2020, value: 3, qualifier: "approx" as const },
  { year: 2025, value: 15, qualifier: "at-least" as const },
];

describe("growthWindow", () => {
  it("is the compound rate between two points, with its bound", () => {
    const w = growthWindow(series[3]!, { year: 2030, value: 20, qualifier: "exact" });
    expect(w.rate).toBeCloseTo(0.05922, 5);
    expect(w.bound).toBe("at-most");
  });
});

describe("growthWindows", () => {
  it("gives one window per start year the series has, earliest first", () => {
    const ws = growthWindows(series, 2025, [2020, 2015, 2006]);
    expect(ws.map((w) => [w.from.year, w.to.year, w.bound])).toEqual([
      [2006, 2025, "at-least"],
      [2015, 2025, "at-least"],
      [2020, 2025, "approx"],
    ]);
    expect(ws[0]!.rate).toBeCloseTo((15 / 0.25) ** (1 / 19) - 1, 10);
    expect(ws[2]!.rate).toBeCloseTo(5 ** (1 / 5) - 1, 10);
  });

  it.each([
    ["a start year the series lacks", [2010], []],
    ["a start at or after the end", [2025, 2030], []],
    ["the same start twice", [2015, 2015], [2015]],
  ])("skips %s", (_, starts, expected) => {
    expect(growthWindows(series, 2025, starts).map((w) => w.from.year)).toEqual(expected);
  });

  it("is empty when the end year is missing", () => {
    expect(growthWindows(series, 2024, [2006])).toEqual([]);
  });
});
