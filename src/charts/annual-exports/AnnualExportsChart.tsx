/**
 * annual-exports: contract value of exports by year. Presentational: everything it shows arrives
 * in props, already derived (src/data/derive) and formatted (src/i18n/format).
 */
import { useState } from "react";
import {
  CartesianGrid,
  ComposedChart,
  DefaultZIndexes,
  Line,
  ReferenceLine,
  XAxis,
  YAxis,
  ZIndexLayer,
} from "recharts";
import type { AnnualRow } from "@/data/derive/annual-exports.ts";
import type { AnnualExportsPlot } from "./model.ts";
import {
  goalLine,
  Hatch,
  plotSpan,
  timeAxis,
  usePlotScales,
  VALUE_AXIS,
  valueGrid,
} from "@/charts/shared/plot-parts.tsx";
import { PlacedTooltip } from "@/charts/shared/PlacedTooltip.tsx";
import { PlotArea, type PlotSize } from "@/charts/shared/PlotArea.tsx";
import { StackedBars } from "@/charts/shared/StackedBars.tsx";
import { TooltipAnchor } from "@/charts/shared/TooltipAnchor.tsx";
import { ValueLabels } from "@/charts/shared/ValueLabels.tsx";
import { useSurfaceProps } from "@/charts/shared/surface.ts";

const FILL = "var(--color-bar)";
const FILL_ESTIMATE = "var(--color-bar-estimate)";
const FILL_FOCUS = "var(--color-bar-highlight)";
const MAX_BAR = 48;
const MARGIN = { top: 36, right: 24, bottom: 4, left: 4 };
const VALUE_AXIS_WIDTH = 56;
/** Half the width of a whisker's caps. */
const CAP = 6;
const yearOf = (d: AnnualRow) => d.year;
const valueOf = (d: AnnualRow) => d.value;

export default function AnnualExportsChart({
  rows,
  type,
  target,
  focusYear,
  valueTop,
  labels,
  ticks,
  tooltip,
  size,
}: AnnualExportsPlot & { size: PlotSize }) {
  const fill = (d: AnnualRow) =>
    d.year === focusYear ? FILL_FOCUS : d.status === "estimate" ? "url(#kdem-hatch)" : FILL;

  const years = rows.map((r) => r.year);
  const yearLabels = years.map(String);
  const surface = useSurfaceProps();
  return (
    <PlotArea size={size}>
      {(width) => (
        <ComposedChart data={rows} margin={MARGIN} {...surface}>
          <defs>
            {/* Estimates are hatched, not only lighter, so colour is not the only carrier of meaning. */}
            <Hatch id="kdem-hatch" fill={FILL_ESTIMATE} />
          </defs>
          <CartesianGrid {...valueGrid("y")} />
          <XAxis
            dataKey="year"
            {...timeAxis(years, yearLabels, 8, {
              span: plotSpan(width, MARGIN, VALUE_AXIS_WIDTH),
              band: type === "bar",
            })}
          />
          <YAxis
            tickFormatter={ticks.format}
            {...VALUE_AXIS}
            width={VALUE_AXIS_WIDTH}
            domain={[0, valueTop]}
            allowDataOverflow={type === "bar"}
          />
          <PlacedTooltip<AnnualRow>
            describe={tooltip}
            category={(d) => d.year}
            top={(d) => Math.max(d.value, d.high)}
            shape={type}
            maxBarSize={MAX_BAR}
            cursor={{ fill: "var(--color-accent-soft)" }}
          />
          <ReferenceLine
            y={target.value}
            // Its words above the line (in the top margin), so the top of the plot stays free for the record's label.
            {...goalLine(target.label, "insideBottomLeft")}
          />
          {type === "bar" ? (
            <>
              <StackedBars<AnnualRow>
                data={rows}
                category={yearOf}
                layers={[{ key: "value", value: valueOf, fill }]}
                maxBarSize={MAX_BAR}
                radius={2}
                animate={size.animate}
              />
              <TooltipAnchor<AnnualRow> dataKey={valueOf} />
            </>
          ) : (
            <Line
              dataKey="value"
              isAnimationActive={size.animate}
              stroke={FILL}
              strokeWidth={2.5}
              dot={({ cx, cy, payload }) => {
                const d = payload as AnnualRow;
                return (
                  <circle
                    key={d.year}
                    cx={cx}
                    cy={cy}
                    r={d.year === focusYear ? 6 : 3.5}
                    fill={d.status === "estimate" ? "var(--color-surface)" : d.year === focusYear ? FILL_FOCUS : FILL}
                    stroke={FILL}
                    strokeWidth={1.5}
                  />
                );
              }}
            />
          )}
          <Whiskers rows={rows} animate={size.animate} />
          <ValueLabels
            labels={labels}
            marks={rows.map((r) => ({
              category: r.year,
              value: r.value,
              top: Math.max(r.value, r.high),
              bottom: Math.min(r.value, r.low),
            }))}
            shape={type}
            maxBarSize={MAX_BAR}
            reference={{ value: target.value, text: target.label }}
          />
        </ComposedChart>
      )}
    </PlotArea>
  );
}

/**
 * The range the sources give for a disputed year: an ink whisker from low to high, capped at both
 * ends, over the bar or point. Drawn from the axes' scales: Recharts' ErrorBar stored its settings
 * anew on every render (a new object each time), so the chart took a second pass whenever it was
 * drawn again. When the marks animate, each whisker grows from its value with the bars, when the
 * chart first appears and when a new range is drawn (its key names the range, as StackedBars' group
 * does); a resize, a focus or a type switch moves it at once.
 */
function Whiskers({ rows, animate }: { rows: readonly AnnualRow[]; animate: boolean }) {
  const scales = usePlotScales();
  if (!scales) return null;
  const { centre, height } = scales;
  const span = rows.length ? `${rows[0]!.year} ${rows.at(-1)!.year}` : "";
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.line}>
      {rows.map((r) => {
        const [x, y, top, bottom] = [centre(r.year), height(r.value), height(r.high), height(r.low)];
        if (!(r.high > r.low) || x === undefined || y === undefined || top === undefined || bottom === undefined)
          return null;
        return <Whisker key={`${span} ${r.year}`} x={x} y={y} top={top} bottom={bottom} animate={animate} />;
      })}
    </ZIndexLayer>
  );
}

/**
 * One whisker. Whether it grows is decided when it appears: one already drawn stays still when the
 * chart starts animating (the first change of view on a page drawn from its HTML turns animation on).
 */
function Whisker({
  x,
  y,
  top,
  bottom,
  animate,
}: {
  x: number;
  y: number;
  top: number;
  bottom: number;
  animate: boolean;
}) {
  const [grows] = useState(animate);
  return (
    <g
      className={grows ? "kdem-whisker kdem-whisker-grow" : "kdem-whisker"}
      style={grows ? { transformOrigin: `${x}px ${y}px` } : undefined}
      stroke="var(--color-ink)"
      strokeWidth={1.5}
    >
      <line x1={x - CAP} y1={top} x2={x + CAP} y2={top} />
      <line x1={x} y1={bottom} x2={x} y2={top} />
      <line x1={x - CAP} y1={bottom} x2={x + CAP} y2={bottom} />
    </g>
  );
}
