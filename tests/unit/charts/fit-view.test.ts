/** Fitting a requested view to a chart: the model's own step, shared by explorer, embed and deck. */
import { describe, expect, it } from "vitest";
import { CHARTS, chartModel } from "@/charts/registry.ts";
import { fitOptions } from "@/charts/shared/fit-view.ts";
import { CHART_IDS } from "@/data/chart-ids.ts";
import { loadDataset } from "../../support/dataset.ts";

const annual = { span: { min: 2006, max: 2025 }, types: ["bar", "line"] as const };
const noYears = { span: null, types: ["bar"] as const };

describe("fitOptions", () => {
  it("clamps years outside the data and reports them", () => {
    const { options, adjustments } = fitOptions({ from: 1990, to: 2040 }, annual);
    expect([options.from, options.to]).toEqual([undefined, undefined]);
    expect(adjustments.map((i) => i.param)).toEqual(["from", "to"]);
  });

  it("keeps a range inside the data and drops ends equal to the full span", () => {
    expect(fitOptions({ from: 2015, to: 2025 }, annual)).toEqual({ options: { from: 2015 }, adjustments: [] });
  });

  it("drops a focus year the chart does not have", () => {
    const { options, adjustments } = fitOptions({ focus: 1999 }, annual);
    expect(options.focus).toBeUndefined();
    expect(adjustments).toEqual([{ param: "focus", value: "1999", reason: "clamped" }]);
  });

  it("fits the range to the chart's years and keeps a type it supports", () => {
    const { options, adjustments } = fitOptions({ from: 2000, to: 2015, type: "line" }, annual);
    expect(options).toEqual({ to: 2015, type: "line" });
    expect(adjustments).toEqual([{ param: "from", value: "2000", reason: "clamped" }]);
  });

  it("drops the chart's own default type so the URL stays canonical", () => {
    expect(fitOptions({ type: "bar" }, annual)).toEqual({ options: {}, adjustments: [] });
  });

  it("drops years and an unsupported type on a chart without a year axis, naming each", () => {
    const { options, adjustments } = fitOptions({ from: 2010, focus: 2022, type: "line" }, noYears);
    expect(options).toEqual({});
    expect(adjustments.map((i) => `${i.param}:${i.reason}`)).toEqual([
      "from:not-applicable",
      "focus:not-applicable",
      "type:not-applicable",
    ]);
  });

  it("changes nothing in a view that already fits", () => {
    const view = { from: 2015, type: "line" as const, focus: 2022 };
    expect(fitOptions(view, annual)).toEqual({ options: view, adjustments: [] });
  });
});

describe("chartModel fits its own view", () => {
  const data = loadDataset();

  it.each(CHART_IDS)("%s: the static capabilities agree with the model it builds", (id) => {
    const model = chartModel(id, data, "en");
    expect(CHARTS[id].capabilities.span(data)).toEqual(model.span);
    expect(model.types).toEqual(CHARTS[id].capabilities.types);
  });

  it("builds from the fitted options and reports what it changed", () => {
    const model = chartModel("annual-exports", data, "en", { from: 1990, to: 2015, type: "bar", focus: 1995 });
    expect(model.options).toEqual({ to: 2015 });
    expect(model.adjustments.map((a) => a.param)).toEqual(["from", "focus"]);
    expect(model.spec.table.rows[0]!.year).toBe(model.span!.min);
    expect(model.spec.table.rows.at(-1)!.year).toBe(2015);
  });
});
