import { describe, expect, it } from "vitest";
import { targetPathModel } from "@/charts/target-path/model.ts";
import TargetPathChart from "@/charts/target-path/TargetPathChart.tsx";
import { compoundAnnualGrowth } from "@/data/derive/growth.ts";
import { loadDataset } from "../../support/dataset.ts";
import { renderPlot } from "./render-plot.tsx";

const data = loadDataset();

describe("targetPathModel", () => {
  const model = targetPathModel(data, "en");

  it("computes the growth the goal needs from the latest year, as an upper bound of 'over $15B'", () => {
    const needed = model.plot.rates.bars[0]!;
    expect(needed.required).toBe(true);
    expect(needed.rate).toBeCloseTo(compoundAnnualGrowth(15, 20, 5), 10);
    expect(needed.bound).toBe("at-most");
    expect(needed.value).toBe("up to +5.9% a year");
    expect(model.spec.takeaway).toBe(
      "Reaching $20 billion by 2030 takes growth of up to +5.9% a year from 2025's over $15 billion, slower than the at least +15.5% a year Korea managed in 2015–2025.",
    );
  });

  it("sets past growth over the whole range, ten and five years against it, marking the estimated 2020 start", () => {
    expect(model.plot.rates.bars.slice(1).map((b) => [b.label, b.value])).toEqual([
      ["2006–2025", "at least +24% a year"],
      ["2015–2025", "at least +15.5% a year"],
      ["2020–2025", "≈ +38% a year"],
    ]);
  });

  it("draws the projection from the latest actual value to the goal, joined at the latest year", () => {
    const projected = model.plot.points.filter((p) => p.projected !== undefined);
    expect(projected.map((p) => p.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    expect(projected[0]).toMatchObject({ actual: 15, projected: 15 });
    expect(projected.at(-1)!.projected).toBeCloseTo(20, 10);
    expect(model.plot.target).toMatchObject({ year: 2030, value: 20 });
  });

  it("lists actual years, projected years and growth rates in the table, each with its status", () => {
    const rows = model.spec.table.rows;
    expect(rows.filter((r) => r.id.startsWith("exports-"))).toHaveLength(20);
    expect(rows.find((r) => r.id === "projection-2028")!.cells).toMatchObject({
      year: "2028",
      value: "$17.8 billion",
      status: "projection",
    });
    expect(rows.find((r) => r.id === "exports-2025")!.cells.value).toBe("over $15 billion");
    expect(rows.find((r) => r.id === "growth-2025-2030")!.cells).toMatchObject({
      year: "Needed 2025–2030",
      value: "up to +5.9% a year",
    });
    expect(model.spec.basis).toMatch(/not a forecast/);
  });

  it("cites the sources of the years shown and of the goal", () => {
    const ids = model.spec.sources.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(["wowtv-2026-01-14", "heraldcorp-2025-11-17", "kmib-2015-01-03"]));
  });

  it("applies from/to to the past only, and measures past growth within the range", () => {
    const late = targetPathModel(data, "en", { from: 2018, to: 2025 });
    expect(late.plot.points[0]!.year).toBe(2018);
    expect(late.plot.points.at(-1)!.year).toBe(2030);
    expect(late.plot.rates.bars.slice(1).map((b) => b.label)).toEqual(["2018–2025", "2020–2025"]);
    expect(late.spec.sources.map((s) => s.id)).not.toContain("kmib-2015-01-03");
    expect(late.span).toEqual({ min: 2006, max: 2025 });
  });

  it("speaks Korean", () => {
    const ko = targetPathModel(data, "ko");
    expect(ko.spec.takeaway).toContain("연 최대 +5.9%");
    expect(ko.spec.takeaway).toContain("200억 달러");
    expect(ko.plot.rates.bars[0]!.label).toBe("필요 2025년–2030년");
    expect(ko.spec.table.rows.find((r) => r.id === "projection-2030")!.cells.status).toBe("전망");
  });
});

describe("targetPathModel's value axis", () => {
  it("tops out at the next 5 above the actual and projected values and the goal", () => {
    // The $20 billion goal is the highest thing drawn.
    expect(targetPathModel(data, "en").plot.valueTop).toBe(20);
    const copy = structuredClone(data);
    copy.annualExports.points.find((p) => p.year === 2022)!.value = 21.5;
    expect(targetPathModel(copy, "en").plot.valueTop).toBe(25);
  });
});

describe("TargetPathChart", () => {
  it("draws the actual line, the dashed projection, the goal and the labelled rate bars", () => {
    const { svg, texts } = renderPlot(TargetPathChart, targetPathModel(data, "en").plot);
    const lines = svg.querySelectorAll(".recharts-line-curve");
    expect(lines).toHaveLength(2);
    expect(lines[1]!.getAttribute("stroke-dasharray")).toBe("7 5");
    expect(svg.querySelectorAll(".kdem-rate-bars rect")).toHaveLength(4);
    expect(texts()).toEqual(
      expect.arrayContaining([
        "Projection at the rate needed: up to +5.9% a year",
        "2030 goal: $20B",
        ">$15B",
        "Needed 2025–2030",
        "≈ +38% a year",
      ]),
    );
  });
});
