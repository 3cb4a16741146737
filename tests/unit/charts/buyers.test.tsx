import { describe, expect, it } from "vitest";
import { buyersModel, OTHER } from "@/charts/buyers/model.ts";
import BuyersChart from "@/charts/buyers/BuyersChart.tsx";
import { loadDataset } from "../../support/dataset.ts";
import { renderPlot } from "./render-plot.tsx";

const data = loadDataset();

describe("buyersModel", () => {
  const model = buyersModel(data, "en");

  it("computes Poland's weight in 2022 from its deals and the year's total", () => {
    // 5.76 + 3.0 + 3.55 of Poland's 2022 executive contracts, against DAPA's $17.3 billion.
    expect(model.spec.takeaway).toBe(
      "Poland's deals in 2022 came to ≈ $12.3 billion, ≈ 71.2% of that year's $17.3 billion in export contracts.",
    );
  });

  it("stacks the three largest buyers and the rest, by year", () => {
    expect(model.plot.series.map((s) => s.key)).toEqual(["POL", "ARE", "SAU", OTHER]);
    const y2022 = model.plot.years.find((y) => y.year === 2022)!;
    expect(y2022.segments.POL).toBeCloseTo(12.31, 10);
    expect(y2022.segments.ARE).toBe(3.5);
    expect(y2022.segments[OTHER]).toBeCloseTo(2.3, 10);
    expect(y2022).toMatchObject({ annualTotal: 17.3, label: "≈$18.1B" });
    expect(model.plot.years.map((y) => y.year)).toEqual([2011, 2013, 2014, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it("tops the value axis at the next 5 above the tallest bar or annual total of the range", () => {
    // 2022's deals ($18.1 billion) stand above its total ($17.3 billion).
    expect(model.plot.valueTop).toBe(20);
    // 2021's total ($7.25 billion) sets it, not its deals ($0.72 billion, which would stop at 5).
    expect(buyersModel(data, "en", { from: 2021, to: 2021 }).plot.valueTop).toBe(10);
  });

  it("keeps a year's tooltip to a few lines: buyer with share of the year's total, the rest, the total, the source", () => {
    const tip = model.plot.tooltip(model.plot.years.find((y) => y.year === 2022)!);
    expect(tip.title).toBe("2022: ≈ $18.1 billion (deals listed: 7)");
    expect(1 + tip.lines.length).toBeLessThanOrEqual(5);
    expect(tip.lines[0]).toMatch(/^Poland: ≈? ?\$[\d.]+ billion, ≈ \d+(\.\d)?% of the year's total$/);
    expect(tip.lines).toContain("Annual total, all contracts: $17.3 billion");
    expect(tip.lines.at(-1)).toMatch(/^Sources: .+, 20\d\d and \d+ more \(see the table\)$/);
    // Every year, in both languages, stays as short.
    for (const lang of ["en", "ko"] as const) {
      const m = buyersModel(data, lang);
      for (const y of m.plot.years) expect(1 + m.plot.tooltip(y).lines.length).toBeLessThanOrEqual(5);
    }
    expect(model.plot.tooltip(model.plot.years.find((y) => y.year === 2013)!).title).toBe(
      "2013: value not reported (deals listed: 1)",
    );
  });

  it("tables every deal, valued or not, and each year's sum against the annual total", () => {
    const rows = model.spec.table.rows;
    expect(rows.filter((r) => r.id.startsWith("deal-"))).toHaveLength(data.deals.length);
    expect(rows.find((r) => r.id === "deal-2013-irq-fa50")!.cells).toMatchObject({
      buyer: "Iraq",
      value: "value not reported",
    });
    expect(rows.find((r) => r.id === "deals-2013")!.cells.value).toBe("value not reported");
    expect(rows.find((r) => r.id === "deals-2022")!.cells).toMatchObject({
      buyer: "All deals listed",
      deal: "Annual total, all contracts: $17.3 billion",
      value: "≈ $18.1 billion",
    });
    expect(model.spec.basis).toMatch(/not the annual totals/);
  });

  it("filters years by range and names the buyers of the range", () => {
    const recent = buyersModel(data, "en", { from: 2023, to: 2025 });
    expect(recent.span).toEqual({ min: 2011, max: 2026 });
    expect(recent.plot.years.map((y) => y.year)).toEqual([2023, 2024, 2025]);
    expect(recent.plot.series.map((s) => s.key)).toEqual(["POL", "SAU", "IRQ", OTHER]);
    expect(recent.spec.sources.map((s) => s.id)).not.toContain("mbn-2012-01-28");
    expect(buyersModel(data, "en").spec.sources.map((s) => s.id)).toEqual(
      expect.arrayContaining(["mbn-2012-01-28", "koreaherald-2022-09-16", "wowtv-2026-01-14"]),
    );
  });

  it("speaks Korean", () => {
    const ko = buyersModel(data, "ko");
    expect(ko.spec.takeaway).toBe(
      "2022년 폴란드 대상 계약은 약 123억 달러로, 그해 수주액 173억 달러의 약 71.2%를 차지했습니다.",
    );
    expect(ko.plot.series.at(-1)!.name).toBe("기타 구매국");
  });
});

describe("BuyersChart", () => {
  it("stacks a segment per buyer present each year, ticks the annual totals and keys every series", () => {
    const model = buyersModel(data, "en");
    const { svg, texts } = renderPlot(BuyersChart, model.plot);
    const segments = model.plot.years.reduce((n, y) => n + Object.values(y.segments).filter((v) => v > 0).length, 0);
    expect(svg.querySelectorAll(".kdem-bar")).toHaveLength(segments);
    expect(svg.querySelectorAll(".kdem-total-tick")).toHaveLength(
      model.plot.years.filter((y) => y.annualTotal !== undefined).length,
    );
    expect(texts()).toEqual(
      expect.arrayContaining([
        "Poland",
        "United Arab Emirates",
        "Saudi Arabia",
        "Other buyers",
        "Annual total, all contracts",
        "≈$18.1B",
        "2013",
      ]),
    );
    // The value axis ends at the model's top.
    expect(texts()).toContain("$20B");
    expect(texts()).not.toContain("$25B");
  });

  it("outlines every segment of a focused year in ink, and the others in the surface colour", () => {
    const drawn = (focus?: number) => {
      const { svg, unmount } = renderPlot(BuyersChart, buyersModel(data, "en", { focus }).plot);
      // A bar's own stroke, else its layer's.
      const edge = (p: Element) =>
        `${p.getAttribute("stroke") ?? p.parentElement!.getAttribute("stroke")} ` +
        `${p.getAttribute("stroke-width") ?? p.parentElement!.getAttribute("stroke-width")}`;
      const bars = [...svg.querySelectorAll(".kdem-bar")];
      const found = {
        edges: new Set(bars.map(edge)),
        bars: bars.map((p) => p.getAttribute("d")),
        outlined: bars.filter((p) => edge(p) === "var(--color-ink) 2").map((p) => p.getAttribute("d")),
        // The x axis's year labels, each at its band's centre (only years with deals have a band).
        labels: [...svg.querySelectorAll(".recharts-xAxis-tick-labels text")].map((t) => ({
          year: Number(t.textContent),
          x: Number(t.getAttribute("x")),
        })),
      };
      unmount();
      return found;
    };
    const unfocused = drawn();
    expect(unfocused.edges).toEqual(new Set(["var(--color-surface) 1"]));
    const focused = drawn(2022);
    const year2022 = buyersModel(data, "en").plot.years.find((y) => y.year === 2022)!;
    const shown2022 = Object.values(year2022.segments).filter((v) => v > 0).length;
    expect(shown2022).toBeGreaterThan(1);
    expect(focused.edges).toEqual(new Set(["var(--color-surface) 1", "var(--color-ink) 2"]));
    expect(focused.outlined).toHaveLength(shown2022);
    // Nothing moved, and the outlined bars are one column: 2022's, centred under its label.
    expect(focused.bars).toEqual(unfocused.bars);
    const spans = focused.outlined.map((d) => {
      const [left, width] = [Number(/^M ?([\d.]+)/.exec(d!)![1]), Number(/h ([\d.]+)/.exec(d!)?.[1] ?? NaN)];
      return { left, width };
    });
    expect(new Set(spans.map((s) => s.left)).size).toBe(1);
    const x2022 = focused.labels.find((l) => l.year === 2022)!.x;
    expect(Math.abs(spans[0]!.left + spans[0]!.width / 2 - x2022)).toBeLessThan(1);
  });
});
