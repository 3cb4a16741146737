/**
 * Draws a chart model. Each Recharts component is its own lazily loaded chunk, so a page pays for
 * Recharts only when a chart is actually drawn, and only for the charts it shows.
 */
import { lazy, Suspense } from "react";
import type { ChartId } from "@/data/chart-ids.ts";
import type { ChartModel } from "./models.ts";
import type { PlotSize } from "./PlotArea.tsx";

const loaders = {
  "annual-exports": () => import("./AnnualExportsChart.tsx"),
  "target-path": () => import("./TargetPathChart.tsx"),
  "world-share": () => import("./WorldShareChart.tsx"),
  "top-exporters": () => import("./TopExportersChart.tsx"),
  buyers: () => import("./BuyersChart.tsx"),
} satisfies Record<ChartId, () => Promise<unknown>>;

const AnnualExportsChart = lazy(loaders["annual-exports"]);
const TargetPathChart = lazy(loaders["target-path"]);
const WorldShareChart = lazy(loaders["world-share"]);
const TopExportersChart = lazy(loaders["top-exporters"]);
const BuyersChart = lazy(loaders.buyers);

/**
 * Starts downloading a chart's code now, e.g. at page start alongside the dataset fetch, instead of
 * after the data has arrived and been validated (the import is cached, so the later render reuses it).
 */
export function preloadChart(id: ChartId): void {
  void loaders[id]().catch(() => {
    /* a failed preload is retried, and reported, by the render that needs it */
  });
}

export function ChartPlot({ model, size }: { model: ChartModel; size: PlotSize }) {
  // The placeholder has the plot's height, so nothing below moves when the chart arrives (CLS 0).
  return (
    <Suspense fallback={<div style={{ height: size.height }} aria-hidden="true" data-testid="plot-placeholder" />}>
      <div data-testid="plot" style={{ minHeight: size.height }}>
        {plotFor(model, size)}
      </div>
    </Suspense>
  );
}

function plotFor(model: ChartModel, size: PlotSize) {
  switch (model.id) {
    case "annual-exports":
      return <AnnualExportsChart {...model.plot} size={size} />;
    case "target-path":
      return <TargetPathChart {...model.plot} size={size} />;
    case "world-share":
      return <WorldShareChart {...model.plot} size={size} />;
    case "top-exporters":
      return <TopExportersChart {...model.plot} size={size} />;
    case "buyers":
      return <BuyersChart {...model.plot} size={size} />;
  }
}
