/**
 * buyers: deal value per year stacked by buyer, with the year's total of all contracts as a tick
 * across each bar. Presentational: everything it shows arrives in props.
 */
import { useState } from "react";
import { Bar, CartesianGrid, Cell, ComposedChart, LabelList, Line, XAxis, YAxis } from "recharts";
import { OTHER, type BuyersPlot, type BuyersYear } from "./model.ts";
import { ChartKey, Hatch, KEY_ROW, type KeyItem, timeAxis, VALUE_AXIS } from "@/charts/shared/plot-parts.tsx";
import { labelAbove } from "@/charts/shared/PlotLabel.tsx";
import { PlacedTooltip } from "@/charts/shared/PlacedTooltip.tsx";
import { PlotArea, type PlotSize } from "@/charts/shared/PlotArea.tsx";
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
/** The annual-total tick reaches this far either side of the bar's centre. */
const TICK_HALF = 16;

export default function BuyersChart({
  years,
  series,
  totalLabel,
  focusYear,
  ticks,
  tooltip,
  size,
}: BuyersPlot & { size: PlotSize }) {
  const [keyRows, setKeyRows] = useState(1);
  const fills = series.map((s, i) => (s.key === OTHER ? OTHER_FILL : (NAMED_FILLS[i] ?? OTHER_FILL)));
  const keyItems: KeyItem[] = [
    ...series.map((s, i) => ({ label: s.name, kind: "box" as const, ...fills[i]! })),
    { label: totalLabel, color: TOTAL, kind: "tick" },
  ];

  const yearLabels = years.map((y) => String(y.year));
  const surface = useSurfaceProps();
  return (
    <PlotArea size={size}>
      <ComposedChart data={years} margin={{ top: 22 + keyRows * KEY_ROW, right: 12, bottom: 4, left: 4 }} {...surface}>
        <defs>
          <Hatch id={HATCH} fill="var(--color-series-3)" />
        </defs>
        <ChartKey items={keyItems} onRows={setKeyRows} />
        <CartesianGrid vertical={false} stroke="var(--color-line)" />
        {/* Deal years skip years, so each keeps its label wherever it fits: a tighter gap than other time axes. */}
        <XAxis dataKey="year" {...timeAxis(yearLabels, 4)} />
        <YAxis
          tickFormatter={ticks.format}
          {...VALUE_AXIS}
          width={56}
          domain={[0, (max: number) => Math.ceil(max / 5) * 5]}
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
        {series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={(y: BuyersYear) => y.segments[s.key] ?? 0}
            name={s.name}
            stackId="deals"
            fill={fills[i]!.fill ?? fills[i]!.color}
            isAnimationActive={size.animate}
            maxBarSize={MAX_BAR}
          >
            {years.map((y) => (
              <Cell
                key={y.year}
                stroke={y.year === focusYear ? TOTAL : "var(--color-surface)"}
                strokeWidth={y.year === focusYear ? 2 : 1}
              />
            ))}
          </Bar>
        ))}
        {/* The annual total as a tick across the bar: deal sums and totals differ, and the reader should see by how much. */}
        <Line
          dataKey="annualTotal"
          stroke="none"
          dot={TotalTick}
          activeDot={false}
          isAnimationActive={false}
          legendType="none"
        />
        <Line
          dataKey={(y: BuyersYear) => Math.max(y.dealSum, y.annualTotal ?? 0)}
          stroke="none"
          dot={false}
          activeDot={false}
          isAnimationActive={false}
          legendType="none"
        >
          <LabelList dataKey="label" content={labelAbove} />
        </Line>
      </ComposedChart>
    </PlotArea>
  );
}

function TotalTick({ cx, cy, index }: { cx?: number; cy?: number; index?: number }) {
  if (cx === undefined || cy === undefined || !Number.isFinite(cy)) return <g key={index} />;
  return (
    <g key={index} className="kdem-total-tick">
      <line x1={cx - TICK_HALF} x2={cx + TICK_HALF} y1={cy} y2={cy} stroke="var(--color-surface)" strokeWidth={5} />
      <line x1={cx - TICK_HALF} x2={cx + TICK_HALF} y1={cy} y2={cy} stroke={TOTAL} strokeWidth={2.5} />
    </g>
  );
}
