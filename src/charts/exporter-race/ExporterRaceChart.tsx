/**
 * exporter-race: South Korea's share of world deliveries against 4th place's, window by window, the
 * share goals as dashed lines, SIPRI's newest published edition as separate hollow points.
 * Presentational: everything it shows arrives in props.
 */
import { CartesianGrid, ComposedChart, LabelList, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { goalLine, ModelTooltip, textWidth, timeAxis, VALUE_AXIS, valueGrid } from "@/charts/shared/plot-parts.tsx";
import { listLabel, STORY_LABEL } from "@/charts/shared/PlotLabel.tsx";
import { PlotArea, type PlotSize } from "@/charts/shared/PlotArea.tsx";
import { useSurfaceProps } from "@/charts/shared/surface.ts";
import type { ExporterRacePlot, RacePoint } from "./model.ts";

const KOREA = "var(--color-bar-highlight)";
const FOURTH = "var(--color-ink-muted)";
const FONT = 12;

export default function ExporterRaceChart({
  points,
  goals,
  names,
  ticks,
  tooltip,
  size,
}: ExporterRacePlot & { size: PlotSize }) {
  const values = points.flatMap((p) => [p.korea, p.fourth, p.publishedKorea, p.publishedFourth]);
  const top = Math.ceil(Math.max(...values.map((v) => v ?? 0), ...goals.map((g) => g.value)) + 1);
  const lastComputed = [...points].reverse().find((p) => !p.isPublished);
  // Each line is named at its last computed point, so no legend is needed.
  // Korea's line climbs to its last point from below-left of 4th place's: its name goes under it.
  const endLabel = (text: string, below: boolean) =>
    listLabel(
      (m) => ({
        x: m.x - 6,
        y: m.y + (below ? 20 : -10),
        anchor: "end",
        size: FONT,
        weight: 700,
        halo: true,
        className: STORY_LABEL,
      }),
      (value, index) =>
        typeof value === "number" && points[index ?? -1]?.id === lastComputed?.id
          ? `${text} ${ticks.format(Math.round(value * 10) / 10)}`
          : null,
    );
  // SIPRI's published values in regular weight, set apart from the bold names of our computed lines.
  const publishedLabel = (text: string) =>
    listLabel(
      (m) => ({
        x: m.x,
        y: m.y - 10,
        anchor: "middle",
        size: FONT,
        weight: "regular",
        halo: true,
        className: STORY_LABEL,
      }),
      (value) => (typeof value === "number" ? text : null),
    );
  const hollow = (stroke: string) =>
    function Hollow({ cx, cy, payload }: { cx?: number; cy?: number; payload?: RacePoint }) {
      if (cx === undefined || cy === undefined || !payload?.isPublished) return <g />;
      return (
        <rect
          x={cx - 5}
          y={cy - 5}
          width={10}
          height={10}
          transform={`rotate(45 ${cx} ${cy})`}
          fill="var(--color-surface)"
          stroke={stroke}
          strokeWidth={2}
        />
      );
    };
  const right = Math.ceil(textWidth(names.published, 10)) / 2 + 8;

  const periods = points.map((p) => p.period);
  const surface = useSurfaceProps();
  return (
    <PlotArea size={size}>
      <ComposedChart data={points} margin={{ top: 20, right: Math.min(right, 40), bottom: 4, left: 8 }} {...surface}>
        <CartesianGrid {...valueGrid("y")} />
        <XAxis dataKey="period" {...timeAxis(periods, 16)} />
        <YAxis tickFormatter={ticks.format} {...VALUE_AXIS} width={40} domain={[0, top]} allowDecimals={false} />
        <Tooltip
          content={<ModelTooltip<RacePoint> describe={tooltip} />}
          cursor={{ stroke: "var(--color-line)" }}
          isAnimationActive={false}
        />
        {goals.map((g) => (
          <ReferenceLine key={g.label} y={g.value} {...goalLine(g.label)} />
        ))}
        <Line dataKey="fourth" stroke={FOURTH} strokeWidth={2} dot={false} isAnimationActive={size.animate}>
          <LabelList dataKey="fourth" content={endLabel(names.fourth, false)} />
        </Line>
        <Line dataKey="korea" stroke={KOREA} strokeWidth={3} dot={false} isAnimationActive={size.animate}>
          <LabelList dataKey="korea" content={endLabel(names.korea, true)} />
        </Line>
        {/* SIPRI's published edition: points of their own, never joined to the computed lines. */}
        <Line dataKey="publishedFourth" stroke="none" dot={hollow(FOURTH)} activeDot={false} isAnimationActive={false}>
          <LabelList dataKey="publishedFourth" content={publishedLabel(names.publishedFourth)} />
        </Line>
        <Line dataKey="publishedKorea" stroke="none" dot={hollow(KOREA)} activeDot={false} isAnimationActive={false}>
          <LabelList dataKey="publishedKorea" content={publishedLabel(names.publishedKorea)} />
        </Line>
      </ComposedChart>
    </PlotArea>
  );
}
