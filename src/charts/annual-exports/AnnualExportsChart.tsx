/**
 * annual-exports: contract value of exports by year. Presentational: everything it shows arrives
 * in props, already derived (src/data/derive) and formatted (src/i18n/format).
 */
import { Bar, CartesianGrid, Cell, ComposedChart, ErrorBar, Line, ReferenceLine, XAxis, YAxis } from "recharts";
import type { AnnualRow } from "@/data/derive/annual-exports.ts";
import type { AnnualExportsPlot } from "./model.ts";
import { goalLine, Hatch, timeAxis, VALUE_AXIS, valueGrid } from "@/charts/shared/plot-parts.tsx";
import { PlacedTooltip } from "@/charts/shared/PlacedTooltip.tsx";
import { PlotArea, type PlotSize } from "@/charts/shared/PlotArea.tsx";
import { ValueLabels } from "@/charts/shared/ValueLabels.tsx";
import { useSurfaceProps } from "@/charts/shared/surface.ts";

interface Datum extends AnnualRow {
  /** ErrorBar deltas [below, above] the headline value: the range sources give; none if undisputed. */
  spread?: [number, number];
}

const FILL = "var(--color-bar)";
const FILL_ESTIMATE = "var(--color-bar-estimate)";
const FILL_FOCUS = "var(--color-bar-highlight)";
const MAX_BAR = 48;

export default function AnnualExportsChart({
  rows,
  type,
  target,
  focusYear,
  labels,
  ticks,
  tooltip,
  size,
}: AnnualExportsPlot & { size: PlotSize }) {
  const data: Datum[] = rows.map((r) => ({
    ...r,
    spread: r.high > r.low ? [r.value - r.low, r.high - r.value] : undefined,
  }));
  const disputed = data.some((d) => d.spread);
  const fill = (d: Datum) => (d.year === focusYear ? FILL_FOCUS : d.status === "estimate" ? "url(#kdem-hatch)" : FILL);

  const surface = useSurfaceProps();
  return (
    <PlotArea size={size}>
      <ComposedChart data={data} margin={{ top: 36, right: 24, bottom: 4, left: 4 }} {...surface}>
        <defs>
          {/* Estimates are hatched, not only lighter, so colour is not the only carrier of meaning. */}
          <Hatch id="kdem-hatch" fill={FILL_ESTIMATE} />
        </defs>
        <CartesianGrid {...valueGrid("y")} />
        <XAxis
          dataKey="year"
          {...timeAxis(
            data.map((d) => String(d.year)),
            8,
          )}
        />
        <YAxis
          tickFormatter={ticks.format}
          {...VALUE_AXIS}
          width={56}
          domain={[0, (max: number) => Math.ceil(Math.max(max, target.value) / 5) * 5]}
        />
        <PlacedTooltip<Datum>
          describe={tooltip}
          category={(d) => d.year}
          top={(d) => Math.max(d.value, d.high)}
          shape={type}
          maxBarSize={MAX_BAR}
          cursor={{ fill: "var(--color-accent-soft)" }}
        />
        <ReferenceLine
          y={target.value}
          ifOverflow="extendDomain"
          // Its words above the line (in the top margin), so the top of the plot stays free for the record's label.
          {...goalLine(target.label, "insideBottomLeft")}
        />
        {type === "bar" ? (
          <Bar dataKey="value" isAnimationActive={size.animate} radius={[2, 2, 0, 0]} maxBarSize={MAX_BAR}>
            {data.map((d) => (
              <Cell key={d.year} fill={fill(d)} />
            ))}
            {disputed && (
              <ErrorBar
                dataKey="spread"
                stroke="var(--color-ink)"
                strokeWidth={1.5}
                width={6}
                isAnimationActive={size.animate}
              />
            )}
          </Bar>
        ) : (
          <Line
            dataKey="value"
            isAnimationActive={size.animate}
            stroke={FILL}
            strokeWidth={2.5}
            dot={({ cx, cy, payload }) => {
              const d = payload as Datum;
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
          >
            {disputed && (
              <ErrorBar
                dataKey="spread"
                stroke="var(--color-ink)"
                strokeWidth={1.5}
                width={6}
                isAnimationActive={size.animate}
              />
            )}
          </Line>
        )}
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
    </PlotArea>
  );
}
