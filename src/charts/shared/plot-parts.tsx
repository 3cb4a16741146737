/** Small SVG pieces every chart draws the same way (tick style, goal line, hatching, tooltip, key). */
import { useEffect } from "react";
import { useChartWidth } from "recharts";
import type { TooltipContent } from "./chart-spec.ts";
import { useReportActivePoint } from "./active-point.ts";
import { ChartTooltip } from "./ChartTooltip.tsx";
import { PlotLabel } from "./PlotLabel.tsx";
import { useAnnounce } from "./surface.ts";
import { textWidth } from "./text-width.ts";

export const AXIS_TICK = { fill: "var(--color-ink-muted)", fontSize: 12 };

/** A year or period axis under the plot: muted ticks, a baseline, the first and last label always shown. */
export const TIME_AXIS = {
  tick: AXIS_TICK,
  tickLine: false,
  axisLine: { stroke: "var(--color-line)" },
  interval: "preserveStartEnd",
} as const;

/** A value axis beside the plot: muted ticks, no line (the grid carries the values across). */
export const VALUE_AXIS = { tick: AXIS_TICK, tickLine: false, axisLine: false } as const;

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
  return text ? <ChartTooltip content={text} width={width} /> : null;
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
 * The chart's key, drawn inside the SVG (so the baked SVG carries it) above the plot. It reports how
 * many rows it needs, so the chart can make room: `margin.top` = rows × KEY_ROW + the chart's own space.
 */
export function ChartKey({ items, onRows }: { items: readonly KeyItem[]; onRows: (rows: number) => void }) {
  const width = useChartWidth() ?? 0;
  const layout = keyLayout(items, width);
  const rows = (layout.at(-1)?.row ?? 0) + 1;
  useEffect(() => onRows(rows), [rows, onRows]);
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
