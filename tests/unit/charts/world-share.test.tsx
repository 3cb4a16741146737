import { describe, expect, it } from "vitest";
import { worldShareModel } from "@/charts/world-share/model.ts";
import WorldShareChart from "@/charts/world-share/WorldShareChart.tsx";
import { loadDataset } from "../../support/dataset.ts";
import { renderPlot } from "./render-plot.tsx";

const data = loadDataset();

describe("worldShareModel", () => {
  const model = worldShareModel(data, "en");
  const windows = data.sipri.years.end - data.sipri.years.start - 3;

  it("leads with where Korea stands in SIPRI's newest edition, against both goals, and the computed trend", () => {
    expect(model.spec.takeaway).toBe(
      "Korea delivered ≈ 3% of the world's major arms in 2021–25 (SIPRI, Mar 2026 edition), against goals of 5% by 2027, 6% by 2030; 6% is ≈ 3 percentage points more, ≈ 2 times that share. Computed from one edition of SIPRI's database, Korea's share went from 0.9% in 2010–14 to 2.2% in 2020–24.",
    );
    expect(model.plot.targets).toEqual([
      { value: 5, label: "5% by 2027" },
      { value: 6, label: "6% by 2030" },
    ]);
  });

  it("draws one computed bar per window of the database, then SIPRI's newest edition as a bar of its own", () => {
    expect(model.plot.bars).toHaveLength(windows + 1);
    expect(model.plot.bars.slice(0, -1).every((b) => b.source === "computed" && b.qualifier === "exact")).toBe(true);
    expect(model.plot.bars.at(-1)).toMatchObject({
      period: "2021–25",
      source: "published",
      isCurrent: true,
      label: "≈ 3%",
    });
    expect(model.plot.bars.filter((b) => b.label).map((b) => [b.period, b.label])).toEqual([
      ["2020–24", "2.2%"],
      ["2021–25", "≈ 3%"],
    ]);
  });

  it("keeps what SIPRI published in each edition beside the computed share, and says which is which", () => {
    expect(model.spec.basis).toMatch(/not US dollars/);
    expect(model.spec.basis).toMatch(/one edition of the SIPRI Arms Transfers Database/);
    const row = model.spec.table.rows.find((r) => r.id === "share-2020-24")!;
    expect(row.cells).toMatchObject({
      period: "2020–24",
      value: "2.2%",
      rank: "10th",
      basis: expect.stringMatching(/^Computed by K-Defense Export Monitor/),
      published: "Published in SIPRI, Mar 2025 edition: 2.2% (10th)",
    });
    // The 2018–22 share SIPRI published (2.4%, 9th) differs from today's edition of the same window.
    expect(model.spec.table.rows.find((r) => r.id === "share-2018-22")!.cells.published).toBe(
      "Published in SIPRI, Mar 2023 edition: 2.4% (9th)",
    );
    expect(model.spec.table.rows.find((r) => r.id === "share-computed-1995-1999")!.cells.published).toBe("—");
    // The edition's own label already names SIPRI: the line must not say it twice.
    const ko = worldShareModel(data, "ko").spec.table.rows.find((r) => r.id === "share-2020-24")!;
    expect(ko.cells.published).toMatch(/^SIPRI 2025년 3월판 발표: 2\.2%/);
  });

  it("cites the database, the published figures shown and the goals", () => {
    const ids = model.spec.sources.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining([data.sipri.source, "joongang-2025-03-10", "voa-2026-03-11"]));
  });

  it("filters windows by end year and keeps the takeaway on the full series", () => {
    const recent = worldShareModel(data, "en", { from: 2019, to: 2024 });
    expect(recent.span).toEqual({ min: 1999, max: 2025 });
    expect(recent.plot.bars.map((b) => b.period)).toEqual([
      "2015–19",
      "2016–20",
      "2017–21",
      "2018–22",
      "2019–23",
      "2020–24",
    ]);
    expect(recent.spec.takeaway).toBe(model.spec.takeaway);
  });

  it("labels a focused window and draws as a line on request", () => {
    const focused = worldShareModel(data, "en", { focus: 2016, type: "line" });
    expect(focused.plot.type).toBe("line");
    expect(focused.plot.bars.find((b) => b.year === 2016)!.label).toMatch(/^\d(\.\d)?%$/);
  });

  it("speaks Korean", () => {
    const ko = worldShareModel(data, "ko");
    expect(ko.plot.bars.at(-1)!.period).toBe("2021~2025년");
    expect(ko.plot.bars.at(-1)!.label).toBe("약 3%");
    expect(ko.plot.targets[1]!.label).toBe("2030년까지 6%");
    expect(ko.spec.takeaway).toContain("약 3%p");
  });
});

describe("WorldShareChart", () => {
  it("draws one bar per window, both goal lines and the two story labels", () => {
    const { svg, texts } = renderPlot(WorldShareChart, worldShareModel(data, "en").plot);
    const bars = [...svg.querySelectorAll(".kdem-bar")];
    expect(bars).toHaveLength(data.sipri.years.end - data.sipri.years.start - 2);
    expect(svg.querySelectorAll(".recharts-reference-line")).toHaveLength(2);
    expect(texts()).toEqual(expect.arrayContaining(["5% by 2027", "6% by 2030", "2.2%", "≈ 3%"]));
    // Approximate shares are outlined in dashes as well as hatched; exact ones have no edge.
    const approximate = worldShareModel(data, "en").plot.bars.map((b) => b.qualifier !== "exact");
    expect(bars.map((b) => b.getAttribute("stroke-dasharray") === "3 2")).toEqual(approximate);
    expect(approximate).toContain(true);
  });

  it("draws a line with one dot per window", () => {
    const { svg } = renderPlot(WorldShareChart, worldShareModel(data, "en", { type: "line" }).plot);
    expect(svg.querySelectorAll(".recharts-line-curve")).toHaveLength(1);
    expect(svg.querySelectorAll(".recharts-line-dots circle")).toHaveLength(
      data.sipri.years.end - data.sipri.years.start - 2,
    );
  });
});
