/**
 * world-share: Korea's SIPRI share by five-year period against the share goals. Presentational:
 * everything it shows arrives in props, already derived and formatted.
 */
import { useMemo } from "react";
import {
  CartesianGrid,
  ComposedChart,
  DefaultZIndexes,
  LabelList,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  useYAxisScale,
  YAxis,
  ZIndexLayer,
} from "recharts";
import {
  goalLine,
  Hatch,
  ModelTooltip,
  plotSpan,
  timeAxis,
  VALUE_AXIS,
  valueGrid,
} from "@/charts/shared/plot-parts.tsx";
import { aboveMark, labelAbove, PlotLabel } from "@/charts/shared/PlotLabel.tsx";
import { PlotArea, type PlotSize } from "@/charts/shared/PlotArea.tsx";
import { StackedBars, useBarCentre, type BarEdge } from "@/charts/shared/StackedBars.tsx";
import { TooltipAnchor } from "@/charts/shared/TooltipAnchor.tsx";
import { useSurfaceProps } from "@/charts/shared/surface.ts";
import type { WorldShareBar, WorldSharePlot } from "./model.ts";

const FILL = "var(--color-bar)";
const FILL_HIGHLIGHT = "var(--color-bar-highlight)";
const HATCH = "kdem-hatch-share";
const MAX_BAR = 56;
const MARGIN = { top: 28, right: 16, bottom: 4, left: 12 };
const VALUE_AXIS_WIDTH = 44;
const periodOf = (b: WorldShareBar) => b.period;
const valueOf = (b: WorldShareBar) => b.value;
const APPROXIMATE_EDGE: BarEdge = { stroke: FILL, strokeDasharray: "3 2" };
const edge = (b: WorldShareBar) => (b.qualifier !== "exact" ? APPROXIMATE_EDGE : undefined);

export default function WorldShareChart({
  bars,
  type,
  targets,
  focusYear,
  ticks,
  tooltip,
  size,
}: WorldSharePlot & { size: PlotSize }) {
  const stands = (b: WorldShareBar) => b.isCurrent || b.year === focusYear;
  // Approximate shares are hatched (bars) or hollow (line) as well as labelled "≈", so shape carries it too.
  const fill = (b: WorldShareBar) => (stands(b) ? FILL_HIGHLIGHT : b.qualifier !== "exact" ? `url(#${HATCH})` : FILL);
  const label = <LabelList dataKey="label" content={labelAbove} />;

  // The value axis reaches past the highest share or goal to the next whole percent and one more.
  // Made again only when they change: Recharts recomputes the chart for a new domain array.
  const yDomain = useMemo(
    () => [0, Math.ceil(Math.max(...bars.map((b) => b.value), ...targets.map((t) => t.value))) + 1] as const,
    [bars, targets],
  );
  const periods = bars.map((b) => b.period);
  const surface = useSurfaceProps();
  return (
    <PlotArea size={size}>
      {(width) => (
        <ComposedChart data={bars} margin={MARGIN} {...surface}>
          <defs>
            <Hatch id={HATCH} fill="var(--color-bar-estimate)" />
          </defs>
          <CartesianGrid {...valueGrid("y")} />
          <XAxis
            dataKey="period"
            {...timeAxis(periods, periods, 10, {
              span: plotSpan(width, MARGIN, VALUE_AXIS_WIDTH),
              band: type === "bar",
            })}
          />
          <YAxis
            tickFormatter={ticks.format}
            {...VALUE_AXIS}
            width={VALUE_AXIS_WIDTH}
            domain={yDomain}
            allowDecimals={false}
            allowDataOverflow={type === "bar"}
          />
          <Tooltip
            content={<ModelTooltip<WorldShareBar> describe={tooltip} />}
            cursor={{ fill: "var(--color-accent-soft)" }}
            isAnimationActive={false}
            includeHidden
          />
          {targets.map((t) => (
            <ReferenceLine key={t.label} y={t.value} {...goalLine(t.label)} />
          ))}
          {type === "bar" ? (
            <>
              <StackedBars<WorldShareBar>
                data={bars}
                category={periodOf}
                layers={[{ key: "value", value: valueOf, fill, edge }]}
                maxBarSize={MAX_BAR}
                radius={2}
                animate={size.animate}
              />
              <TooltipAnchor<WorldShareBar> dataKey={valueOf} />
              <BarLabels bars={bars} />
            </>
          ) : (
            <Line
              dataKey="value"
              stroke={FILL}
              strokeWidth={2.5}
              isAnimationActive={size.animate}
              dot={({ cx, cy, payload }) => {
                const b = payload as WorldShareBar;
                return (
                  <circle
                    key={b.id}
                    cx={cx}
                    cy={cy}
                    r={stands(b) ? 6 : 4}
                    fill={b.qualifier !== "exact" ? "var(--color-surface)" : stands(b) ? FILL_HIGHLIGHT : FILL}
                    stroke={FILL}
                    strokeWidth={1.5}
                  />
                );
              }}
            >
              {label}
            </Line>
          )}
        </ComposedChart>
      )}
    </PlotArea>
  );
}

/** The story labels above their bars, placed from the axes' scales as the bars are (StackedBars). */
function BarLabels({ bars }: { bars: readonly WorldShareBar[] }) {
  const centre = useBarCentre(MAX_BAR);
  const height = useYAxisScale();
  if (!centre || !height) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.label}>
      {bars.map((b) => {
        const [x, top] = [centre(b.period), height(b.value)];
        if (!b.label || x === undefined || top === undefined) return null;
        return (
          <PlotLabel key={b.id} {...aboveMark(x, top)}>
            {b.label}
          </PlotLabel>
        );
      })}
    </ZIndexLayer>
  );
}
