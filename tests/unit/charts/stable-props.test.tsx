/**
 * Recharts keeps a chart's data and axis props in its store and draws the chart again whenever one
 * of them is a new function, data or ticks array, or element (it compares two-number domains by
 * value). A chart drawn again with the same model (the page re-rendered, its box measured again)
 * must hand Recharts the same objects: one commit, not a second pass of the chart.
 */
import { act, render } from "@testing-library/react";
import { Profiler, type ComponentType } from "react";
import { describe, expect, it } from "vitest";
import { CHARTS, chartModel } from "@/charts/registry.ts";
import type { PlotSize } from "@/charts/shared/PlotArea.tsx";
import { CHART_IDS } from "@/data/chart-ids.ts";
import { loadDataset } from "../../support/dataset.ts";
import { TEST_SIZE } from "./render-plot.tsx";

const data = loadDataset();

describe("a chart drawn again with the same model", () => {
  it.each(CHART_IDS)("%s commits once", async (id) => {
    const Chart = ((await CHARTS[id].load()) as unknown as { default: ComponentType<Record<string, unknown>> }).default;
    const { plot } = chartModel(id, data, "en");
    let commits = 0;
    const draw = (size: PlotSize) => (
      <Profiler id={id} onRender={() => commits++}>
        <Chart {...plot} size={size} />
      </Profiler>
    );
    const view = render(draw({ ...TEST_SIZE }));
    await act(async () => {}); // let the chart settle: its key and labels may take a pass of their own
    expect(view.container.querySelector("svg.recharts-surface")).not.toBeNull();
    commits = 0;
    await act(async () => view.rerender(draw({ ...TEST_SIZE })));
    expect(commits).toBe(1);
  });
});
