/**
 * Draws a chart model. Each Recharts component is its own lazily loaded chunk, so a page pays for
 * Recharts only when a chart is actually drawn, and only for the charts it shows.
 */
import {
  Suspense,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type ReactNode,
} from "react";
import { CHART_IDS, type ChartId } from "@/data/chart-ids.ts";
import { lazyChunk, type LazyChunk } from "@/data/lazy-chunk.ts";
import type { Lang } from "@/data/schema.ts";
import { CHARTS, type ChartModel } from "./registry.ts";
import { ActivePointContext } from "./shared/active-point.ts";
import { surfaceLabel } from "./shared/messages.ts";
import type { PlotSize } from "./shared/PlotArea.tsx";
import { ChartSurfaceContext, createAnnouncer } from "./shared/surface.ts";

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
  lang,
  size,
  onActivePoint,
}: {
  model: ChartModel;
  /**
   * Language of the chart's accessible name (title and keyboard instructions) and spoken values.
   * Drawings for images (bake, visual references) leave it out: a picture has no keyboard or live region.
   */
  lang?: Lang;
  size: PlotSize;
  /** Told the point id the reader is on (pointer, touch or keyboard), null when none. */
  onActivePoint?: (pointId: string | null) => void;
}) {
  const Plot = PLOTS[model.id];
  const arrived = useArrived(Plot);
  const [announcer] = useState(createAnnouncer);
  const label = lang && surfaceLabel(model.spec.title, lang);
  const surface = useMemo(() => (label ? { label, announce: announcer.announce } : null), [label, announcer]);
  // The placeholder has the plot's height, so nothing below moves when the chart arrives (CLS 0).
  const placeholder = <div style={{ height: size.height }} aria-hidden="true" data-testid="plot-placeholder" />;
  return (
    <>
      {arrived ? (
        <Suspense fallback={placeholder}>
          <PlotBox height={size.height} interactive={surface !== null}>
            <ActivePointContext value={onActivePoint ?? null}>
              <ChartSurfaceContext value={surface}>
                <Plot {...model.plot} size={size} />
              </ChartSurfaceContext>
            </ActivePointContext>
          </PlotBox>
        </Suspense>
      ) : (
        placeholder
      )}
      {surface && <LiveRegion announcer={announcer} />}
    </>
  );
}

/**
 * Whether the chart's code is here (or failed, which its render then reports). Until then the plot's
 * placeholder stands in by plain state, not by suspending: React holds back content that follows a
 * shown Suspense fallback for 300 ms, so a chart whose code came a moment after the data appeared up
 * to 300 ms late (the scale bench's slow runs).
 */
function useArrived(chunk: LazyChunk<PlotProps>): boolean {
  // Boxed: a chunk is a component, a function, which React's state setter would call as an updater.
  const [settled, setSettled] = useState<{ chunk: LazyChunk<PlotProps> } | null>(null);
  const arrived = chunk.arrived() || settled?.chunk === chunk;
  useEffect(() => {
    if (arrived) return;
    let live = true;
    void chunk.settled().then(() => live && setSettled({ chunk }));
    return () => {
      live = false;
    };
  }, [chunk, arrived]);
  return arrived;
}

/** The drawn plot's box; mounted only once the chart's code has loaded, so its effect sees the SVG. */
function PlotBox({ height, interactive, children }: { height: number; interactive: boolean; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => (interactive ? keepLayersOutOfTabOrder(ref.current) : undefined), [interactive]);
  return (
    <div data-testid="plot" style={{ minHeight: height }} ref={ref}>
      {children}
    </div>
  );
}

/** The point the reader is on, read out politely (the region exists before the first point, as it must). */
function LiveRegion({ announcer }: { announcer: ReturnType<typeof createAnnouncer> }) {
  const text = useSyncExternalStore(announcer.subscribe, announcer.read, announcer.read);
  return (
    <p className="sr-only" aria-live="polite" data-testid="chart-live">
      {text}
    </p>
  );
}

/**
 * Recharts draws layers into <g> elements that React makes portal roots, and React's focus listeners
 * on a portal root make Chromium treat an SVG <g> as focusable: Tab stopped on six unnamed, partly
 * off-screen layers after the chart itself. tabindex="-1" takes them out of the Tab order (the chart's
 * <svg> stays the one stop). Layers are created as the chart draws and resizes, so new ones are
 * watched for.
 */
function keepLayersOutOfTabOrder(root: HTMLElement | null): (() => void) | undefined {
  if (!root) return;
  const fix = () =>
    root.querySelectorAll('svg g[class*="recharts-zIndex-layer"]:not([tabindex])').forEach((g) => {
      g.setAttribute("tabindex", "-1");
    });
  fix();
  const observer = new MutationObserver(fix);
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
