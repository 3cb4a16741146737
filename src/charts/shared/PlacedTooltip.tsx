/**
 * Recharts' Tooltip placed by tooltip-placement.ts: beside or above the active mark, never over it
 * (Recharts puts it at the pointer, or at the band's centre for the keyboard, over the bar's right
 * half). Drawn as a child of a cartesian chart with a category x axis.
 */
import {
  Tooltip,
  useActiveTooltipDataPoints,
  useChartHeight,
  useChartWidth,
  useXAxisScale,
  useYAxisScale,
  type TooltipProps,
} from "recharts";
import type { TooltipContent } from "./chart-spec.ts";
import { ModelTooltip } from "./plot-parts.tsx";
import { placeTooltip } from "./tooltip-placement.ts";

/** Recharts' default gap around a bar in its band is 10% each side. */
const BAR_SHARE_OF_BAND = 0.8;

export function PlacedTooltip<D>({
  describe,
  category,
  top,
  shape,
  maxBarSize = Infinity,
  pointRadius = 6,
  minHalfWidth = 0,
  cursor,
}: {
  describe: (datum: D) => TooltipContent | null;
  /** The datum's x-axis category (its year). */
  category: (datum: D) => number | string;
  /** Data value of the top of what is drawn for the datum, whisker included. */
  top: (datum: D) => number;
  shape: "bar" | "line";
  maxBarSize?: number;
  pointRadius?: number;
  /** Half the width of the widest thing drawn at the datum, when wider than its bar (a total tick). */
  minHalfWidth?: number;
  cursor?: TooltipProps<number, string>["cursor"];
}) {
  const datum = useActiveTooltipDataPoints<D>()?.[0];
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const width = useChartWidth();
  const height = useChartHeight();
  const content = datum === undefined ? null : describe(datum);
  const placement = (() => {
    if (datum === undefined || !content || !xScale || !yScale || !width || !height) return undefined;
    const c = category(datum);
    const x = xScale(c, { position: "middle" });
    const y = yScale(top(datum));
    if (x === undefined || y === undefined) return undefined;
    const band = (xScale(c, { position: "end" }) ?? x) - (xScale(c, { position: "start" }) ?? x);
    const half = Math.max(
      minHalfWidth,
      shape === "bar" ? Math.min(maxBarSize, band * BAR_SHARE_OF_BAND) / 2 : pointRadius,
    );
    return placeTooltip(
      content,
      { x0: x - half, x1: x + half, top: shape === "bar" ? y : y - pointRadius },
      { width, height },
    );
  })();
  return (
    <Tooltip
      content={<ModelTooltip<D> describe={describe} width={placement?.width} />}
      position={placement && { x: placement.x, y: placement.y }}
      cursor={cursor}
      isAnimationActive={false}
      // A chart that draws its own marks gives the tooltip its data point by a hidden item (TooltipAnchor).
      includeHidden
    />
  );
}
