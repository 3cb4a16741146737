import { describe, expect, it } from "vitest";
import { dealsByYear, heaviestYear, qualifiedSum, topBuyers, type DealLike } from "@/data/derive/deals.ts";
import type { Qualifier } from "@/data/schema.ts";

const deal = (year: number, code: string, value: number | null, qualifier: Qualifier = "exact"): DealLike => ({
  year,
  value,
  qualifier,
  buyer: { code },
});

const deals = [
  deal(2022, "POL", 5.76),
  deal(2022, "ARE", 3.5),
  deal(2022, "POL", 3.0),
  deal(2022, "POL", null),
  deal(2021, "AUS", 0.717),
  deal(2025, "POL", 6.5, "approx"),
  deal(2025, "PHL", 0.7128),
  deal(2013, "IRQ", null),
];

describe("qualifiedSum", () => {
  it.each<[string, { value: number; qualifier: Qualifier }[], number, Qualifier]>([
    ["nothing", [], 0, "exact"],
    [
      "exact parts",
      [
        { value: 1, qualifier: "exact" },
        { value: 2, qualifier: "exact" },
      ],
      3,
      "exact",
    ],
    [
      "one approximate part",
      [
        { value: 1, qualifier: "exact" },
        { value: 2, qualifier: "approx" },
      ],
      3,
      "approx",
    ],
    [
      "an at-least part",
      [
        { value: 1, qualifier: "at-least" },
        { value: 2, qualifier: "exact" },
      ],
      3,
      "at-least",
    ],
    [
      "approximate beats at-least",
      [
        { value: 1, qualifier: "at-least" },
        { value: 2, qualifier: "approx" },
      ],
      3,
      "approx",
    ],
  ])("%s", (_, parts, value, qualifier) => {
    expect(qualifiedSum(parts)).toEqual({ value, qualifier });
  });
});

describe("dealsByYear", () => {
  it("groups every deal by year and sums only valued ones, per buyer too", () => {
    const years = dealsByYear(deals);
    expect(years.map((y) => [y.year, y.deals.length])).toEqual([
      [2013, 1],
      [2021, 1],
      [2022, 4],
      [2025, 2],
    ]);
    const y2022 = years[2]!;
    expect(y2022.sum.value).toBeCloseTo(12.26, 10);
    expect(y2022.byBuyer.get("POL")!.value).toBeCloseTo(8.76, 10);
    expect(years[0]!.sum).toEqual({ value: 0, qualifier: "exact" });
    expect(years[0]!.byBuyer.size).toBe(0);
    expect(years[3]!.byBuyer.get("POL")!.qualifier).toBe("approx");
  });
});

describe("topBuyers", () => {
  it.each([
    [1, ["POL"]],
    [2, ["POL", "ARE"]],
    [9, ["POL", "ARE", "AUS", "PHL"]],
  ])("top %i by total deal value", (count, expected) => {
    expect(topBuyers(deals, count)).toEqual(expected);
  });

  it("breaks ties by code", () => {
    expect(topBuyers([deal(1, "B", 1), deal(1, "A", 1)], 2)).toEqual(["A", "B"]);
  });
});

describe("heaviestYear", () => {
  const totals = new Map([
    [2021, { value: 7.25, qualifier: "exact" as const }],
    [2022, { value: 17.3, qualifier: "exact" as const }],
    [2025, { value: 15, qualifier: "at-least" as const }],
  ]);

  it("finds the year a buyer's deals weighed most against the annual total", () => {
    const w = heaviestYear(dealsByYear(deals), "POL", totals)!;
    expect(w.year).toBe(2022);
    expect(w.share).toBeCloseTo(8.76 / 17.3, 10);
  });

  it("skips years without a total and buyers without deals", () => {
    expect(heaviestYear(dealsByYear(deals), "IRQ", totals)).toBeUndefined();
    expect(heaviestYear(dealsByYear(deals), "PHL", new Map())).toBeUndefined();
  });
});
