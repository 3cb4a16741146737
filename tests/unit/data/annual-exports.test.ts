import { describe, expect, it } from "vitest";
import { annualRows } from "@/data/derive/annual-exports.ts";
import { loadDataset } from "../../support/dataset.ts";

describe("annualRows", () => {
  const rows = annualRows(loadDataset());
  const row = (year: number) => rows.find((r) => r.year === year)!;

  it("marks the record, the declines after it and the rebound", () => {
    expect(rows.filter((r) => r.isRecord).map((r) => r.year)).toEqual([2022]);
    expect([row(2023).isDecline, row(2024).isDecline, row(2025).isRebound, row(2025).isLatest]).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it("calls a rise a rebound only when the year before it fell", () => {
    const data = loadDataset();
    const template = data.annualExports.points[0]!;
    // 1: first; 2: rise after nothing; 3: rise after a rise; 4, 5: falls; 6: rebound; 7: rise after the rebound.
    const values = [5, 6, 7, 4, 3, 8, 9];
    const points = values.map((value, i) => ({ ...template, id: `p${i + 1}`, year: 2001 + i, value }));
    const series = annualRows({ ...data, annualExports: { ...data.annualExports, points } });
    expect(series.map((r) => r.isRebound)).toEqual([false, false, false, false, false, true, false]);
  });

  it("says how far each change can be trusted: estimates make it approximate, 'over $15B' a lower bound", () => {
    expect(row(2017).changeBound).toBe("exact");
    expect(row(2018).changeBound).toBe("approx");
    expect(row(2021).changeBound).toBe("approx");
    expect(row(2025).changeBound).toBe("at-least");
  });

  it("spans the values sources give for disputed years", () => {
    expect([row(2023).low, row(2023).high]).toEqual([13, 14]);
    expect([row(2022).low, row(2022).high]).toEqual([17.3, 17.3]);
  });
});
