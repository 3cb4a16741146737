import { describe, expect, it } from "vitest";
import { topExportersModel } from "@/charts/top-exporters/model.ts";
import TopExportersChart from "@/charts/top-exporters/TopExportersChart.tsx";
import { chartModel } from "@/charts/registry.ts";
import { loadDataset } from "../../support/dataset.ts";
import { renderPlot } from "./render-plot.tsx";

const data = loadDataset();

const W2020 = { window: { start: 2020, end: 2024 } };

describe("topExportersModel", () => {
  const model = topExportersModel(data, "en", W2020);

  it("shows SIPRI's newest edition by default, its partial list with the ranks SIPRI gave", () => {
    const latest = topExportersModel(data, "en");
    expect(latest.spec.title).toBe("The world's largest arms exporters, 2021–25");
    expect(latest.plot.bars.map((b) => [b.code, b.rank])).toEqual([
      ["USA", 1],
      ["FRA", 2],
      ["RUS", 3],
      ["DEU", 4],
      ["CHN", 5],
      ["KOR", 9],
    ]);
    expect(latest.spec.takeaway).toBe(
      "South Korea was the 9th-largest exporter in 2021–25 with ≈ 3%. Reaching 4th place, the goal, means passing Germany's 5.7%: ≈ 2.7 percentage points more, ≈ 1.9 times Korea's share.",
    );
  });

  it("computes a window SIPRI published no list for from the database, and says so", () => {
    const older = chartModel("top-exporters", data, "en", { window: { start: 2010, end: 2014 } });
    if (older.id !== "top-exporters") throw new Error("not top-exporters");
    expect(older.options.window).toEqual({ start: 2010, end: 2014 });
    expect(older.spec.subtitle).toContain(
      "computed by K-Defense Export Monitor from the SIPRI Arms Transfers Database",
    );
    expect(older.plot.bars.length).toBeGreaterThanOrEqual(10);
    expect(older.plot.bars.some((b) => b.code === "KOR")).toBe(true);
    expect(older.plot.bars[0]!.code).toBe("USA");
  });

  it("puts Korea 10th at 2.2% and says what fourth place takes", () => {
    expect(model.spec.takeaway).toBe(
      "South Korea was the 10th-largest exporter in 2020–24 with 2.2%. Reaching 4th place, the goal, means passing China's 5.9%: 3.7 percentage points more, 2.7 times Korea's share.",
    );
    expect(model.plot.threshold).toEqual({ value: 5.9, label: "4th place: 5.9%" });
    const korea = model.plot.bars.find((b) => b.isSubject)!;
    expect(korea).toMatchObject({ code: "KOR", rank: 10, value: 2.2, label: "2.2% · 10th" });
    expect(model.plot.bars.find((b) => b.isThreshold)!.code).toBe("CHN");
  });

  it("draws the ten ranked countries and lists the rest of the world only in the table", () => {
    expect(model.plot.bars.map((b) => b.code)).toEqual([
      "USA",
      "FRA",
      "RUS",
      "CHN",
      "DEU",
      "ITA",
      "GBR",
      "ISR",
      "ESP",
      "KOR",
    ]);
    const rows = model.spec.table.rows;
    expect(rows).toHaveLength(11);
    expect(rows.at(-1)!.cells).toMatchObject({ rank: "—", country: "Rest of world", value: "11.4%" });
    expect(rows[3]!.cells).toMatchObject({ rank: "4th", country: "China", value: "5.9%" });
  });

  it("has no year axis and one chart type", () => {
    expect(model.span).toBeNull();
    expect(chartModel("top-exporters", data, "en").types).toEqual(["bar"]);
    expect(topExportersModel(data, "en", { ...W2020, from: 2010, to: 2012 }).plot.bars).toHaveLength(10);
  });

  it("names TIV and the edition, and cites every exporter's sources and the rank goal's", () => {
    expect(model.spec.basis).toMatch(/TIV/);
    expect(model.spec.subtitle).toContain("SIPRI, Mar 2025 edition");
    expect(model.spec.sources.map((s) => s.id)).toEqual(
      expect.arrayContaining(["voz-2025-03-10", "genews-2025-09-30", "erembusiness-2025", "joongang-2025-03-10"]),
    );
  });

  it("speaks Korean", () => {
    const ko = topExportersModel(data, "ko", W2020);
    expect(ko.plot.threshold?.label).toBe("4위: 5.9%");
    expect(ko.plot.bars.at(-1)!.label).toBe("2.2% · 10위");
    expect(ko.spec.takeaway).toContain("중국의 5.9%");
    expect(ko.spec.table.rows.at(-1)!.cells.country).toBe("기타");
  });
});

describe("TopExportersChart", () => {
  it("draws ten bars, the threshold line, the bar labels and a break on the far-ahead bar", () => {
    const { svg, texts } = renderPlot(TopExportersChart, topExportersModel(data, "en", W2020).plot);
    const bars = [...svg.querySelectorAll(".kdem-bar")];
    expect(bars).toHaveLength(10);
    // South Korea, the subject, in the highlight colour; the others not.
    expect(bars.map((b) => b.getAttribute("fill") === "var(--color-bar-highlight)").filter(Boolean)).toHaveLength(1);
    expect(svg.querySelectorAll(".kdem-bar-break")).toHaveLength(1);
    expect(texts()).toEqual(expect.arrayContaining(["4th place: 5.9%", "43%", "2.2% · 10th", "South Korea", "China"]));
  });
});
