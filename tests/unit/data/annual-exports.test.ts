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
