/** Every chart id through the generic interface the explorer, embed and slides use. */
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ChartPlot } from "@/charts/ChartPlot.tsx";
import { chartModel } from "@/charts/registry.ts";
import { CHART_IDS } from "@/data/chart-ids.ts";
import { LANGS } from "@/data/langs.ts";
import { loadDataset } from "../../support/dataset.ts";
import { TEST_SIZE } from "./render-plot.tsx";

const data = loadDataset();

describe.each(CHART_IDS)("chartModel(%s)", (id) => {
  it.each(LANGS)("gives a complete spec in %s, every placeholder filled", (lang) => {
    const model = chartModel(id, data, lang);
    expect(model.id).toBe(id);
    const { spec } = model;
    expect(spec.id).toBe(id);
    for (const text of [spec.title, spec.subtitle, spec.takeaway, spec.description, spec.basis, spec.table.caption]) {
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/\{\w+\}/);
    }
    expect(spec.sources.length).toBeGreaterThan(0);
    expect(spec.table.rows.length).toBeGreaterThan(0);
    const keys = spec.table.columns.map((c) => c.key);
    for (const row of spec.table.rows) {
      expect(Object.keys(row.cells).sort()).toEqual([...keys].sort());
      for (const cell of Object.values(row.cells)) expect(cell).not.toMatch(/\{\w+\}|undefined|NaN/);
    }
    expect(new Set(spec.table.rows.map((r) => r.id)).size).toBe(spec.table.rows.length);
    expect(model.types.length).toBeGreaterThan(0);
  });

  it("draws its lazily loaded chart as one named keyboard stop, not an unnamed application", async () => {
    const model = chartModel(id, data, "ko");
    render(<ChartPlot model={model} lang="ko" size={TEST_SIZE} />);
    const plot = await screen.findByTestId("plot", {}, { timeout: 15_000 });
    const svg = plot.querySelector("svg.recharts-surface");
    // Every chart spreads useSurfaceProps() on its Recharts chart (see shared/surface.ts).
    expect(svg?.getAttribute("role")).toBe("group");
    const name = svg?.getAttribute("aria-label") ?? "";
    expect(name.startsWith(`${model.spec.title}. `)).toBe(true);
    expect(name).toMatch(/화살표 키/);
    expect(svg?.getAttribute("tabindex")).toBe("0");
    expect(screen.getByTestId("chart-live").getAttribute("aria-live")).toBe("polite");
  }, 20_000);
});

describe.each(CHART_IDS)("chartModel(%s) on a range with no data", (id) => {
  it("still gives a spec and an empty plot instead of throwing", () => {
    // The URL keeps from/to within the span, but a span can have gaps (no SIPRI period ends in 2017; no deal listed for 2017).
    const model = chartModel(id, data, "en", { from: 2017, to: 2017 });
    expect(model.spec.takeaway.length).toBeGreaterThan(0);
    expect(model.spec.description).not.toMatch(/\{\w+\}|undefined|NaN|Infinity/);
  });
});
