/** The scale benchmark's synthetic dataset is valid in the real schema and goes through the real derive/model code. */
import { describe, expect, it } from "vitest";
import { chartModel } from "@/charts/registry.ts";
import { CHART_IDS } from "@/data/chart-ids.ts";
import { keyFigures } from "@/data/derive/key-figures.ts";
import { validateDataset } from "@/data/validate.ts";
import { syntheticDataset, SYNTHETIC_DEFAULTS } from "../../scripts/gen-synthetic-dataset.ts";

describe("synthetic dataset (scripts/gen-synthetic-dataset.ts)", () => {
  const result = validateDataset(syntheticDataset());
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
  const data = result.dataset;

  it("has 50 countries × 75 years in the real schema", () => {
    expect(SYNTHETIC_DEFAULTS).toMatchObject({ countries: 50, years: 75 });
    expect(data.annualExports.points.map((p) => p.year)).toEqual(Array.from({ length: 75 }, (_, i) => 1951 + i));
    expect(data.topExporters.exporters).toHaveLength(50);
    expect(data.buyers).toHaveLength(15);
    for (const period of data.buyers) expect(period.buyers).toHaveLength(49);
    expect(data.deals).toHaveLength(49 * 75);
    expect(new Set(data.deals.map((d) => d.buyer.code)).size).toBe(49);
  });

  it("says it is synthetic everywhere a reader could see it", () => {
    expect(data.meta.title.en).toMatch(/SYNTHETIC/);
    expect(data.sources.every((s) => /SYNTHETIC/.test(s.title) && s.url.startsWith("https://example.org/"))).toBe(true);
    expect(data.notes.every((n) => /SYNTHETIC/.test(n.text.en))).toBe(true);
    // ISO 3166 user-assigned X?? codes: no synthetic figure is attached to a real country but the subject.
    expect(
      data.topExporters.exporters.every((e) => e.country.code === "KOR" || /^X[A-Z]{2}$/.test(e.country.code)),
    ).toBe(true);
  });

  it("is the same for the same seed, different for another", () => {
    expect(JSON.stringify(syntheticDataset())).toBe(JSON.stringify(syntheticDataset()));
    expect(JSON.stringify(syntheticDataset({ ...SYNTHETIC_DEFAULTS, seed: 1 }))).not.toBe(
      JSON.stringify(syntheticDataset()),
    );
  });

  it("goes through the app's derived figures and chart model", () => {
    const figures = keyFigures(data);
    expect(figures.latest.year).toBe(2025);
    expect(figures.rankThreshold).toBeTruthy();
    expect(chartModel("annual-exports", data, "en", {}).span).toEqual({ min: 1951, max: 2025 });
    expect(chartModel("top-exporters", data, "en", {}).spec.table.rows).toHaveLength(50);
    // Every chart draws from it, so the scale benchmark measures every chart at this size.
    for (const id of CHART_IDS) expect(() => chartModel(id, data, "en", {})).not.toThrow();
  });
});
