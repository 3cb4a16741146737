/** The bench's arithmetic and its reading of design §6: medians, formatting, pass/fail per budget. */
import { describe, expect, it } from "vitest";
import { budgetLines, formatBudgets, type PageFigures, type ScaleFigures } from "../../scripts/bench/budgets.ts";
import { filterPages, type BenchPage } from "../../scripts/bench/pages.ts";
import { formatStat, stat, table } from "../../scripts/bench/stats.ts";

const s = (...values: number[]) => stat(values);

describe("bench statistics", () => {
  it("takes the median, min and max of the runs", () => {
    expect(stat([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, values: [3, 1, 2] });
    expect(stat([4, 1, 3, 2])?.median).toBe(2.5);
    expect(stat([])).toBeNull();
  });

  it("prints one figure when the runs agree, else the median with its range", () => {
    expect(formatStat(s(114_141, 114_141, 114_141), "kB")).toBe("114.1");
    expect(formatStat(s(900.4, 1250, 757.8), "ms")).toBe("900 (758–1250)");
    expect(formatStat(s(0, 0.01, 0), "cls")).toBe("0.000 (0.000–0.010)");
    expect(formatStat(null, "ms")).toBe("–");
  });

  it("lays out a table with aligned columns", () => {
    expect(
      table(
        ["page", "kB"],
        [
          ["/", "1.5"],
          ["/embed/buyers", "20.0"],
        ],
      ),
    ).toBe(["page             kB", "-------------  ----", "/               1.5", "/embed/buyers  20.0"].join("\n"));
  });
});

describe("bench page filter", () => {
  const pages = ["/", "/embed/buyers", "/embed/world-share", "/present"].map((path): BenchPage => ({
    kind: path === "/" ? "explorer" : path === "/present" ? "present" : "embed",
    path,
    file: "",
    built: true,
    chartSelector: null,
  }));
  it("keeps pages by kind or path", () => {
    expect(filterPages(pages, undefined)).toHaveLength(4);
    expect(filterPages(pages, "embed").map((p) => p.path)).toEqual(["/embed/buyers", "/embed/world-share"]);
    expect(filterPages(pages, "explorer,/present").map((p) => p.path)).toEqual(["/", "/present"]);
    expect(filterPages(pages, "buyers").map((p) => p.path)).toEqual(["/embed/buyers"]);
  });
});

describe("design §6 budgets", () => {
  const explorer: PageFigures = {
    path: "/",
    kind: "explorer",
    built: true,
    chartWithoutJs: false,
    metrics: {
      jsInitial: s(99_000, 101_000, 100_000),
      lhPerformance: s(97, 98, 99),
      lhAccessibility: s(100),
      cls: s(0.03),
      tbt: s(90, 120, 100),
    },
  };
  const embed: PageFigures = {
    path: "/embed/buyers",
    kind: "embed",
    built: true,
    chartWithoutJs: true,
    metrics: {
      bytesBeforeChart: s(30_001),
      jsTotal: s(150_000),
      lhPerformance: s(100),
      lhAccessibility: s(99),
      cls: s(0),
    },
  };
  const missing: PageFigures = {
    path: "/embed/target-path",
    kind: "embed",
    built: false,
    chartWithoutJs: null,
    metrics: {},
  };
  const present: PageFigures = {
    path: "/present",
    kind: "present",
    built: true,
    chartWithoutJs: null,
    metrics: { lhPerformance: s(50) },
  };
  const scale: ScaleFigures[] = [
    { chart: "annual-exports", metrics: { firstRenderMs: s(150), rangeMs: s(200), typeMs: s(199) }, notApplicable: [] },
    { chart: "top-exporters", metrics: { firstRenderMs: s(120) }, notApplicable: ["rangeMs", "typeMs"] },
    { chart: "buyers", unavailable: "no chart model", metrics: {}, notApplicable: [] },
  ];
  const lines = budgetLines([explorer, embed, missing, present], scale);
  const verdict = (page: string, budget: RegExp) => lines.find((l) => l.page === page && budget.test(l.budget))?.pass;

  it("judges the explorer on its medians, at the limits design §6 sets", () => {
    expect(verdict("/", /JS before first chart/)).toBe(true); // 100.0 kB is within ≤ 100 KB
    expect(verdict("/", /performance ≥ 98/)).toBe(true);
    expect(verdict("/", /CLS ≤ 0.02/)).toBe(false);
    expect(verdict("/", /TBT ≤ 100/)).toBe(true);
  });

  it("judges embeds, including the no-JS chart, and leaves unbuilt pages unjudged", () => {
    expect(verdict("/embed/buyers", /before any JS/)).toBe(true);
    expect(verdict("/embed/buyers", /30 KB/)).toBe(false);
    expect(verdict("/embed/buyers", /150 KB/)).toBe(true);
    expect(verdict("/embed/buyers", /accessibility 100/)).toBe(false);
    expect(
      lines.filter((l) => l.page === "/embed/target-path").every((l) => l.pass === null && l.measured === "not built"),
    ).toBe(true);
    expect(lines.some((l) => l.page === "/present")).toBe(false);
  });

  it("holds each scale measurement under 200 ms, skipping what a chart cannot do", () => {
    expect(verdict("scale: annual-exports", /first render/)).toBe(true);
    expect(verdict("scale: annual-exports", /range change/)).toBe(false); // 200 is not under 200
    expect(lines.filter((l) => l.page === "scale: top-exporters").map((l) => l.budget)).toEqual([
      "first render < 200 ms",
    ]);
    expect(verdict("scale: buyers", /first render/)).toBeNull();
  });

  it("prints PASS/FAIL lines, one line for a page with nothing measured, and a count", () => {
    const text = formatBudgets(lines);
    expect(text).toMatch(/^FAIL +\/ +CLS ≤ 0\.02: 0\.030$/m);
    expect(text).toMatch(/^n\/a +\/embed\/target-path +not built \(6 budgets\)$/m);
    expect(text).toMatch(/^n\/a +scale: buyers +not available \(3 budgets\)$/m);
    expect(text).toMatch(/\d+ pass, \d+ fail, 9 not measured$/);
  });
});
