import { cloneElement, useLayoutEffect, useRef, useState, type ReactElement } from "react";

export interface PlotSize {
  height: number;
  /** Fixed width for rendering outside a laid-out page (baking, tests); otherwise the plot follows its box. */
  width?: number;
  animate: boolean;
}

/** The width drawn at when the box has had no width yet: no layout to measure (jsdom), or hidden. */
const UNMEASURED_WIDTH = 640;

type Chart = ReactElement<{ width?: number; height?: number }>;
/** The chart, or a function that makes it for its width (a chart whose margins depend on it). */
type ChartFor = Chart | ((width: number) => Chart);

const sized = (chart: ChartFor, width: number, height: number) =>
  cloneElement(typeof chart === "function" ? chart(width) : chart, { width, height });

/** Gives a Recharts chart its size: fixed when asked, else its box's width, followed as the box resizes. */
export function PlotArea({ size, children }: { size: PlotSize; children: ChartFor }) {
  if (size.width)
    return <div style={{ width: size.width, height: size.height }}>{sized(children, size.width, size.height)}</div>;
  return <MeasuredPlot height={size.height} chart={children} />;
}

/**
 * The width to draw at for a box measured at `measured`. A box that loses its width (hidden) keeps
 * the chart it has rather than redrawing it at a guess, and so does one within a pixel of it: the
 * first read is a whole number, the observer's reports are fractional.
 */
function widthToDraw(drawn: number | null, measured: number): number {
  if (!(measured > 0)) return drawn ?? UNMEASURED_WIDTH;
  return drawn !== null && Math.abs(measured - drawn) < 1 ? drawn : Math.round(measured);
}

/**
 * Draws the chart once, at its box's width. Recharts' ResponsiveContainer drew it at a guessed width
 * first and measured the box in an effect, then drew it again at the real width before the first
 * paint: every chart's first render twice over. The box is measured here before the chart is drawn
 * (a layout effect, so nothing is painted in between), and a ResizeObserver follows it from then on.
 */
function MeasuredPlot({ height, chart }: { height: number; chart: ChartFor }) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = box.current!;
    const follow = (measured: number) => setWidth((drawn) => widthToDraw(drawn, measured));
    // The layout width, untransformed as the observer's is: a scaled slide's box is not narrower.
    follow(element.clientWidth);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => entry && follow(entry.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // The chart sits in a box of no width of its own, so its width never holds the page wider when the
  // box narrows (as Recharts' container does it).
  return (
    <div ref={box} style={{ width: "100%", height }}>
      <div style={{ width: 0, overflowX: "visible" }}>{width !== null && sized(chart, width, height)}</div>
    </div>
  );
}
