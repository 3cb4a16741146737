import { describe, expect, it } from "vitest";
import { worldShareModel } from "@/charts/world-share/model.ts";
import WorldShareChart from "@/charts/world-share/WorldShareChart.tsx";
import { loadDataset } from "../../support/dataset.ts";
import { renderPlot } from "./render-plot.tsx";

const data = loadDataset();

describe("worldShareModel", () => {
  const model = worldShareModel(data, "en");

  it("sets 2.2% in 2020–24 against both share goals, with the gap computed", () => {
    expect(model.spec.takeaway).toBe(
      "Korea delivered 2.2% of the world's major arms in 2020–24, against goals of 5% by 2027, 6% by 2030; 6% is 3.8 percentage points more, 2.7 times that share. SIPRI's newer 2021–25 figure is ≈ 3%.",
    );
    expect(model.plot.targets).toEqual([
      { value: 5, label: "5% by 2027" },
      { value: 6, label: "6% by 2030" },
    ]);
  });

  it("singles out the latest exact share and marks the approximate one", () => {
    const labelled = model.plot.bars.filter((b) => b.label);
    expect(labelled.map((b) => [b.period, b.label, b.isLatestExact])).toEqual([
      ["2020–24", "2.2%", true],
      ["2021–25", "≈ 3%", false],
    ]);
    expect(model.plot.bars).toHaveLength(data.worldShare.points.length);
  });

  it("says SIPRI measures delivered volume, not dollars, and names each figure's edition in the table", () => {
    expect(model.spec.basis).toMatch(/volume of major conventional arms delivered/);
    expect(model.spec.basis).toMatch(/not US dollars/);
    expect(model.spec.basis).toMatch(/revises past figures/);
    const row = model.spec.table.rows.find((r) => r.id === "share-2020-24")!;
    expect(row.cells).toEqual({
      period: "2020–24",
      value: "2.2%",
      rank: "10th",
      edition: "SIPRI, Mar 2025 edition",
      sources: expect.stringContaining("JoongAng"),
    });
    expect(model.spec.table.rows.find((r) => r.id === "share-2010-14")!.cells.rank).toBe("—");
  });

  it("cites the sources of the periods shown and of the goals", () => {
    const ids = model.spec.sources.map((s) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining(["joongang-2025-03-10", "voa-2026-03-11", "wowtv-2026-01-14", "joongang-2022-11-24"]),
    );
  });

  it("filters periods by end year and keeps the takeaway on the full series", () => {
    const recent = worldShareModel(data, "en", { from: 2019, to: 2024 });
    expect(recent.span).toEqual({ min: 2013, max: 2025 });
    expect(recent.plot.bars.map((b) => b.period)).toEqual([
      "2015–19",
      "2016–20",
      "2017–21",
      "2018–22",
      "2019–23",
      "2020–24",
    ]);
    expect(recent.spec.sources.map((s) => s.id)).not.toContain("hankooki-2019-03-18");
    expect(recent.spec.takeaway).toBe(model.spec.takeaway);
  });

  it("labels a focused period and draws as a line on request", () => {
    const focused = worldShareModel(data, "en", { focus: 2016, type: "line" });
    expect(focused.plot.type).toBe("line");
    expect(focused.plot.bars.find((b) => b.year === 2016)!.label).toBe("1%");
  });

  it("speaks Korean", () => {
    const ko = worldShareModel(data, "ko");
    expect(ko.plot.bars.at(-1)!.period).toBe("2021~2025년");
    expect(ko.plot.bars.at(-1)!.label).toBe("약 3%");
    expect(ko.plot.targets[1]!.label).toBe("2030년까지 6%");
    expect(ko.spec.takeaway).toContain("3.8%p");
    expect(ko.spec.table.rows.at(-1)!.cells.edition).toBe("SIPRI 2026년 3월판");
  });
});

describe("WorldShareChart", () => {
  it("draws one bar per period, both goal lines and the two story labels", () => {
    const { svg, texts } = renderPlot(WorldShareChart, worldShareModel(data, "en").plot);
    expect(svg.querySelectorAll(".recharts-bar-rectangle")).toHaveLength(data.worldShare.points.length);
    expect(svg.querySelectorAll(".recharts-reference-line")).toHaveLength(2);
    expect(texts()).toEqual(expect.arrayContaining(["5% by 2027", "6% by 2030", "2.2%", "≈ 3%"]));
  });

  it("draws a line with one dot per period", () => {
    const { svg } = renderPlot(WorldShareChart, worldShareModel(data, "en", { type: "line" }).plot);
    expect(svg.querySelectorAll(".recharts-line-curve")).toHaveLength(1);
    expect(svg.querySelectorAll(".recharts-line-dots circle")).toHaveLength(data.worldShare.points.length);
  });
});
