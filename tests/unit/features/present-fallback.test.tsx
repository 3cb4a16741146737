/** A chart that cannot be drawn leaves its numbers on the slide, never a hole. */
import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ChartSlide } from "@/features/present/slides/ChartSlide.tsx";
import type * as ChartModelsModule from "@/charts/registry.ts";
import { loadDataset } from "../../support/dataset.ts";
import { renderWithProviders } from "../../support/render.tsx";

type ChartModels = typeof ChartModelsModule;

vi.mock("@/charts/ChartPlot.tsx", () => ({
  ChartPlot: () => {
    throw new Error("the chart's code failed");
  },
}));
vi.mock("@/charts/registry.ts", async (importOriginal) => {
  const original = await importOriginal<ChartModels>();
  return {
    ...original,
    chartModel: (...args: Parameters<typeof original.chartModel>) => {
      if (args[0] === "buyers") throw new Error("no buyers data");
      return original.chartModel(...args);
    },
  };
});

const data = loadDataset();

describe("a chart slide that cannot draw its chart", () => {
  it("shows the chart's table, with every year and its disputed values", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    renderWithProviders(<ChartSlide chart="annual-exports" data={data} animate={false} />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(/Exports rebounded/);
    const fallback = screen.getByRole("group", { name: "The chart could not be drawn, so here are its numbers." });
    const table = within(fallback).getByRole("table");
    expect(within(table).getAllByRole("row")).toHaveLength(21);
    expect(within(table).getByRole("row", { name: /^2023/ })).toHaveTextContent("$13.5 billion");
  });

  it("says plainly when the chart's model cannot be built", () => {
    renderWithProviders(<ChartSlide chart="buyers" data={data} animate={false} />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("This chart cannot be drawn (no buyers data).");
  });
});
