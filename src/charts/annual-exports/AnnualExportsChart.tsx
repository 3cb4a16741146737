/**
 * annual-exports: contract value of exports by year. Presentational: everything it shows arrives
 * in props, already derived (src/data/derive) and formatted (src/i18n/format).
 */
import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  ErrorBar,
  LabelList,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { AnnualRow } from "@/data/derive/annual-exports.ts";
import type { AnnualExportsPlot } from "./model.ts";
import { AXIS_TICK, Hatch, ModelTooltip } from "../shared/plot-parts.tsx";
import { PlotArea, type PlotSize } from "../shared/PlotArea.tsx";
import { useSurfaceProps } from "../shared/surface.ts";

interface Datum extends AnnualRow {
  /** ErrorBar deltas [below, above] the headline value: the range sources give; none if undisputed. */
  spread?: [number, number];
  label?: string;
}

const FILL = "var(--color-bar)";
const FILL_ESTIMATE = "var(--color-bar-estimate)";
const FILL_FOCUS = "var(--color-bar-highlight)";

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
    label: labels[r.year],
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
        <CartesianGrid vertical={false} stroke="var(--color-line)" />
        <XAxis
          dataKey="year"
          tick={AXIS_TICK}
          tickLine={false}
          axisLine={{ stroke: "var(--color-line)" }}
          interval="preserveStartEnd"
          minTickGap={8}
        />
        <YAxis
          tickFormatter={ticks.format}
          tick={AXIS_TICK}
          tickLine={false}
          axisLine={false}
          width={56}
          domain={[0, (max: number) => Math.ceil(Math.max(max, target.value) / 5) * 5]}
        />
        <Tooltip
          content={<ModelTooltip<Datum> describe={tooltip} />}
          cursor={{ fill: "var(--color-accent-soft)" }}
          isAnimationActive={false}
        />
        <ReferenceLine
          y={target.value}
          stroke="var(--color-target)"
          strokeDasharray="6 4"
          strokeWidth={2}
          ifOverflow="extendDomain"
          label={{
            value: target.label,
            position: "insideTopLeft",
            fill: "var(--color-target)",
            fontSize: 12,
            fontWeight: 600,
          }}
        />
        {type === "bar" ? (
          <Bar dataKey="value" isAnimationActive={size.animate} radius={[2, 2, 0, 0]} maxBarSize={48}>
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
            <LabelList
              dataKey="label"
              content={(p) => <StoryLabel {...(p as LabelProps)} datum={data[Number(p.index)]} />}
            />
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
            <LabelList
              dataKey="label"
              content={(p) => <StoryLabel {...(p as LabelProps)} datum={data[Number(p.index)]} />}
            />
          </Line>
        )}
      </ComposedChart>
    </PlotArea>
  );
}

interface LabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
  datum?: Datum;
}

/**
 * One line of text centred above the point, lifted above the range whisker of disputed years so
 * the two never overlap. Drawn without Recharts' word wrapping, which split "Record $17.3B".
 */
function StoryLabel({ x, y, width, height, value, datum }: LabelProps) {
  if (typeof value !== "string" || !value || !datum) return null;
  const cx = Number(x) + Number(width ?? 0) / 2;
  // Bars know their pixel height, so the whisker's top is exact; lines get a fixed lift.
  const pxPerUnit = height !== undefined && datum.value > 0 ? Math.abs(Number(height)) / datum.value : 0;
  const whisker = datum.spread ? (pxPerUnit ? datum.spread[1] * pxPerUnit : 12) : 0;
  return (
    <text
      x={cx}
      y={Number(y) - 8 - whisker}
      textAnchor="middle"
      fill="var(--color-ink)"
      fontSize={11}
      fontWeight={600}
      className="kdem-story-label"
    >
      {value}
    </text>
  );
}
