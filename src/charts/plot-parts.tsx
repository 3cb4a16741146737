/** Small SVG pieces every chart draws the same way (tick style, hatching, tooltip, one-line labels). */
import type { TooltipContent } from "./chart-spec.ts";
import { ChartTooltip } from "./ChartTooltip.tsx";

export const AXIS_TICK = { fill: "var(--color-ink-muted)", fontSize: 12 };

/** Diagonal hatching: estimates and approximations look different in shape, not only in colour. */
export function Hatch({ id, fill }: { id: string; fill: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill={fill} />
      <line x1="0" y1="0" x2="0" y2="6" stroke="var(--color-surface)" strokeWidth="2" />
    </pattern>
  );
}

/** Recharts `Tooltip content` that lays out the model's text for the hovered datum. */
export function tooltipFor<D>(content: (datum: D) => TooltipContent | null) {
  return function TooltipBody({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) {
    const datum = active ? (payload?.[0]?.payload as D | undefined) : undefined;
    const text = datum && content(datum);
    return text ? <ChartTooltip content={text} /> : null;
  };
}

/** Rough text width for layout before the browser measures (SVG text in jsdom has no metrics): CJK glyphs are about 1em. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af]/.test(ch) ? 1 : 0.62;
  return em * fontSize * (bold ? 1.08 : 1);
}

export interface LabelPosition {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
}

/** One bold line of text centred above a bar or point (Recharts' own label would word-wrap it). */
export function TopLabel({ x, y, width, value, fill = "var(--color-ink)" }: LabelPosition & { fill?: string }) {
  if (typeof value !== "string" || !value) return null;
  return (
    <text x={Number(x) + Number(width ?? 0) / 2} y={Number(y) - 8} textAnchor="middle" fill={fill} fontSize={11} fontWeight={600} className="kdem-story-label">
      {value}
    </text>
  );
}
