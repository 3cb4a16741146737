import { describe, expect, it } from "vitest";
import AnnualExportsChart from "@/charts/annual-exports/AnnualExportsChart.tsx";
import { annualExportsModel } from "@/charts/annual-exports/model.ts";
import type { Dataset } from "@/data/schema.ts";
import { loadDataset } from "../../support/dataset.ts";
import { renderPlot, TEST_SIZE } from "./render-plot.tsx";

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

  it("says in its subtitle what the hatched bars and the whiskers in view mean", () => {
    expect(annualExportsModel(data, "en").spec.subtitle).toBe(
      "Contracts signed in each year, USD billion (nominal); hatched: estimate; whiskers: range the sources give",
    );
    expect(annualExportsModel(data, "ko").spec.subtitle).toBe(
      "해당 연도 수주(계약) 금액, 억 달러(명목). 빗금: 추정치. 세로 선: 출처별 수치 범위",
    );
    // A line has no hatching; a range without estimate years has none to explain.
    expect(annualExportsModel(data, "en", { type: "line" }).spec.subtitle).not.toMatch(/hatched/);
    expect(annualExportsModel(data, "en", { from: 2021 }).spec.subtitle).not.toMatch(/hatched/);
    expect(annualExportsModel(data, "en", { from: 2021 }).spec.subtitle).toMatch(/whiskers/);
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

describe("annualExportsModel's value axis", () => {
  const withPoint = (year: number, change: (p: Dataset["annualExports"]["points"][number]) => void) => {
    const copy = structuredClone(data);
    change(copy.annualExports.points.find((p) => p.year === year)!);
    return annualExportsModel(copy, "en").plot.valueTop;
  };

  it("tops out at the next 5 above every value, every source's reading and the goal", () => {
    // The $20 billion goal stands above the 2022 record of $17.3 billion, and far above 2011–14's years.
    expect(annualExportsModel(data, "en").plot.valueTop).toBe(20);
    expect(annualExportsModel(data, "en", { from: 2011, to: 2014 }).plot.valueTop).toBe(20);
    expect(withPoint(2022, (p) => (p.value = 22))).toBe(25);
    // A source reading higher than the headline value counts too.
    expect(
      withPoint(2023, (p) =>
        (p.alternates ??= []).push({
          value: 23.5,
          qualifier: "exact",
          sources: p.sources,
          note: { en: "test", ko: "test" },
        }),
      ),
    ).toBe(25);
  });
});

describe("AnnualExportsChart", () => {
  const lines = (el: Element) =>
    [...el.querySelectorAll("line")].map((l) => ({
      x1: Number(l.getAttribute("x1")),
      y1: Number(l.getAttribute("y1")),
      x2: Number(l.getAttribute("x2")),
      y2: Number(l.getAttribute("y2")),
    }));

  it("draws a whisker over each year the sources dispute, from its lowest to its highest reading, in both chart types", () => {
    for (const type of ["bar", "line"] as const) {
      const { plot } = annualExportsModel(data, "en", { type });
      const disputed = plot.rows.filter((r) => r.high > r.low);
      expect(disputed.length).toBeGreaterThan(0);
      const { svg, unmount } = renderPlot(AnnualExportsChart, plot);
      // The value scale, from the grid: a line at 0 and one at the axis's top.
      const grid = lines(svg.querySelector(".recharts-cartesian-grid-horizontal")!).map((l) => l.y1);
      const [zero, top] = [Math.max(...grid), Math.min(...grid)];
      const y = (value: number) => zero + ((top - zero) * value) / plot.valueTop;
      const whiskers = [...svg.querySelectorAll(".kdem-whisker")];
      expect(whiskers).toHaveLength(disputed.length);
      whiskers.forEach((whisker, i) => {
        const [high, stem, low] = lines(whisker);
        expect(stem!.x1).toBe(stem!.x2);
        expect(stem!.x1).toBeCloseTo((high!.x1 + high!.x2) / 2, 6);
        expect(high!.y1).toBeCloseTo(y(disputed[i]!.high), 1);
        expect(low!.y1).toBeCloseTo(y(disputed[i]!.low), 1);
        expect([stem!.y1, stem!.y2]).toEqual([low!.y1, high!.y1]);
        // On its year's point, or over its bar's middle (Recharts places a bar to the whole pixel).
        const at = plot.rows.indexOf(disputed[i]!);
        if (type === "line") {
          const dot = svg.querySelectorAll(".recharts-line-dots circle")[at]!;
          expect(stem!.x1).toBeCloseTo(Number(dot.getAttribute("cx")), 6);
        } else {
          const d = svg.querySelectorAll(".kdem-bar")[at]!.getAttribute("d")!;
          const xs = [...d.matchAll(/[ML]\s*(-?[\d.]+)/g)].map((m) => Number(m[1]));
          expect(Math.abs(stem!.x1 - (Math.min(...xs) + Math.max(...xs)) / 2)).toBeLessThan(0.5);
        }
      });
      unmount();
    }
  });

  it("grows each whisker from its value when the marks animate, and leaves one already drawn still when animation starts", () => {
    const { plot } = annualExportsModel(data, "en");
    const animated = renderPlot(AnnualExportsChart, plot, { ...TEST_SIZE, animate: true });
    const grown = [...animated.svg.querySelectorAll<SVGGElement>(".kdem-whisker")];
    expect(grown.length).toBeGreaterThan(0);
    for (const whisker of grown) {
      expect(whisker.classList.contains("kdem-whisker-grow")).toBe(true);
      const stem = whisker.querySelectorAll("line")[1]!;
      // From the value's point: on the stem, between its ends.
      const [x, y] = whisker.style.transformOrigin.split(" ").map((v) => parseFloat(v));
      expect(x).toBe(Number(stem.getAttribute("x1")));
      expect(y!).toBeGreaterThanOrEqual(Number(stem.getAttribute("y2")));
      expect(y!).toBeLessThanOrEqual(Number(stem.getAttribute("y1")));
    }
    animated.unmount();

    // A page drawn from its HTML turns animation on with the reader's first change of view.
    const still = renderPlot(AnnualExportsChart, plot);
    still.rerender(<AnnualExportsChart {...plot} size={{ ...TEST_SIZE, animate: true }} />);
    const whiskers = [...still.container.querySelectorAll(".kdem-whisker")];
    expect(whiskers.length).toBe(grown.length);
    expect(whiskers.filter((w) => w.classList.contains("kdem-whisker-grow"))).toEqual([]);
  });

  it("moves its whiskers at once on a resize or a type switch, and grows new ones only for a new range", () => {
    const animate = { ...TEST_SIZE, animate: true };
    const { plot } = annualExportsModel(data, "en");
    const chart = renderPlot(AnnualExportsChart, plot, animate);
    const whiskers = () => [...chart.container.querySelectorAll<SVGGElement>(".kdem-whisker")];
    const stemX = (w: SVGGElement) => Number(w.querySelectorAll("line")[1]!.getAttribute("x1"));
    const drawn = whiskers();
    expect(drawn.length).toBeGreaterThan(0);
    const drawnAt = drawn.map(stemX);
    const stillDrawn = () => whiskers().length === drawn.length && whiskers().every((w, i) => w === drawn[i]);

    // The same elements, moved: a remounted whisker would run its growth again.
    chart.rerender(<AnnualExportsChart {...plot} size={{ ...animate, width: 420 }} />);
    expect(stillDrawn()).toBe(true);
    expect(whiskers().map(stemX)).not.toEqual(drawnAt);
    const line = annualExportsModel(data, "en", { type: "line" }).plot;
    chart.rerender(<AnnualExportsChart {...line} size={{ ...animate, width: 420 }} />);
    expect(stillDrawn()).toBe(true);

    const later = annualExportsModel(data, "en", { from: 2015 }).plot;
    chart.rerender(<AnnualExportsChart {...later} size={{ ...animate, width: 420 }} />);
    expect(whiskers().length).toBe(drawn.length);
    for (const whisker of whiskers()) {
      expect(drawn.includes(whisker)).toBe(false);
      expect(whisker.classList.contains("kdem-whisker-grow")).toBe(true);
    }
  });
});
