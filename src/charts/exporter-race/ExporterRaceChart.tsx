/**
 * exporter-race: South Korea's share of world deliveries against 4th place's, window by window, the
 * share goals as dashed lines, SIPRI's newest published edition as separate hollow points.
 * Presentational: everything it shows arrives in props.
 */
import {
  CartesianGrid,
  ComposedChart,
  DefaultZIndexes,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  ZIndexLayer,
} from "recharts";
import {
  goalLine,
  ModelTooltip,
  plotSpan,
  textWidth,
  timeAxis,
  usePlotScales,
  VALUE_AXIS,
  valueGrid,
} from "@/charts/shared/plot-parts.tsx";
import { PlotLabel, STORY_LABEL } from "@/charts/shared/PlotLabel.tsx";
import { PlotArea, type PlotSize } from "@/charts/shared/PlotArea.tsx";
import { TooltipAnchor } from "@/charts/shared/TooltipAnchor.tsx";
import { useSurfaceProps } from "@/charts/shared/surface.ts";
import type { ExporterRacePlot, RacePoint } from "./model.ts";

const KOREA = "var(--color-bar-highlight)";
const FOURTH = "var(--color-ink-muted)";
const FONT = 12;
const VALUE_AXIS_WIDTH = 40;

/** A point of any series at the window, so each window has a tooltip (the published edition's too). */
const anyValueOf = (p: RacePoint) => p.korea ?? p.fourth ?? p.publishedKorea ?? p.publishedFourth;

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
  const right = Math.ceil(textWidth(names.published, 10)) / 2 + 8;
  const margin = { top: 20, right: Math.min(right, 40), bottom: 4, left: 8 };

  const periods = points.map((p) => p.period);
  const surface = useSurfaceProps();
  return (
    <PlotArea size={size}>
      {(width) => (
        <ComposedChart data={points} margin={margin} {...surface}>
          <CartesianGrid {...valueGrid("y")} />
          <XAxis
            dataKey="period"
            {...timeAxis(periods, periods, 16, { span: plotSpan(width, margin, VALUE_AXIS_WIDTH), band: false })}
          />
          <YAxis
            tickFormatter={ticks.format}
            {...VALUE_AXIS}
            width={VALUE_AXIS_WIDTH}
            domain={[0, top]}
            allowDecimals={false}
          />
          <Tooltip
            content={<ModelTooltip<RacePoint> describe={tooltip} />}
            cursor={{ stroke: "var(--color-line)" }}
            isAnimationActive={false}
            includeHidden
          />
          {goals.map((g) => (
            <ReferenceLine key={g.label} y={g.value} {...goalLine(g.label)} />
          ))}
          <Line dataKey="fourth" stroke={FOURTH} strokeWidth={2} dot={false} isAnimationActive={size.animate} />
          <Line dataKey="korea" stroke={KOREA} strokeWidth={3} dot={false} isAnimationActive={size.animate} />
          <TooltipAnchor<RacePoint> dataKey={anyValueOf} />
          <RaceMarks points={points} names={names} format={ticks.format} />
        </ComposedChart>
      )}
    </PlotArea>
  );
}

/**
 * Each line's name at its last computed point, and SIPRI's published edition as hollow diamonds,
 * never joined to the computed lines, with its values. Drawn from the axes' scales: as Recharts
 * labels and dots they ran for every point of four series (4 × 71 at scale) to draw six marks.
 */
function RaceMarks({
  points,
  names,
  format,
}: Pick<ExporterRacePlot, "points" | "names"> & { format: (value: number) => string }) {
  const scales = usePlotScales();
  if (!scales) return null;
  const at = (p: RacePoint, value: number | null) => {
    const [x, y] = [scales.centre(p.period), value === null ? undefined : scales.height(value)];
    return x === undefined || y === undefined ? undefined : { x, y };
  };
  const last = points.findLast((p) => !p.isPublished);
  // Korea's line climbs to its last point from below-left of 4th place's: its name goes under it.
  const ends = [
    { name: names.fourth, value: last?.fourth ?? null, dy: -10 },
    { name: names.korea, value: last?.korea ?? null, dy: 20 },
  ];
  const published = [
    { key: "publishedFourth", name: names.publishedFourth, stroke: FOURTH },
    { key: "publishedKorea", name: names.publishedKorea, stroke: KOREA },
  ] as const;
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
        {published.map(({ key, stroke }) =>
          points.map((p) => {
            const mark = p.isPublished ? at(p, p[key]) : undefined;
            return (
              mark && (
                <rect
                  key={`${key} ${p.id}`}
                  x={mark.x - 5}
                  y={mark.y - 5}
                  width={10}
                  height={10}
                  transform={`rotate(45 ${mark.x} ${mark.y})`}
                  fill="var(--color-surface)"
                  stroke={stroke}
                  strokeWidth={2}
                />
              )
            );
          }),
        )}
      </ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.label}>
        {ends.map(({ name, value, dy }) => {
          const mark = last && at(last, value);
          return (
            mark && (
              <PlotLabel key={name} x={mark.x - 6} y={mark.y + dy} {...BOLD}>
                {`${name} ${format(Math.round(value! * 10) / 10)}`}
              </PlotLabel>
            )
          );
        })}
        {published.map(({ key, name }) =>
          points.map((p) => {
            const mark = at(p, p[key]);
            return (
              mark && (
                <PlotLabel key={`${key} ${p.id}`} x={mark.x} y={mark.y - 10} {...REGULAR}>
                  {name}
                </PlotLabel>
              )
            );
          }),
        )}
      </ZIndexLayer>
    </>
  );
}

/** The lines' names, in bold, set apart from SIPRI's published values in regular weight. */
const BOLD = { anchor: "end", size: FONT, weight: 700, halo: true, className: STORY_LABEL } as const;
const REGULAR = { anchor: "middle", size: FONT, weight: "regular", halo: true, className: STORY_LABEL } as const;
