import { describe, expect, it } from "vitest";
import AnnualExportsChart from "@/charts/annual-exports/AnnualExportsChart.tsx";
import { annualExportsModel } from "@/charts/annual-exports/model.ts";
import { loadDataset } from "../../support/dataset.ts";
import { renderPlot } from "./render-plot.tsx";

const data = loadDataset();

describe("annualExportsModel", () => {
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

describe("AnnualExportsChart", () => {
  it("draws a whisker over each year the sources dispute, from its lowest to its highest reading, in both chart types", () => {
    for (const type of ["bar", "line"] as const) {
      const { plot } = annualExportsModel(data, "en", { type });
      const disputed = plot.rows.filter((r) => r.high > r.low);
      expect(disputed.length).toBeGreaterThan(0);
      const { svg, unmount } = renderPlot(AnnualExportsChart, plot);
      const whiskers = [...svg.querySelectorAll(".kdem-whisker")];
      expect(whiskers).toHaveLength(disputed.length);
      for (const whisker of whiskers) {
        const [top, stem, bottom] = [...whisker.querySelectorAll("line")].map((l) => ({
          x1: Number(l.getAttribute("x1")),
          y1: Number(l.getAttribute("y1")),
          x2: Number(l.getAttribute("x2")),
          y2: Number(l.getAttribute("y2")),
        }));
        // The stem runs up from the low cap to the high cap, at the caps' centre.
        expect(stem!.x1).toBe(stem!.x2);
        expect(stem!.x1).toBeCloseTo((top!.x1 + top!.x2) / 2, 6);
        expect(stem!.y1).toBe(bottom!.y1);
        expect(stem!.y2).toBe(top!.y1);
        expect(top!.y1).toBeLessThan(bottom!.y1);
      }
      unmount();
    }
  });
});
