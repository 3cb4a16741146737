/**
 * Horizontal bars of countries' shares, largest first, one highlighted, with an optional dashed line
 * at a threshold (top-exporters: the share the goal rank takes; recipients: none). Presentational:
 * everything it shows arrives in props.
 */
import { useMemo } from "react";
import {
  BarChart,
  CartesianGrid,
  DefaultZIndexes,
  ReferenceLine,
  Tooltip,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
  ZIndexLayer,
} from "recharts";
import { barSlotAt } from "./bar-geometry.ts";
import type { TooltipContent } from "./chart-spec.ts";
import { AxisTick, ModelTooltip, spacedTicks, textWidth, TICK_FONT, VALUE_AXIS, valueGrid } from "./plot-parts.tsx";
import { LABEL_FONT, PlotLabel } from "./PlotLabel.tsx";
import { PlotArea, type PlotSize } from "./PlotArea.tsx";
import { useSurfaceProps } from "./surface.ts";
import { TooltipAnchor } from "./TooltipAnchor.tsx";

export interface RankedBar {
  id: string;
  name: string;
  /** Percent. */
  value: number;
  /** Drawn in the highlight colour, its name in bold. */
  isSubject: boolean;
  /** Text at the end of the bar. */
  label: string;
}

export interface RankedBarsPlot<B extends RankedBar> {
  bars: B[];
  threshold?: { value: number; label: string };
  /** The value axis (rankedScale): its top, where a longer bar is cut with a break mark, and its ticks. */
  scale: { top: number; ticks: number[] };
  ticks: { format: (value: number) => string };
  tooltip: (bar: B) => TooltipContent;
}

/** The percentage of each name's band left free above and below its bar (Recharts' `barCategoryGap`). */
const CATEGORY_GAP_PERCENT = 22;

/** A bar as drawn: cut at the axis's top, and marked as cut. */
type Drawn<B> = B & { drawn: number; broken: boolean };
const drawnOf = (b: Drawn<RankedBar>) => b.drawn;

export function RankedBars<B extends RankedBar>({
  bars,
  threshold,
  scale,
  ticks: { format },
  tooltip,
  size,
}: RankedBarsPlot<B> & { size: PlotSize }) {
  const nameWidth = Math.ceil(Math.max(...bars.map((b) => textWidth(b.name, TICK_FONT, b.isSubject)))) + 8;
  // Room right of the longest bar for its label.
  const labelRoom = Math.ceil(Math.max(...bars.map((b) => textWidth(b.label, LABEL_FONT, true)))) + 12;
  const subjectName = bars.find((b) => b.isSubject)?.name;
  // Recharts stores its data, ticks and tick and recomputes the chart for a new array or function, so
  // they are made again only when the model's bars, scale or format change, not on every resize.
  const { data, valueAxis } = useMemo(
    () => ({
      data: bars.map((b) => ({ ...b, drawn: Math.min(b.value, scale.top), broken: b.value > scale.top })),
      valueAxis: {
        domain: [0, scale.top],
        // A fixed scale, as Recharts gives its own bars: the bars are drawn from it (RankedMarks).
        allowDataOverflow: true,
        ticks: scale.ticks,
        tick: spacedTicks(
          scale.ticks.map((t) => format(t)),
          8,
          { keys: scale.ticks.map((_, i) => i), fitEnds: false },
        ),
      },
    }),
    [bars, scale, format],
  );
  const nameTick = useMemo(() => <NameTick subject={subjectName} />, [subjectName]);

  const surface = useSurfaceProps();
  return (
    <PlotArea size={size}>
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: threshold ? 26 : 8, right: labelRoom, bottom: 4, left: 4 }}
        {...surface}
      >
        <CartesianGrid {...valueGrid("x")} />
        <XAxis type="number" tickFormatter={format} {...VALUE_AXIS} {...valueAxis} />
        <YAxis
          type="category"
          dataKey="name"
          width={nameWidth}
          tickLine={false}
          axisLine={{ stroke: "var(--color-line)" }}
          interval={0}
          tick={nameTick}
        />
        <Tooltip
          content={<ModelTooltip<B> describe={tooltip} />}
          cursor={{ fill: "var(--color-accent-soft)" }}
          isAnimationActive={false}
          includeHidden
        />
        {/* The threshold is a dashed line with its own words, above the plot where no bar reaches. */}
        {threshold && (
          <ReferenceLine
            x={threshold.value}
            stroke="var(--color-target)"
            strokeDasharray="6 4"
            strokeWidth={2}
            label={({ viewBox }: { viewBox?: { x?: number; y?: number } }) => (
              <PlotLabel
                x={Number(viewBox?.x) - 4}
                y={Number(viewBox?.y) - 8}
                fill="var(--color-target)"
                size={12}
                className="kdem-threshold-label"
              >
                {threshold.label}
              </PlotLabel>
            )}
          />
        )}
        <RankedMarks bars={data} />
        <TooltipAnchor<Drawn<B>> dataKey={drawnOf} />
      </BarChart>
    </PlotArea>
  );
}

/** A country's name beside its bar; the subject's in ink and bold. Recharts clones it with each tick's place. */
function NameTick({
  x,
  y,
  payload,
  subject,
}: {
  x?: number;
  y?: number;
  payload?: { value?: unknown };
  subject?: string;
}) {
  return <AxisTick x={Number(x) - 4} y={y} payload={payload} textAnchor="end" strong={payload?.value === subject} />;
}

/**
 * The bars, each cut at the axis's top with a break mark (two gaps across it) so it never reads as
 * its length, and their labels just past their ends, haloed so a threshold line under them never cuts
 * through the digits. Drawn from the axes' scales where Recharts puts its bars: as a Bar with a
 * LabelList it rendered a dozen components per country (50 at scale).
 */
function RankedMarks({ bars }: { bars: readonly Drawn<RankedBar>[] }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const base = x(0);
  if (base === undefined) return null;
  const drawn = bars.flatMap((b) => {
    const [slot, tip] = [barSlotAt(y, b.name, Infinity, CATEGORY_GAP_PERCENT), x(b.drawn)];
    if (!slot || tip === undefined) return [];
    return [{ bar: b, top: slot.start, height: slot.width, width: tip - base }];
  });
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.bar}>
        {drawn.map(({ bar, top, height, width }) => (
          <g key={bar.id}>
            <rect
              className="kdem-bar"
              x={base}
              y={top}
              width={Math.max(0, width)}
              height={height}
              fill={bar.isSubject ? "var(--color-bar-highlight)" : "var(--color-bar)"}
              rx={2}
            />
            {bar.broken && (
              <g className="kdem-bar-break" stroke="var(--color-surface)" strokeWidth={3}>
                <line x1={base + width - 18} y1={top + height + 2} x2={base + width - 12} y2={top - 2} />
                <line x1={base + width - 11} y1={top + height + 2} x2={base + width - 5} y2={top - 2} />
              </g>
            )}
          </g>
        ))}
      </ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.label}>
        {drawn.map(({ bar, top, height, width }) =>
          bar.label ? (
            <PlotLabel key={bar.id} x={base + width + 4} y={top + height / 2} dy={4} halo>
              {bar.label}
            </PlotLabel>
          ) : null,
        )}
      </ZIndexLayer>
    </>
  );
}
