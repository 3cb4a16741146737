/** The bench's arithmetic and its reading of design §6: medians, formatting, pass/fail per budget. */
import { describe, expect, it } from "vitest";
import {
  budgetLines,
  formatBudgets,
  lcpRatio,
  limitTable,
  type PageFigures,
  type ScaleFigures,
} from "../../scripts/bench/budgets.ts";
import { benchPages, filterPages, staticPage, type BenchPage } from "../../scripts/bench/pages.ts";
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

describe("bench pages", () => {
  const pages = ["/bench-static-annual-exports.html", "/", "/embed/buyers", "/embed/world-share", "/present"].map(
    (path): BenchPage => ({
      kind:
        path === "/" ? "explorer" : path === "/present" ? "present" : path.startsWith("/bench") ? "static" : "embed",
      path,
      file: "",
      built: true,
      chartSelector: null,
    }),
  );
  const paths = (filter: string | undefined) => filterPages(pages, filter).map((p) => p.path);

  it("keeps pages by kind or path, and always the static page every ratio needs", () => {
    expect(paths(undefined)).toHaveLength(5);
    expect(paths("embed")).toEqual(["/bench-static-annual-exports.html", "/embed/buyers", "/embed/world-share"]);
    expect(paths("explorer,/present")).toEqual(["/bench-static-annual-exports.html", "/", "/present"]);
    expect(paths("buyers")).toEqual(["/bench-static-annual-exports.html", "/embed/buyers"]);
  });

  it("measures the explorer's default view, a linked view and the static page", () => {
    const all = benchPages("/nonexistent-dist");
    expect(all.filter((p) => p.kind === "explorer").map((p) => p.path)).toEqual(["/", "/?chart=world-share"]);
    expect(all.filter((p) => p.kind === "static")).toHaveLength(1);
    expect(all.every((p) => !p.built)).toBe(true);
  });

  it("makes the static page from the chart's SVG alone: its title, no script, no stylesheet, no icon request", () => {
    const svg = `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"><title>Exports &amp; goals</title><rect/></svg>\n`;
    const html = staticPage(svg);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toContain("<?xml");
    expect(html).toContain("<title>Exports &amp; goals</title>");
    expect(html).toContain('<h1 style="font-size:1.25rem;margin:0 0 8px">Exports &amp; goals</h1>');
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg">');
    expect(html).not.toMatch(/<script|<link rel="stylesheet"/);
    // Its icon is inline, as every page of the app's is: a /favicon.ico request would weigh on its LCP.
    expect([...html.matchAll(/<link [^>]*>/g)].map((m) => m[0])).toEqual(['<link rel="icon" href="data:," />']);
  });
});

describe("design §6 budgets", () => {
  const reference: PageFigures = {
    path: "/bench-static-annual-exports.html",
    kind: "static",
    built: true,
    chartWithoutJs: true,
    metrics: { lcp: s(740, 760, 750), tbt: s(0), lhPerformance: s(100) },
  };
  const explorer: PageFigures = {
    path: "/",
    kind: "explorer",
    built: true,
    chartWithoutJs: true,
    metrics: {
      jsBeforeChart: s(0, 0, 0),
      lhPerformance: s(98, 99, 99),
      lhAccessibility: s(100),
      cls: s(0.001, 0, 0),
      tbt: s(40, 60, 50),
      lcp: s(900, 910, 880), // 900 / 750 = 1.2
    },
  };
  const linked: PageFigures = {
    path: "/?chart=world-share",
    kind: "explorer",
    built: true,
    chartWithoutJs: false,
    metrics: { jsBeforeChart: s(1), lhPerformance: s(98), tbt: s(51), cls: s(0.001), lcp: s(901) },
  };
  const embed: PageFigures = {
    path: "/embed/buyers",
    kind: "embed",
    built: true,
    chartWithoutJs: true,
    metrics: {
      bytesBeforeChart: s(30_001),
      jsInteraction: s(15_000),
      jsReachable: s(150_001),
      lhPerformance: s(100),
      lhAccessibility: s(99),
      cls: s(0),
      lcp: s(826), // 1.101 × 750
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
  const lines = budgetLines([reference, explorer, linked, embed, missing, present], scale);
  const verdict = (page: string, budget: RegExp) => {
    const found = lines.filter((l) => l.page === page && budget.test(l.budget));
    expect(found, `${page} ${budget}`).toHaveLength(1);
    return found[0]!.pass;
  };

  it("judges the explorer and a linked view on their medians, at the limits design §6 sets", () => {
    expect(verdict("/", /painted from the HTML/)).toBe(true);
    expect(verdict("/", /0 bytes of JS/)).toBe(true);
    expect(verdict("/", /performance ≥ 99/)).toBe(true);
    expect(verdict("/", /TBT ≤ 50/)).toBe(true);
    expect(verdict("/", /CLS 0/)).toBe(true); // the median is 0
    expect(verdict("/", /LCP ≤ 1.2/)).toBe(true); // exactly 1.2 × is within
    expect(verdict("/?chart=world-share", /painted from the HTML/)).toBe(false);
    expect(verdict("/?chart=world-share", /0 bytes of JS/)).toBe(false);
    expect(verdict("/?chart=world-share", /performance ≥ 99/)).toBe(false);
    expect(verdict("/?chart=world-share", /TBT ≤ 50/)).toBe(false);
    expect(verdict("/?chart=world-share", /CLS 0/)).toBe(false);
    expect(verdict("/?chart=world-share", /LCP ≤ 1.2/)).toBe(false);
    expect(verdict("/?chart=world-share", /accessibility/)).toBeNull(); // not measured
  });

  it("judges embeds, including the no-JS chart and the interaction script, and leaves unbuilt pages unjudged", () => {
    expect(verdict("/embed/buyers", /before any JS/)).toBe(true);
    expect(verdict("/embed/buyers", /30 KB/)).toBe(false);
    expect(verdict("/embed/buyers", /LCP ≤ 1.1/)).toBe(false);
    expect(verdict("/embed/buyers", /hover and keyboard ≤ 15 KB/)).toBe(true);
    expect(verdict("/embed/buyers", /non-baked view ≤ 150 KB/)).toBe(false);
    expect(verdict("/embed/buyers", /accessibility 100/)).toBe(false);
    expect(
      lines.filter((l) => l.page === "/embed/target-path").every((l) => l.pass === null && l.measured === "not built"),
    ).toBe(true);
    expect(lines.some((l) => l.page === "/present" || l.page === reference.path)).toBe(false);
  });

  it("leaves the LCP ratio unjudged when the static page was not measured", () => {
    const alone = budgetLines([explorer], []);
    expect(alone.find((l) => /LCP/.test(l.budget))).toMatchObject({ pass: null, measured: "not measured" });
    expect(lcpRatio(explorer, { ...reference, built: false })).toBeNull();
    expect(lcpRatio(explorer, reference)).toBeCloseTo(1.2);
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
    expect(text).toMatch(/^FAIL +\/\?chart=world-share +LCP ≤ 1\.2 × the static page: 1\.20 × static$/m);
    expect(text).toMatch(/^PASS +\/ +LCP ≤ 1\.2 × the static page: 1\.20 × static$/m);
    expect(text).toMatch(/^n\/a +\/embed\/target-path +not built \(8 budgets\)$/m);
    expect(text).toMatch(/^n\/a +scale: buyers +not available \(3 budgets\)$/m);
    expect(text).toMatch(/\d+ pass, \d+ fail, 12 not measured$/);
  });

  it("prints each page's LCP and TBT beside the static page's, with the ratio", () => {
    const text = limitTable([reference, explorer, linked, missing]);
    expect(text).toMatch(
      /^\/bench-static-annual-exports\.html \(no JS: the limit\) +750 \(740–760\) +1\.00× +0 +100$/m,
    );
    expect(text).toMatch(/^\/ +900 \(880–910\) +1\.20× +50 \(40–60\) +99 \(98–99\)$/m);
    expect(text).not.toContain("target-path");
  });
});
