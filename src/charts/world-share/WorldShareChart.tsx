/**
 * world-share: Korea's SIPRI share by five-year period against the share goals. Presentational:
 * everything it shows arrives in props, already derived and formatted.
 */
import { useMemo } from "react";
import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  LabelList,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { goalLine, Hatch, ModelTooltip, timeAxis, VALUE_AXIS, valueGrid } from "@/charts/shared/plot-parts.tsx";
import { labelAbove } from "@/charts/shared/PlotLabel.tsx";
import { PlotArea, type PlotSize } from "@/charts/shared/PlotArea.tsx";
import { useSurfaceProps } from "@/charts/shared/surface.ts";
import type { WorldShareBar, WorldSharePlot } from "./model.ts";

const FILL = "var(--color-bar)";
const FILL_HIGHLIGHT = "var(--color-bar-highlight)";
const HATCH = "kdem-hatch-share";

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

  // One domain function per set of goals: Recharts recomputes the chart for a new function.
  const yDomain = useMemo(
    () => [0, (max: number) => Math.ceil(Math.max(max, ...targets.map((t) => t.value)) + 1)] as const,
    [targets],
  );
  const periods = bars.map((b) => b.period);
  const surface = useSurfaceProps();
  return (
    <PlotArea size={size}>
      <ComposedChart data={bars} margin={{ top: 28, right: 16, bottom: 4, left: 12 }} {...surface}>
        <defs>
          <Hatch id={HATCH} fill="var(--color-bar-estimate)" />
        </defs>
        <CartesianGrid {...valueGrid("y")} />
        <XAxis dataKey="period" {...timeAxis(periods, 10)} />
        <YAxis tickFormatter={ticks.format} {...VALUE_AXIS} width={44} domain={yDomain} allowDecimals={false} />
        <Tooltip
          content={<ModelTooltip<WorldShareBar> describe={tooltip} />}
          cursor={{ fill: "var(--color-accent-soft)" }}
          isAnimationActive={false}
        />
        {targets.map((t) => (
          <ReferenceLine key={t.label} y={t.value} {...goalLine(t.label)} />
        ))}
        {type === "bar" ? (
          <Bar dataKey="value" isAnimationActive={size.animate} radius={[2, 2, 0, 0]} maxBarSize={56}>
            {bars.map((b) => (
              <Cell
                key={b.id}
                fill={fill(b)}
                stroke={b.qualifier !== "exact" ? FILL : undefined}
                strokeDasharray={b.qualifier !== "exact" ? "3 2" : undefined}
              />
            ))}
            {label}
          </Bar>
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
    </PlotArea>
  );
}
