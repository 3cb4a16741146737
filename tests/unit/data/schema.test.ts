import { describe, expect, it } from "vitest";
import { indexPoints } from "@/charts/registry.ts";
import { formatPath } from "@/data/schema.ts";
import { validateDataset } from "@/data/validate.ts";
import { loadDataset, rawDataset } from "../../support/dataset.ts";

function problemsOf(edit: (d: Record<string, any>) => void): string[] {
  const data = rawDataset();
  edit(data);
  const result = validateDataset(data);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe("the shipped dataset", () => {
  const data = loadDataset();

  it("is valid", () => {
    expect(validateDataset(rawDataset())).toMatchObject({ ok: true });
  });

  it("has an annual contract figure for every year 2006–2025, approximate years marked as estimates", () => {
    expect(data.annualExports.points.map((p) => p.year)).toEqual(Array.from({ length: 20 }, (_, i) => 2006 + i));
    for (const year of [2018, 2019, 2020]) {
      const p = data.annualExports.points.find((x) => x.year === year)!;
      expect(p).toMatchObject({ status: "estimate", qualifier: "approx" });
      expect(p.note?.en).toBeTruthy();
    }
  });

  it("keeps the disputed values of 2023–2025 with their own sources", () => {
    const alternates = (year: number) => data.annualExports.points.find((p) => p.year === year)!;
    expect([alternates(2023).value, ...alternates(2023).alternates!.map((a) => a.value)].sort()).toEqual([
      13, 13.5, 14,
    ]);
    expect([alternates(2024).value, ...alternates(2024).alternates!.map((a) => a.value)].sort()).toEqual([9.5, 9.6]);
    expect(alternates(2025)).toMatchObject({ value: 15, qualifier: "at-least" });
    expect(alternates(2025).alternates!.map((a) => a.value)).toEqual([15.2]);
    for (const year of [2023, 2024, 2025]) {
      expect(alternates(year).note?.en, `why ${year}'s headline value was chosen`).toBeTruthy();
      for (const a of alternates(year).alternates!) expect(a.sources.length).toBeGreaterThan(0);
    }
  });

  it("gives every source a title, publisher, http(s) URL and date", () => {
    for (const s of data.sources) {
      expect(s.url).toMatch(/^https?:\/\//);
      expect(s.title && s.publisher && s.date).toBeTruthy();
    }
  });

  it("labels every SIPRI figure with its edition", () => {
    for (const p of data.worldShare.points) expect(p.edition.published).toMatch(/^\d{4}-\d{2}$/);
    expect(data.topExporters.edition.published).toBe("2025-03");
  });
});

describe("the article summary agrees with the dataset", () => {
  const data = loadDataset();
  const points = indexPoints(data);

  it.each(data.article.figures.map((f) => [f.id, f] as const))(
    "figure %s is the value of the point it cites",
    (_id, figure) => {
      const point = points.get(figure.point);
      expect(point, `figure ${figure.id} → ${figure.point}`).toBeDefined();
      expect(point!.value).toBe(figure.printedValue);
    },
  );

  it("types no number into the summary: every figure is a placeholder filled from the data", () => {
    for (const point of data.article.summary) {
      for (const text of [point.en, point.ko]) expect(text.replace(/\{[^}]+\}/g, "")).not.toMatch(/\d/);
    }
  });

  it("quotes the article verbatim", async () => {
    const { readFileSync } = await import("node:fs");
    const { resolve } = await import("node:path");
    const article = readFileSync(
      resolve(import.meta.dirname, "../../../data/article/korea-herald-2026-01.txt"),
      "utf8",
    ).replace(/[’]/g, "'");
    for (const quote of data.article.quotes) expect(article).toContain(quote.text);
    for (const figure of data.article.figures) expect(article).toContain(figure.printed.replace(/[’]/g, "'"));
  });
});

describe("meaning checks", () => {
  it("rejects duplicate years, negative values, unknown sources and out-of-range shares", () => {
    expect(problemsOf((d) => (d.annualExports.points[1].year = 2006))).toContain(
      "$.annualExports.points[1].year: duplicate year 2006",
    );
    expect(
      problemsOf(
        (d) =>
          (d.annualExports.points[0].alternates = [
            { value: -2, qualifier: "exact", sources: ["kmib-2015-01-03"], note: { en: "x", ko: "x" } },
          ]),
      ),
    ).toContain("$.annualExports.points[0].alternates[0].value: negative value -2");
    expect(problemsOf((d) => (d.deals[0].sources = ["nope"]))).toContain(
      '$.deals[0].sources[0]: unknown source id "nope"',
    );
    expect(problemsOf((d) => (d.topExporters.exporters[0].value = 101))).toContain(
      "$.topExporters.exporters[0].value: share 101 is outside 0–100",
    );
    expect(problemsOf((d) => (d.targets[1].value = 120))).toContain("$.targets[1].value: share 120 is outside 0–100");
  });

  it("rejects duplicate ids and dangling references", () => {
    expect(problemsOf((d) => d.sources.push({ ...d.sources[0] }))).toContainEqual(
      expect.stringMatching(/^\$\.sources\[\d+\]\.id: duplicate source id/),
    );
    expect(problemsOf((d) => (d.deals[1].id = d.deals[0].id))).toContainEqual(
      expect.stringMatching(/^\$\.deals\[1\]\.id: duplicate point id/),
    );
    expect(problemsOf((d) => (d.article.summary[0].en += " {no-such-figure}"))).toContain(
      "$.article.summary[0].en: placeholder {no-such-figure} names no article figure",
    );
  });

  it("rejects a period that ends before it starts and shares adding up past 100%", () => {
    expect(problemsOf((d) => (d.worldShare.points[0].period = { start: 2020, end: 2015 }))).toContain(
      "$.worldShare.points[0].period: period starts (2020) after it ends (2015)",
    );
    expect(problemsOf((d) => (d.topExporters.exporters[1].value = 60))).toContainEqual(
      expect.stringMatching(/^\$\.topExporters\.exporters: shares add up to/),
    );
  });
});

describe("formatPath", () => {
  it("writes JSONPath-like paths", () => {
    expect(formatPath([])).toBe("$");
    expect(formatPath(["a", 0, "b", 12])).toBe("$.a[0].b[12]");
  });
});

describe("problem messages", () => {
  it.each([
    [
      (d: any) => (d.annualExports.points[0].status = "guess"),
      '$.annualExports.points[0].status: expected "official" or "reported" or "estimate" or "projection", got the string "guess"',
    ],
    [(d: any) => (d.sources[0].url = "ftp://x"), '$.sources[0].url: expected an http(s) URL, got the string "ftp://x"'],
    [
      (d: any) => (d.annualExports.points[2].year = 1800),
      "$.annualExports.points[2].year: must be at least 1900, got number 1800",
    ],
    [
      (d: any) => (d.annualExports.points[3].year = 2010.5),
      "$.annualExports.points[3].year: expected a whole number, got number 2010.5",
    ],
    [(d: any) => (d.article.summary = d.article.summary.slice(0, 2)), "$.article.summary: needs at least 4 item(s)"],
    [
      (d: any) => (d.annualExports.points[1].sources = []),
      "$.annualExports.points[1].sources: every number needs at least one source",
    ],
    [(d: any) => (d.meta.title.ko = ""), "$.meta.title.ko: must not be empty"],
  ])("says what is wrong in words a person can act on (%#)", (edit, line) => {
    expect(problemsOf(edit)).toContain(line);
  });
});
