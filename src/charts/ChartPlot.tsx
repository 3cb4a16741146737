/**
 * Draws a chart model. Each Recharts component is its own lazily loaded chunk, so a page pays for
 * Recharts only when a chart is actually drawn, and only for the charts it shows.
 */
import { Suspense } from "react";
import type { ChartId } from "@/data/chart-ids.ts";
import { lazyChunk } from "@/data/lazy-chunk.ts";
import type { ChartModel } from "./models.ts";
import type { PlotSize } from "./PlotArea.tsx";

// lazyChunk, not React.lazy: a chunk that failed to download is retried, not remembered for good.
const AnnualExportsChart = lazyChunk(() => import("./AnnualExportsChart.tsx").then((m) => m.default));
const TargetPathChart = lazyChunk(() => import("./TargetPathChart.tsx").then((m) => m.default));
const WorldShareChart = lazyChunk(() => import("./WorldShareChart.tsx").then((m) => m.default));
const TopExportersChart = lazyChunk(() => import("./TopExportersChart.tsx").then((m) => m.default));
const BuyersChart = lazyChunk(() => import("./BuyersChart.tsx").then((m) => m.default));

const charts = {
  "annual-exports": AnnualExportsChart,
  "target-path": TargetPathChart,
  "world-share": WorldShareChart,
  "top-exporters": TopExportersChart,
  buyers: BuyersChart,
} satisfies Record<ChartId, { preload: () => void }>;

/**
 * Starts downloading a chart's code now, e.g. at page start alongside the dataset fetch, instead of
 * after the data has arrived and been validated (the download is shared with the later render).
 */
export function preloadChart(id: ChartId): void {
  charts[id].preload();
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
