/**
 * contracts-vs-deliveries: two panels in one drawing, sharing the years. Contracts (USD) stand on the
 * middle line against the left scale; deliveries (SIPRI TIV) stand on the bottom against the right
 * scale. Each axis covers only its own panel, so no value can be read against the other's unit.
 */
import { useMemo } from "react";
import { CartesianGrid, ComposedChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { Hatch, ModelTooltip, plotSpan, timeAxis, VALUE_AXIS, valueGrid } from "@/charts/shared/plot-parts.tsx";
import { PlotArea, type PlotSize } from "@/charts/shared/PlotArea.tsx";
import { StackedBars } from "@/charts/shared/StackedBars.tsx";
import { TooltipAnchor } from "@/charts/shared/TooltipAnchor.tsx";
import { useSurfaceProps } from "@/charts/shared/surface.ts";
import type { ContractsVsDeliveriesPlot, YearPair } from "./model.ts";

const CONTRACTS = "var(--color-bar)";
const DELIVERIES = "var(--color-ink-muted)";
const HATCH = "kdem-hatch-cvd";
/** The top panel's scale runs this far below zero, so its zero line is the drawing's middle. */
const HEADROOM = 1.3;
/** The bottom panel's bars reach at most this share of the drawing's height. */
const BOTTOM_SHARE = 0.38;
const MAX_BAR = 28;
const MARGIN = { top: 8, right: 4, bottom: 4, left: 4 };
/** Each panel's value axis: the contracts' on the left, the deliveries' on the right. */
const AXIS_WIDTH = 44;
const yearOf = (y: YearPair) => y.year;
const contractsOf = (y: YearPair) => y.contracts ?? 0;
const deliveriesOf = (y: YearPair) => y.deliveries ?? 0;
const contractsFill = (y: YearPair) => (y.status === "estimate" ? `url(#${HATCH})` : CONTRACTS);
/** A year has a tooltip when it has either figure, as when Recharts' bars gave the tooltip its points. */
const anchorOf = (y: YearPair) => y.contracts ?? y.deliveries;

/** Round tick steps from 0 to at least `max`. */
function ticksUpTo(max: number, count = 3): number[] {
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, i) => i * step);
}

export default function ContractsVsDeliveriesChart({
  years,
  contracts,
  deliveries,
  tooltip,
  size,
}: ContractsVsDeliveriesPlot & { size: PlotSize }) {
  // Made again only when the years change: Recharts recomputes the chart for a new ticks array.
  const { usdTicks, tivTicks, usdTop, tivTop } = useMemo(() => {
    const usdTicks = ticksUpTo(Math.max(...years.map((y) => y.contracts ?? 0)));
    const tivTicks = ticksUpTo(Math.max(...years.map((y) => y.deliveries ?? 0)));
    const usdTop = usdTicks.at(-1)! * HEADROOM;
    const tivTop = tivTicks.at(-1)! / BOTTOM_SHARE;
    return { usdTicks, tivTicks, usdTop, tivTop };
  }, [years]);
  const title = (text: string) => ({
    value: text,
    position: "insideTopLeft" as const,
    fill: "var(--color-ink)",
    fontSize: 12,
    fontWeight: 600,
  });

  const yearValues = years.map(yearOf);
  const yearLabels = yearValues.map(String);
  const surface = useSurfaceProps();
  return (
    <PlotArea size={size}>
      {(width) => (
        <ComposedChart data={years} margin={MARGIN} {...surface}>
          <defs>
            <Hatch id={HATCH} fill="var(--color-bar-estimate)" />
          </defs>
          <CartesianGrid {...valueGrid("y")} yAxisId="usd" horizontalValues={usdTicks} />
          {/* Bands, as Recharts gives an axis under its own bars: the bars are drawn from them (StackedBars). */}
          <XAxis xAxisId="usd" dataKey="year" scale="band" hide />
          <XAxis
            xAxisId="tiv"
            dataKey="year"
            {...timeAxis(yearValues, yearLabels, 12, {
              span: plotSpan(width, MARGIN, AXIS_WIDTH, AXIS_WIDTH),
              band: true,
            })}
          />
          <YAxis
            yAxisId="usd"
            orientation="left"
            domain={[-usdTop, usdTop]}
            ticks={usdTicks}
            tickFormatter={contracts.format}
            {...VALUE_AXIS}
            width={AXIS_WIDTH}
            allowDataOverflow
          />
          <YAxis
            yAxisId="tiv"
            orientation="right"
            domain={[0, tivTop]}
            ticks={tivTicks}
            tickFormatter={deliveries.format}
            {...VALUE_AXIS}
            width={AXIS_WIDTH}
            allowDataOverflow
          />
          <Tooltip
            content={<ModelTooltip<YearPair> describe={tooltip} />}
            cursor={{ fill: "var(--color-accent-soft)" }}
            isAnimationActive={false}
            includeHidden
          />
          {/* Each panel's title, where its scale starts: the unit is never left to the axis alone. */}
          <ReferenceLine yAxisId="usd" xAxisId="usd" y={usdTop} stroke="none" label={title(contracts.title)} />
          <ReferenceLine yAxisId="usd" xAxisId="usd" y={0} stroke="var(--color-line)" />
          <ReferenceLine yAxisId="tiv" xAxisId="tiv" y={tivTop / 2} stroke="none" label={title(deliveries.title)} />
          <StackedBars<YearPair>
            data={years}
            category={yearOf}
            layers={[{ key: "contracts", value: contractsOf, fill: contractsFill }]}
            maxBarSize={MAX_BAR}
            radius={2}
            animate={size.animate}
            xAxisId="usd"
            yAxisId="usd"
          />
          <StackedBars<YearPair>
            data={years}
            category={yearOf}
            layers={[{ key: "deliveries", value: deliveriesOf, fill: DELIVERIES }]}
            maxBarSize={MAX_BAR}
            radius={2}
            animate={size.animate}
            xAxisId="tiv"
            yAxisId="tiv"
          />
          <TooltipAnchor<YearPair> dataKey={anchorOf} xAxisId="usd" yAxisId="usd" />
        </ComposedChart>
      )}
    </PlotArea>
  );
}
