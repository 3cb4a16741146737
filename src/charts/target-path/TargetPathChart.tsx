/**
 * target-path: actual contract value by year, the dashed projection to the 2030 goal, and under the
 * plot the growth rate the goal needs next to the rates achieved. Presentational: all text arrives in props.
 */
import {
  CartesianGrid,
  ComposedChart,
  DefaultZIndexes,
  Line,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  useChartWidth,
  usePlotArea,
  ZIndexLayer,
} from "recharts";
import {
  ChartKey,
  keyRows,
  type KeyItem,
  Hatch,
  KEY_ROW,
  ModelTooltip,
  textWidth,
  usePlotScales,
  VALUE_AXIS,
  valueGrid,
  YEAR_AXIS,
} from "@/charts/shared/plot-parts.tsx";
import { PlotArea, type PlotSize } from "@/charts/shared/PlotArea.tsx";
import { LABEL_FONT, PlotLabel } from "@/charts/shared/PlotLabel.tsx";
import { useSurfaceProps } from "@/charts/shared/surface.ts";
import type { RateBar, TargetPathPlot, TargetPathPoint } from "./model.ts";

const ACTUAL = "var(--color-bar)";
const PROJECTED = "var(--color-target)";
const ROW = 20;
const DASH = "7 5";

/** Height of the x axis Recharts reserves under the plot. */
const X_AXIS = 30;

export default function TargetPathChart({
  points,
  target,
  actualLabel,
  projectionLabel,
  latestLabel,
  rates,
  focusYear,
  valueTop,
  ticks,
  tooltip,
  size,
}: TargetPathPlot & { size: PlotSize }) {
  const ratesHeight = 24 + rates.bars.length * ROW;
  const keyItems: KeyItem[] = [
    { label: actualLabel, color: ACTUAL, kind: "line" },
    { label: projectionLabel, color: PROJECTED, kind: "line", dash: DASH },
  ];
  const surface = useSurfaceProps();
  return (
    <PlotArea size={size}>
      {(width) => (
        <ComposedChart
          data={points}
          margin={{ top: 12 + keyRows(keyItems, width) * KEY_ROW, right: 16, bottom: ratesHeight, left: 4 }}
          {...surface}
        >
          <defs>
            <Hatch id="kdem-hatch-rate" fill={ACTUAL} />
          </defs>
          <CartesianGrid {...valueGrid("y")} />
          <XAxis dataKey="year" type="number" domain={["dataMin", "dataMax"]} allowDecimals={false} {...YEAR_AXIS} />
          <YAxis tickFormatter={ticks.format} {...VALUE_AXIS} width={56} domain={[0, valueTop]} />
          <Tooltip
            content={<ModelTooltip<TargetPathPoint> describe={tooltip} />}
            cursor={{ stroke: "var(--color-line)" }}
            isAnimationActive={false}
          />
          <Line
            dataKey="actual"
            stroke={ACTUAL}
            strokeWidth={2.5}
            isAnimationActive={size.animate}
            connectNulls={false}
            dot={false}
          />
          {/* Dashed and labelled in words: a projection, never mistaken for data. */}
          <Line
            dataKey="projected"
            stroke={PROJECTED}
            strokeWidth={2.5}
            strokeDasharray={DASH}
            dot={false}
            isAnimationActive={size.animate}
          />
          {/* The goal's label sits at the left end of its line, over the low early years, where nothing else is drawn. */}
          <ReferenceLine
            y={target.value}
            stroke={PROJECTED}
            strokeDasharray="2 4"
            strokeWidth={1}
            label={{ value: target.label, position: "insideTopLeft", fill: PROJECTED, fontSize: 12, fontWeight: 600 }}
          />
          <ReferenceDot x={target.year} y={target.value} r={5} fill={PROJECTED} stroke="var(--color-surface)" />
          <ActualMarks points={points} focusYear={focusYear} latestLabel={latestLabel} />
          <ChartKey items={keyItems} />
          <RateBars title={rates.title} bars={rates.bars} />
        </ComposedChart>
      )}
    </PlotArea>
  );
}

/**
 * The actual line's points (hollow for estimates, larger for the focused year) and the latest year's
 * label, below and right of its point: the only corner where neither line passes. Drawn from the axes'
 * scales: as Recharts dots and a LabelList they ran for every year (75 at scale) to draw one label.
 */
function ActualMarks({ points, focusYear, latestLabel }: Pick<TargetPathPlot, "points" | "focusYear" | "latestLabel">) {
  const scales = usePlotScales();
  if (!scales) return null;
  const at = (p: TargetPathPoint) => {
    const [x, y] = [scales.centre(p.year), p.actual === undefined ? undefined : scales.height(p.actual)];
    return x === undefined || y === undefined ? undefined : { x, y };
  };
  const latest = points.find((p) => p.year === latestLabel.year);
  const label = latest && at(latest);
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
        <g className="kdem-dots">
          {points.map((p) => {
            const dot = at(p);
            if (!dot) return null;
            const estimate = p.row?.status === "estimate";
            return (
              <circle
                key={p.year}
                cx={dot.x}
                cy={dot.y}
                r={p.year === focusYear ? 6 : 3.5}
                fill={estimate ? "var(--color-surface)" : p.year === focusYear ? "var(--color-bar-highlight)" : ACTUAL}
                stroke={ACTUAL}
                strokeWidth={1.5}
              />
            );
          })}
        </g>
      </ZIndexLayer>
      {label && (
        <ZIndexLayer zIndex={DefaultZIndexes.label}>
          <PlotLabel x={label.x + 6} y={label.y + 18} anchor="start">
            {latestLabel.text}
          </PlotLabel>
        </ZIndexLayer>
      )}
    </>
  );
}

/**
 * The required rate against past rates as a small bar set inside the same SVG, so the comparison is
 * part of the chart wherever it is shown (embed, baked SVG, slides). Labels carry every number.
 */
function RateBars({ title, bars }: { title: string; bars: RateBar[] }) {
  const plot = usePlotArea();
  const width = useChartWidth();
  if (!plot || !width) return null;
  const left = 8;
  const labelWidth = Math.max(...bars.map((b) => textWidth(b.label, LABEL_FONT, b.required))) + 8;
  const valueWidth = Math.max(...bars.map((b) => textWidth(b.value, LABEL_FONT, true))) + 8;
  // Capped so that on wide screens the bars stay comparable at a glance rather than spanning the page.
  const room = Math.min(360, Math.max(24, width - left - labelWidth - valueWidth - 8));
  const max = Math.max(...bars.map((b) => b.rate), 0);
  const top = plot.y + plot.height + X_AXIS;
  return (
    <g className="kdem-rate-bars" aria-label={title} role="list">
      <PlotLabel x={left} y={top + 12} size={12}>
        {title}
      </PlotLabel>
      {bars.map((b, i) => {
        const y = top + 24 + i * ROW;
        const length = max > 0 ? Math.max(1, (Math.max(0, b.rate) / max) * room) : 1;
        const fill = b.required ? PROJECTED : b.bound === "approx" ? "url(#kdem-hatch-rate)" : ACTUAL;
        return (
          <g key={b.key} role="listitem" data-rate={b.key}>
            <text
              x={left}
              y={y + 11}
              fill={b.required ? PROJECTED : "var(--color-ink-muted)"}
              fontSize={LABEL_FONT}
              fontWeight={b.required ? 700 : 400}
            >
              {b.label}
            </text>
            <rect
              x={left + labelWidth}
              y={y + 2}
              width={length}
              height={ROW - 8}
              fill={fill}
              stroke={b.bound === "approx" ? ACTUAL : "none"}
            />
            <PlotLabel x={left + labelWidth + length + 4} y={y + 11} fill={b.required ? PROJECTED : undefined}>
              {b.value}
            </PlotLabel>
          </g>
        );
      })}
    </g>
  );
}
