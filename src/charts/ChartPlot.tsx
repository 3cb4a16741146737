/**
 * Draws a chart model. Each Recharts component is its own lazily loaded chunk, so a page pays for
 * Recharts only when a chart is actually drawn, and only for the charts it shows.
 */
import { lazy, Suspense, type ComponentType } from "react";
import { CHART_IDS, type ChartId } from "@/data/chart-ids.ts";
import { CHARTS, type ChartModel } from "./registry.ts";
import type { PlotSize } from "./shared/PlotArea.tsx";

type PlotComponent = ComponentType<ChartModel["plot"] & { size: PlotSize }>;

// One lazy component per chart, made once: a new lazy() per render would remount the chart.
const PLOTS = Object.fromEntries(
  CHART_IDS.map((id) => [id, lazy(CHARTS[id].load as () => Promise<{ default: PlotComponent }>)]),
) as unknown as Record<ChartId, PlotComponent>;

/**
 * Starts downloading a chart's code now, e.g. at page start alongside the dataset fetch, instead of
 * after the data has arrived and been validated (the import is cached, so the later render reuses it).
 */
export function preloadChart(id: ChartId): void {
  void CHARTS[id].load().catch(() => {
    /* a failed preload is retried, and reported, by the render that needs it */
  });
}

export function ChartPlot({ model, size }: { model: ChartModel; size: PlotSize }) {
  const Plot = PLOTS[model.id];
  // The placeholder has the plot's height, so nothing below moves when the chart arrives (CLS 0).
  return (
    <Suspense fallback={<div style={{ height: size.height }} aria-hidden="true" data-testid="plot-placeholder" />}>
      <div data-testid="plot" style={{ minHeight: size.height }}>
        <Plot {...model.plot} size={size} />
      </div>
    </Suspense>
  );
}
