/**
 * Draws a chart model. Each Recharts component is its own lazily loaded chunk, so a page pays for
 * Recharts only when a chart is actually drawn, and only for the charts it shows.
 */
import { lazy, Suspense } from "react";
import type { ChartModel } from "./models.ts";
import type { PlotSize } from "./PlotArea.tsx";

const AnnualExportsChart = lazy(() => import("./AnnualExportsChart.tsx"));
const TargetPathChart = lazy(() => import("./TargetPathChart.tsx"));
const WorldShareChart = lazy(() => import("./WorldShareChart.tsx"));
const TopExportersChart = lazy(() => import("./TopExportersChart.tsx"));
const BuyersChart = lazy(() => import("./BuyersChart.tsx"));

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
