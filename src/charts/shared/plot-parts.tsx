/** Small SVG pieces every chart draws the same way (tick style, goal line, hatching, tooltip, key). */
import { type ReactElement } from "react";
import { useChartWidth, usePlotArea, useXAxisScale, useYAxisScale } from "recharts";
import type { TooltipContent } from "./chart-spec.ts";
import { useReportActivePoint } from "./active-point.ts";
import { ChartTooltip } from "./ChartTooltip.tsx";
import { PlotLabel } from "./PlotLabel.tsx";
import { useAnnounce } from "./surface.ts";
import { endShift, labelledTicks, leadingYear } from "./axis-ticks.ts";
import { textWidth } from "./text-width.ts";

/** Axis labels' size: the axes space them, and RankedBars makes room for its names, by this. */
export const TICK_FONT = 12;

/** What Recharts hands a custom axis tick: where the label goes and which tick it is. */
interface TickSlot {
  x?: number | string;
  y?: number | string;
  /** For a horizontal axis, its length: the plot's width. */
  width?: number | string;
  index?: number;
  /** `offset`: from the tick to the edge of its band (half a band for bars, 0 for points). */
  payload?: { value?: unknown; offset?: number };
  textAnchor?: "start" | "middle" | "end" | "inherit";
  verticalAnchor?: "start" | "middle" | "end";
  tickFormatter?: (value: never, index: number) => string;
}

/** A one-line label's shift from its anchor point, as Recharts' own tick text makes it (cap height 0.71 em). */
const ANCHOR_DY = { start: "0.71em", middle: "0.355em", end: "0em" } as const;

/**
 * An axis label as plain SVG text. Recharts' default tick measures each label's words in the DOM,
 * then reads the label's computed font back and draws the axis again with it: a forced style
 * recalculation and a second measuring of every label on every chart's first render. These labels
 * need neither: their font is set here, and the axes choose which to show without measuring.
 */
export function AxisTick({
  x,
  y,
  index = 0,
  payload,
  textAnchor,
  verticalAnchor = "middle",
  tickFormatter,
  strong = false,
}: TickSlot & {
  /** In ink and bold, not muted (the subject's name). Not `fill`: Recharts hands its own in the slot. */
  strong?: boolean;
}) {
  const value = payload?.value;
  const text = tickFormatter ? tickFormatter(value as never, index) : String(value ?? "");
  return (
    <text
      x={x}
      y={y}
      dy={ANCHOR_DY[verticalAnchor]}
      textAnchor={textAnchor}
      fill={strong ? "var(--color-ink)" : "var(--color-ink-muted)"}
      fontSize={TICK_FONT}
      fontWeight={strong ? 700 : undefined}
    >
      {text}
    </text>
  );
}

type Tick = (slot: TickSlot) => ReactElement | null;

// Recharts keeps each axis's props in its store, the tick and the ticks among them: a new function
// or array on every render would make it store the axis again and draw the chart once more. So the
// same labels get the same tick, and the same layout the same ticks.
const kept = new Map<string, unknown>();
const KEPT = 64;

/** The value made for `key` before, or made now; the least recently used go first. */
function keptFor<T>(key: string, make: () => T): T {
  if (kept.has(key)) {
    const value = kept.get(key) as T;
    kept.delete(key);
    kept.set(key, value);
    return value;
  }
  const value = make();
  if (kept.size >= KEPT) kept.delete(kept.keys().next().value!);
  kept.set(key, value);
  return value;
}

/**
 * A tick that labels only the ticks that fit (labelledTicks): both ends and round steps between,
 * `gap` pixels apart. `labels` are the axis's labels as shown, one per tick, in order; `keys` what
 * makes a tick round (default: the year a label starts with, else its position); `fitEnds` moves
 * the end labels in so they stay within the axis (time axes); `named`: a tick's value reads as its
 * label, which finds it (the axis may then be handed only the ticks it labels, whose positions in
 * that list are not their places among the labels). Horizontal axes only: labels are spaced along
 * the axis's width.
 */
export function spacedTicks(
  labels: readonly string[],
  gap: number,
  {
    keys = labels.map((label, i) => leadingYear(label) || i),
    fitEnds = true,
    named = false,
  }: { keys?: number[]; fitEnds?: boolean; named?: boolean } = {},
): Tick {
  return keptFor(JSON.stringify(["tick", labels, gap, keys, fitEnds, named]), () => {
    const widths = labels.map((label) => textWidth(label, TICK_FONT));
    const places = named ? new Map(labels.map((label, i) => [label, i])) : undefined;
    let laidOut: { key: string; shown: Set<number> } | undefined;
    return function SpacedTick(slot: TickSlot) {
      const index = places ? places.get(String(slot.payload?.value)) : (slot.index ?? 0);
      if (index === undefined) return null;
      const layout = { span: Number(slot.width), inset: slot.payload?.offset ?? 0, gap, fitEnds };
      const key = `${layout.span}:${layout.inset}`;
      if (laidOut?.key !== key) laidOut = { key, shown: labelledTicks(keys, widths, layout) };
      if (!laidOut.shown.has(index)) return null;
      const moved = endShift(index, labels.length, widths[index]!, layout);
      // Rounded: a sum such as 74.88000000000001 would reach the baked SVG as it is.
      return <AxisTick {...slot} x={moved ? Math.round((Number(slot.x) + moved) * 100) / 100 : slot.x} />;
    };
  });
}

const TIME_AXIS_LINE = { tickLine: false, axisLine: { stroke: "var(--color-line)" }, interval: 0 } as const;

/** Where a time axis lies: its length (plotSpan) and whether its categories are bands (bars) or points (lines). */
export interface TimeAxisRoom {
  span: number;
  band: boolean;
}

/**
 * The plot's length across, as Recharts lays it out: the chart's width less its side margins and
 * the widths of its value axes. PlotArea hands a chart its width before it is drawn.
 */
export function plotSpan(width: number, margin: { left: number; right: number }, ...valueAxisWidths: number[]): number {
  return valueAxisWidths.reduce((rest, axis) => rest - axis, width - margin.left - margin.right);
}

/**
 * A year or period axis under the plot, one category per year or window (`values`, read as
 * `labels`): muted labels on a baseline, as many as fit. Given its room, the axis is handed only the
 * ticks it labels (Recharts draws a group per tick, labelled or not, on each of its passes: 75 at
 * scale), and bands for bars: the scale Recharts gives an axis under its own bars, which the charts
 * draw their bars from (StackedBars).
 */
export function timeAxis(
  values: readonly (number | string)[],
  labels: readonly string[],
  gap: number,
  room?: TimeAxisRoom,
) {
  const axis = { ...TIME_AXIS_LINE, tick: spacedTicks(labels, gap, { named: true }) };
  if (!room) return axis;
  const ticks = keptFor(JSON.stringify(["ticks", values, labels, gap, room]), () => {
    const widths = labels.map((label) => textWidth(label, TICK_FONT));
    const keys = labels.map((label, i) => leadingYear(label) || i);
    const inset = room.band && labels.length > 0 ? room.span / labels.length / 2 : 0;
    const shown = labelledTicks(keys, widths, { span: room.span, inset, gap, fitEnds: true });
    return values.filter((_, i) => shown.has(i));
  });
  return { ...axis, ticks, scale: room.band ? ("band" as const) : ("auto" as const) };
}

/** A numeric year axis, whose few round ticks Recharts picks (they never crowd): muted labels on a baseline. */
export const YEAR_AXIS = { ...TIME_AXIS_LINE, tick: AxisTick } as const;

/** A value axis beside the plot: muted labels, no line (the grid carries the values across), every tick labelled. */
export const VALUE_AXIS = { tick: AxisTick, tickLine: false, axisLine: false, interval: 0 } as const;

/**
 * Where to draw marks of a chart's own beside Recharts' (whiskers, total ticks): a category's centre
 * across, a value's height up; null until Recharts has laid the axes out.
 */
export function usePlotScales(): {
  centre: (category: number | string) => number | undefined;
  height: (value: number) => number | undefined;
} | null {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  return { centre: (category) => xScale(category, { position: "middle" }), height: (value) => yScale(value) };
}

const NO_GRID_LINES = () => [];

/**
 * A grid of lines at the value axis's ticks only, spread on a Recharts CartesianGrid: `y` for a value
 * axis beside the plot (horizontal lines), `x` for one under it (vertical lines). Recharts works out
 * the other direction's lines even when they are off, measuring every label of the category axis in
 * the DOM (8–10 ms of a chart's first render at 75 years, in a Chromium profile); an empty
 * generator skips that.
 */
export function valueGrid(axis: "x" | "y") {
  return axis === "y" ? VALUE_GRID_Y : VALUE_GRID_X;
}
const VALUE_GRID_Y = { vertical: false, verticalCoordinatesGenerator: NO_GRID_LINES, stroke: "var(--color-line)" };
const VALUE_GRID_X = { horizontal: false, horizontalCoordinatesGenerator: NO_GRID_LINES, stroke: "var(--color-line)" };

/**
 * How every chart draws a goal (the $20B value goal, the 5%/6% share goals): a dashed line in the
 * target colour with its words in bold beside it. Spread on a Recharts ReferenceLine.
 */
export function goalLine(label: string, position: "insideTopLeft" | "insideBottomLeft" = "insideTopLeft") {
  return {
    stroke: "var(--color-target)",
    strokeDasharray: "6 4",
    strokeWidth: 2,
    label: { value: label, position, fill: "var(--color-target)", fontSize: 12, fontWeight: 600 },
  };
}

/** Diagonal hatching: estimates and approximations look different in shape, not only in colour. */
export function Hatch({ id, fill }: { id: string; fill: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill={fill} />
      <line x1="0" y1="0" x2="0" y2="6" stroke="var(--color-surface)" strokeWidth="2" />
    </pattern>
  );
}

/**
 * Recharts `Tooltip content`, given as an element (`content={<ModelTooltip describe={tooltip} />}`):
 * Recharts clones it with the hovered payload, and the component type stays the same between renders.
 */
export function ModelTooltip<D>({
  describe,
  width,
  active,
  payload,
}: {
  describe: (datum: D) => TooltipContent | null;
  /** A width the tooltip's placement chose (see PlacedTooltip); else its natural width, at most 20 rem. */
  width?: number;
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
}) {
  const datum = active ? (payload?.[0]?.payload as D | undefined) : undefined;
  // Data a chart draws per point carry the point's id; a stacked year (buyers) names no single point.
  const id = (datum as { id?: unknown } | undefined)?.id;
  useReportActivePoint(typeof id === "string" ? id : null);
  const text = datum && describe(datum);
  // The tooltip is seen, not heard: the same words go to the chart's live region.
  useAnnounce(text ? [text.title, ...text.lines].join(". ") : null);
  // Recharts keeps a tooltip within the plot area only when it fits there: on a phone the plot is
  // narrower than the tooltip's 20 rem, which then ran off the screen.
  const plotWidth = usePlotArea()?.width;
  return text ? <ChartTooltip content={text} width={width} maxWidth={plotWidth} /> : null;
}

export { textWidth };

export interface KeyItem {
  label: string;
  color: string;
  /** A line sample (solid or dashed), a filled box (colour or pattern), or a short tick. */
  kind: "line" | "box" | "tick";
  dash?: string;
  /** Box fill when it differs from `color` (a pattern url). */
  fill?: string;
}

export const KEY_ROW = 16;
const KEY_FONT = 11;
const KEY_SAMPLE = 18;

/** Where each key item goes: left to right, wrapping to a new row when the chart is too narrow. */
function keyLayout(items: readonly KeyItem[], width: number): { x: number; row: number }[] {
  let x = 8;
  let row = 0;
  return items.map((item) => {
    const w = KEY_SAMPLE + 5 + textWidth(item.label, KEY_FONT, true);
    if (x > 8 && x + w > width - 8) {
      x = 8;
      row++;
    }
    const at = { x, row };
    x += w + 14;
    return at;
  });
}

/**
 * How many rows the key needs in a chart `width` pixels wide: the chart makes room for them above
 * the plot, `margin.top` = rows × KEY_ROW + its own space, before it is drawn (PlotArea hands a chart
 * its width), so the chart is laid out once, not again when the key finds it needs a second row.
 */
export function keyRows(items: readonly KeyItem[], width: number): number {
  return (keyLayout(items, width).at(-1)?.row ?? 0) + 1;
}

/** The chart's key, drawn inside the SVG (so the baked SVG carries it) above the plot, in keyRows() rows. */
export function ChartKey({ items }: { items: readonly KeyItem[] }) {
  const width = useChartWidth() ?? 0;
  const layout = keyLayout(items, width);
  if (!width) return null;
  return (
    <g className="kdem-key">
      {items.map((item, i) => {
        const { x, row } = layout[i]!;
        const y = 12 + row * KEY_ROW;
        return (
          <g key={item.label}>
            {item.kind === "box" ? (
              <rect
                x={x + 3}
                y={y - 9}
                width={KEY_SAMPLE - 6}
                height={10}
                fill={item.fill ?? item.color}
                stroke={item.color}
              />
            ) : (
              <line
                x1={x + (item.kind === "tick" ? 4 : 0)}
                x2={x + KEY_SAMPLE - (item.kind === "tick" ? 4 : 0)}
                y1={y - 4}
                y2={y - 4}
                stroke={item.color}
                strokeWidth={item.kind === "tick" ? 3 : 2.5}
                strokeDasharray={item.dash}
              />
            )}
            <PlotLabel x={x + KEY_SAMPLE + 5} y={y} size={KEY_FONT}>
              {item.label}
            </PlotLabel>
          </g>
        );
      })}
    </g>
  );
}
