/**
 * The computed SIPRI series, from the committed data files (data/sipri/*.csv and the dataset's
 * `sipri` section), checked against what SIPRI itself published for 2020–24 (March 2025 fact sheet).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  deliveriesPerYear,
  periodShares,
  rollingWindows,
  shareOf,
  sipriTables,
  tivTable,
  UNKNOWN_SUPPLIER,
  windowShares,
  yearlyShares,
  type TivTable,
} from "@/data/derive/sipri.ts";
import { splitCsvLine } from "../../../scripts/sipri/register.ts";
import { loadDataset } from "../../support/dataset.ts";

const DATA = resolve(import.meta.dirname, "../../../data/sipri");

function csv(file: string): Record<string, string>[] {
  const [header, ...rows] = readFileSync(resolve(DATA, file), "utf8").trimEnd().split("\n");
  const names = splitCsvLine(header!, 1);
  return rows.map((line, i) => Object.fromEntries(splitCsvLine(line, i + 2).map((v, j) => [names[j], v])));
}

const supplierYears = csv("supplier-year-tiv.csv").map((r) => ({
  key: r.supplier!,
  year: Number(r.year),
  tiv: Number(r.tiv),
}));
const world = tivTable(supplierYears, (s) => s !== UNKNOWN_SUPPLIER);
const koreaRows = csv("korea-deliveries.csv");
const recipients = tivTable(
  koreaRows.map((r) => ({
    key: r.Recipient!,
    year: Number(r["Delivery year"]),
    tiv: Number(r["TIV delivery values"]),
  })),
);
const P2020_24 = { start: 2020, end: 2024 };
const round1 = (x: number) => Math.round(x * 10) / 10;

describe("SIPRI series computed from the committed files", () => {
  it("reproduces SIPRI's published 2020–24 top ten (March 2025), South Korea 10th", () => {
    const top = periodShares(world, P2020_24).rows.slice(0, 10);
    // SIPRI prints the US share as a whole number, the rest to one decimal
    expect(Math.round(top[0]!.share)).toBe(43);
    expect(top.map((r) => [r.key, r.rank])).toEqual(
      [
        "United States",
        "France",
        "Russia",
        "China",
        "Germany",
        "Italy",
        "United Kingdom",
        "Israel",
        "Spain",
        "South Korea",
      ].map((key, i) => [key, i + 1]),
    );
    expect(top.slice(1).map((r) => round1(r.share))).toEqual([9.6, 7.8, 5.9, 5.6, 4.8, 3.6, 3.1, 3.0, 2.2]);
  });

  it("reproduces SIPRI's shares of South Korea's 2020–24 deliveries: Poland 46.2%, the Philippines 14.2%", () => {
    const shares = periodShares(recipients, P2020_24);
    expect(shares.rows.slice(0, 2).map((r) => [r.key, round1(r.share)])).toEqual([
      ["Poland", 46.2],
      ["Philippines", 14.2],
    ]);
  });

  it("South Korea's deliveries per year are its rows summed", () => {
    const perYear = deliveriesPerYear(world, "South Korea");
    for (const year of [1999, 2018, 2024]) {
      const rows = koreaRows.filter((r) => Number(r["Delivery year"]) === year);
      const sum = rows.reduce((s, r) => s + Number(r["TIV delivery values"]), 0);
      expect(perYear.find((p) => p.year === year)!.tiv).toBeCloseTo(sum, 6);
    }
  });

  it("the dataset's section gives the same shares, and exact ranks for the top ten and South Korea in every window", () => {
    const app = sipriTables(loadDataset().sipri);
    const full = windowShares(world);
    const fromApp = windowShares(app.suppliers);
    expect(fromApp.map((w) => w.period)).toEqual(full.map((w) => w.period));
    const code = new Map(csv("countries.csv").map((c) => [c.sipri!, c.code!]));
    full.forEach((w, i) => {
      const appRows = fromApp[i]!.rows.filter((r) => r.rank <= 10 || r.key === "KOR");
      const fullRows = w.rows.filter((r) => r.rank <= 10 || r.key === "South Korea");
      expect(appRows.map((r) => [r.key, r.rank, r.share])).toEqual(
        fullRows.map((r) => [code.get(r.key), r.rank, expect.closeTo(r.share, 9)]),
      );
    });
    const appKorea = periodShares(app.recipients, P2020_24);
    expect(round1(shareOf(appKorea, "POL")!.share)).toBe(46.2);
  });
});

describe("share arithmetic", () => {
  // 2000–2002; "x" is counted in the total but not ranked
  const table: TivTable = tivTable(
    [
      { key: "a", year: 2000, tiv: 60 },
      { key: "b", year: 2000, tiv: 30 },
      { key: "x", year: 2000, tiv: 10 },
      { key: "a", year: 2002, tiv: 10 },
      { key: "b", year: 2002, tiv: 40 },
      { key: "c", year: 2002, tiv: 50 },
    ],
    (k) => k !== "x",
  );

  it("keeps unranked keys in the total and fills years without deliveries with 0", () => {
    expect(table.years).toEqual({ start: 2000, end: 2002 });
    expect(table.total).toEqual([100, 0, 100]);
    expect(table.rows.map((r) => r.key)).toEqual(["a", "b", "c"]);
    expect(deliveriesPerYear(table, "c")).toEqual([
      { year: 2000, tiv: 0 },
      { year: 2001, tiv: 0 },
      { year: 2002, tiv: 50 },
    ]);
  });

  it("ranks by volume over the period; equal volumes share a rank; rows with nothing delivered are left out", () => {
    const shares = periodShares(table, { start: 2000, end: 2002 });
    expect(shares.total).toBe(200);
    expect(shares.rows).toEqual([
      { key: "a", tiv: 70, share: 35, rank: 1 },
      { key: "b", tiv: 70, share: 35, rank: 1 },
      { key: "c", tiv: 50, share: 25, rank: 3 },
    ]);
    expect(periodShares(table, { start: 2000, end: 2000 }).rows.map((r) => r.key)).toEqual(["a", "b"]);
    expect(yearlyShares(table)[1]!.rows).toEqual([]);
  });

  it("gives a three-way tie one rank and the next row the place after them", () => {
    const tied = tivTable(["a", "b", "c", "d"].map((key, i) => ({ key, year: 2000, tiv: i < 3 ? 10 : 5 })));
    expect(periodShares(tied, { start: 2000, end: 2000 }).rows.map((r) => r.rank)).toEqual([1, 1, 1, 4]);
  });

  it("lists every complete rolling window and refuses periods outside the table", () => {
    expect(rollingWindows({ start: 1995, end: 2001 })).toEqual([
      { start: 1995, end: 1999 },
      { start: 1996, end: 2000 },
      { start: 1997, end: 2001 },
    ]);
    expect(windowShares(table, 2).map((w) => w.period)).toEqual([
      { start: 2000, end: 2001 },
      { start: 2001, end: 2002 },
    ]);
    expect(() => periodShares(table, { start: 1999, end: 2001 })).toThrow(/not within 2000–2002/);
    expect(() => deliveriesPerYear(table, "z")).toThrow(/no row z/);
  });
});
