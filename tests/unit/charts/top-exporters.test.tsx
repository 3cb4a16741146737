import { describe, expect, it } from "vitest";
import { topExportersModel } from "@/charts/top-exporters/model.ts";
import TopExportersChart from "@/charts/top-exporters/TopExportersChart.tsx";
import { chartModel } from "@/charts/registry.ts";
import { loadDataset } from "../../support/dataset.ts";
import { renderPlot } from "./render-plot.tsx";

const data = loadDataset();

describe("topExportersModel", () => {
  const model = topExportersModel(data, "en");

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
    expect(topExportersModel(data, "en", { from: 2010, to: 2012 }).plot.bars).toHaveLength(10);
  });

  it("names TIV and the edition, and cites every exporter's sources and the rank goal's", () => {
    expect(model.spec.basis).toMatch(/TIV/);
    expect(model.spec.subtitle).toContain("SIPRI, Mar 2025 edition");
    expect(model.spec.sources.map((s) => s.id)).toEqual(
      expect.arrayContaining(["voz-2025-03-10", "genews-2025-09-30", "erembusiness-2025", "joongang-2025-03-10"]),
    );
  });

  it("speaks Korean", () => {
    const ko = topExportersModel(data, "ko");
    expect(ko.plot.threshold?.label).toBe("4위: 5.9%");
    expect(ko.plot.bars.at(-1)!.label).toBe("2.2% · 10위");
    expect(ko.spec.takeaway).toContain("중국의 5.9%");
    expect(ko.spec.table.rows.at(-1)!.cells.country).toBe("기타");
  });
});

describe("TopExportersChart", () => {
  it("draws ten bars, the threshold line, the bar labels and a break on the far-ahead bar", () => {
    const { svg, texts } = renderPlot(TopExportersChart, topExportersModel(data, "en").plot);
    expect(svg.querySelectorAll(".recharts-bar-rectangle")).toHaveLength(10);
    expect(svg.querySelectorAll(".kdem-bar-break")).toHaveLength(1);
    expect(texts()).toEqual(expect.arrayContaining(["4th place: 5.9%", "43%", "2.2% · 10th", "South Korea", "China"]));
  });
});
