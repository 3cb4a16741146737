/**
 * Draws a chart model. Each Recharts component is its own lazily loaded chunk, so a page pays for
 * Recharts only when a chart is actually drawn, and only for the charts it shows.
 */
import { Suspense, type ComponentType } from "react";
import { CHART_IDS, type ChartId } from "@/data/chart-ids.ts";
import { lazyChunk, type LazyChunk } from "@/data/lazy-chunk.ts";
import { CHARTS, type ChartModel } from "./registry.ts";
import { ActivePointContext } from "./shared/active-point.ts";
import type { PlotSize } from "./shared/PlotArea.tsx";

type PlotProps = ChartModel["plot"] & { size: PlotSize };

// One loader per chart, made once (a new one per render would remount the chart). lazyChunk, not
// React.lazy: a chunk that failed to download is retried, not remembered for good.
const PLOTS = Object.fromEntries(
  CHART_IDS.map((id) => [
    id,
    lazyChunk(() => (CHARTS[id].load as () => Promise<{ default: ComponentType<PlotProps> }>)().then((m) => m.default)),
  ]),
) as unknown as Record<ChartId, LazyChunk<PlotProps>>;

/**
 * Starts downloading a chart's code now, e.g. at page start alongside the dataset fetch, instead of
 * after the data has arrived and been validated (the download is shared with the later render).
 */
export function preloadChart(id: ChartId): void {
  PLOTS[id].preload();
}

export function ChartPlot({
  model,
  size,
  onActivePoint,
}: {
  model: ChartModel;
  size: PlotSize;
  /** Told the point id the reader is on (pointer, touch or keyboard), null when none. */
  onActivePoint?: (pointId: string | null) => void;
}) {
  const Plot = PLOTS[model.id];
  // The placeholder has the plot's height, so nothing below moves when the chart arrives (CLS 0).
  return (
    <Suspense fallback={<div style={{ height: size.height }} aria-hidden="true" data-testid="plot-placeholder" />}>
      <div data-testid="plot" style={{ minHeight: size.height }}>
        <ActivePointContext value={onActivePoint ?? null}>
          <Plot {...model.plot} size={size} />
        </ActivePointContext>
      </div>
    </Suspense>
  );
}
