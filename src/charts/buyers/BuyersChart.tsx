/**
 * buyers: deal value per year stacked by buyer, with the year's total of all contracts as a tick
 * across each bar. Presentational: everything it shows arrives in props.
 */
import { CartesianGrid, ComposedChart, DefaultZIndexes, XAxis, YAxis, ZIndexLayer } from "recharts";
import { OTHER, type BuyersPlot, type BuyersYear } from "./model.ts";
import {
  ChartKey,
  Hatch,
  KEY_ROW,
  keyRows,
  plotSpan,
  type KeyItem,
  timeAxis,
  usePlotScales,
  VALUE_AXIS,
  valueGrid,
} from "@/charts/shared/plot-parts.tsx";
import { aboveMark, PlotLabel } from "@/charts/shared/PlotLabel.tsx";
import { PlacedTooltip } from "@/charts/shared/PlacedTooltip.tsx";
import { PlotArea, type PlotSize } from "@/charts/shared/PlotArea.tsx";
import { StackedBars, type StackLayer } from "@/charts/shared/StackedBars.tsx";
import { TooltipAnchor } from "@/charts/shared/TooltipAnchor.tsx";
import { useSurfaceProps } from "@/charts/shared/surface.ts";

const HATCH = "kdem-hatch-buyer";
/** Named buyers in stack order; the third is hatched so it differs from the others in pattern as well as hue. */
const NAMED_FILLS: { color: string; fill?: string }[] = [
  { color: "var(--color-bar)" },
  { color: "var(--color-series-2)" },
  { color: "var(--color-series-3)", fill: `url(#${HATCH})` },
];
const OTHER_FILL: { color: string; fill?: string } = { color: "var(--color-series-other)" };
const TOTAL = "var(--color-ink)";
const MAX_BAR = 48;
const MARGIN = { right: 12, bottom: 4, left: 4 };
const VALUE_AXIS_WIDTH = 56;
/** The annual-total tick reaches this far either side of the bar's centre. */
const TICK_HALF = 16;
const yearOf = (y: BuyersYear) => y.year;
const dealSumOf = (y: BuyersYear) => y.dealSum;

export default function BuyersChart({
  years,
  series,
  totalLabel,
  focusYear,
  valueTop,
  ticks,
  tooltip,
  size,
}: BuyersPlot & { size: PlotSize }) {
  const fills = series.map((s, i) => (s.key === OTHER ? OTHER_FILL : (NAMED_FILLS[i] ?? OTHER_FILL)));
  const keyItems: KeyItem[] = [
    ...series.map((s, i) => ({ label: s.name, kind: "box" as const, ...fills[i]! })),
    { label: totalLabel, color: TOTAL, kind: "tick" },
  ];

  const yearValues = years.map(yearOf);
  const yearLabels = yearValues.map(String);
  const layers: StackLayer<BuyersYear>[] = series.map((s, i) => ({
    key: s.key,
    value: (y) => y.segments[s.key] ?? 0,
    fill: fills[i]!.fill ?? fills[i]!.color,
  }));
  const surface = useSurfaceProps();
  return (
    <PlotArea size={size}>
      {(width) => (
        <ComposedChart data={years} margin={{ ...MARGIN, top: 22 + keyRows(keyItems, width) * KEY_ROW }} {...surface}>
          <defs>
            <Hatch id={HATCH} fill="var(--color-series-3)" />
          </defs>
          <ChartKey items={keyItems} />
          <CartesianGrid {...valueGrid("y")} />
          {/* Deal years skip years, so each keeps its label wherever it fits: a tighter gap than other time axes. */}
          <XAxis
            dataKey="year"
            {...timeAxis(yearValues, yearLabels, 4, { span: plotSpan(width, MARGIN, VALUE_AXIS_WIDTH), band: true })}
          />
          <YAxis
            tickFormatter={ticks.format}
            {...VALUE_AXIS}
            width={VALUE_AXIS_WIDTH}
            domain={[0, valueTop]}
            allowDataOverflow
          />
          <PlacedTooltip<BuyersYear>
            describe={tooltip}
            category={(y) => y.year}
            top={(y) => Math.max(y.dealSum, y.annualTotal ?? 0)}
            shape="bar"
            maxBarSize={MAX_BAR}
            minHalfWidth={TICK_HALF}
            cursor={{ fill: "var(--color-accent-soft)" }}
          />
          <StackedBars
            data={years}
            category={yearOf}
            layers={layers}
            maxBarSize={MAX_BAR}
            stroke="var(--color-surface)"
            strokeWidth={1}
            outline={focusYear === undefined ? undefined : { category: focusYear, stroke: TOTAL, strokeWidth: 2 }}
            animate={size.animate}
          />
          <TooltipAnchor<BuyersYear> dataKey={dealSumOf} />
          <TotalTicks years={years} />
        </ComposedChart>
      )}
    </PlotArea>
  );
}

/**
 * The year's total of all contracts as a tick across its bar, and the story label above the taller
 * of bar and tick. Drawn from the axes' scales rather than as two invisible Recharts lines: each was
 * a line's worth of Recharts work (its path measured too) for 75 short strokes at scale.
 */
function TotalTicks({ years }: { years: readonly BuyersYear[] }) {
  const scales = usePlotScales();
  if (!scales) return null;
  const { centre, height } = scales;
  return (
    <>
      {/* Where Recharts draws a line's dots, which these were: above the axis line. */}
      <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
        {years.map((y) => {
          const [cx, cy] = [centre(y.year), y.annualTotal === undefined ? undefined : height(y.annualTotal)];
          if (cx === undefined || cy === undefined) return null;
          return (
            <g key={y.year} className="kdem-total-tick">
              <line
                x1={cx - TICK_HALF}
                x2={cx + TICK_HALF}
                y1={cy}
                y2={cy}
                stroke="var(--color-surface)"
                strokeWidth={5}
              />
              <line x1={cx - TICK_HALF} x2={cx + TICK_HALF} y1={cy} y2={cy} stroke={TOTAL} strokeWidth={2.5} />
            </g>
          );
        })}
      </ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.label}>
        {years.map((y) => {
          const [cx, top] = [centre(y.year), height(Math.max(y.dealSum, y.annualTotal ?? 0))];
          if (!y.label || cx === undefined || top === undefined) return null;
          return (
            <PlotLabel key={y.year} {...aboveMark(cx, top)}>
              {y.label}
            </PlotLabel>
          );
        })}
      </ZIndexLayer>
    </>
  );
}
