import { describe, expect, it } from "vitest";
import { annualExportsModel } from "@/charts/annual-exports/model.ts";
import { loadDataset } from "../../support/dataset.ts";

describe("annualExportsModel", () => {
  const data = loadDataset();

  const text = (labels: { category: number | string; text: string }[]) =>
    Object.fromEntries(labels.map((l) => [l.category, l.text]));

  it("labels the story's years and one '≈' for the run of estimates, never an estimate as exact", () => {
    const { plot } = annualExportsModel(data, "en");
    expect(text(plot.labels)).toEqual({
      2019: "≈$3B",
      2022: "Record $17.3B",
      2023: "▼ $13B",
      2024: "▼ $9.6B",
      2025: "▲ >$15B",
    });
  });

  it("ranks the labels for narrow charts (latest, record, declines, estimates) and offers the bare value as a short form", () => {
    const { plot } = annualExportsModel(data, "en");
    const byPriority = [...plot.labels].sort((a, b) => b.priority - a.priority).map((l) => l.category);
    expect(byPriority).toEqual([2025, 2022, 2023, 2024, 2019]);
    expect(plot.labels.find((l) => l.category === 2022)?.short).toBe("$17.3B");
    expect(plot.labels.find((l) => l.category === 2019)?.short).toBeUndefined();
    // A year the reader focused outranks them all.
    const focused = annualExportsModel(data, "en", { focus: 2023 }).plot.labels;
    expect([...focused].sort((a, b) => b.priority - a.priority)[0]?.category).toBe(2023);
  });

  it("labels a lone estimate year left at the edge of a range", () => {
    expect(text(annualExportsModel(data, "en", { from: 2020, to: 2025 }).plot.labels)[2020]).toBe("≈$3B");
  });

  it("names the estimate years in the description, and the change into 2025 as a lower bound", () => {
    const { spec } = annualExportsModel(data, "en");
    expect(spec.description).toContain("2018, 2019, 2020 are estimates (about $3 billion a year");
    expect(spec.takeaway).toContain("(at least +56.3% on 2024)");
    const row2025 = spec.table.rows.find((r) => r.year === 2025)!;
    expect(row2025.cells.change).toBe("at least +56.3%");
    expect(spec.table.rows.find((r) => r.year === 2019)!.cells.change).toBe("≈ 0%");
  });

  it("keeps the takeaway about the latest year whatever range is shown, in both languages", () => {
    const { spec } = annualExportsModel(data, "en", { to: 2023 });
    expect(spec.takeaway).toMatch(/^Exports rebounded to over \$15 billion in 2025/);
    expect(annualExportsModel(data, "ko").spec.takeaway).toContain("최소 +56.3%");
  });
});
