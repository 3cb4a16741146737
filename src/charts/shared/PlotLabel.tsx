/**
 * The one way a chart writes words into its plot: a value above a mark or at a bar's end, a line's
 * name, a threshold's words, the key, a panel title. One look — bold ink text at 11 px unless told
 * otherwise — so every chart's labels read alike, in the browser, the baked SVG and the slides.
 */
import type { ReactElement } from "react";

/** Size of a value label; layouts that measure labels (label-layout, bar label room) use the same. */
export const LABEL_FONT = 11;

/** The class of labels that tell the chart's story (values, line names): the browser tests find them by it. */
export const STORY_LABEL = "kdem-story-label";

export interface PlotLabelProps {
  x: number;
  /** The text's baseline. */
  y: number;
  /** SVG `text-anchor`; none: the text starts at x. */
  anchor?: "start" | "middle" | "end";
  /** SVG `dx`/`dy`: a shift drawn by the renderer, kept apart from the position the label is placed at. */
  dx?: number;
  dy?: number;
  fill?: string;
  size?: number;
  /** "regular": no weight of its own, so it stays quieter than the bold labels next to it. */
  weight?: 600 | 700 | "regular";
  /** A surface-coloured stroke behind the glyphs, so a line drawn under the text never cuts through it. */
  halo?: boolean;
  className?: string;
  children: string;
}

const HALO = { stroke: "var(--color-surface)", strokeWidth: 3, paintOrder: "stroke" } as const;

export function PlotLabel({
  x,
  y,
  anchor,
  dx,
  dy,
  fill = "var(--color-ink)",
  size = LABEL_FONT,
  weight = 600,
  halo = false,
  className,
  children,
}: PlotLabelProps) {
  return (
    <text
      x={x}
      y={y}
      dx={dx}
      dy={dy}
      textAnchor={anchor}
      fill={fill}
      fontSize={size}
      fontWeight={weight === "regular" ? undefined : weight}
      className={className}
      {...(halo ? HALO : {})}
    >
      {children}
    </text>
  );
}

/** What Recharts hands a `LabelList content` function: the mark's box (numbers or numeric strings) and its value. */
export interface LabelSlot {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
  index?: number;
}

/** A mark's box in numbers; a point has no width or height. */
export interface MarkBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A Recharts `LabelList content` function drawing a PlotLabel at each mark: `place` puts it from the
 * mark's box; `text` says what it reads (default: the value, when it is a non-empty string), null for none.
 */
export function listLabel(
  place: (mark: MarkBox) => Omit<PlotLabelProps, "children">,
  text: (value: unknown, index: number | undefined) => string | null = (value) =>
    typeof value === "string" && value ? value : null,
): (slot: LabelSlot) => ReactElement | null {
  return function MarkLabel({ x, y, width, height, value, index }) {
    const words = text(value, index);
    if (words === null) return null;
    const mark = { x: Number(x), y: Number(y), width: Number(width ?? 0), height: Number(height ?? 0) };
    return <PlotLabel {...place(mark)}>{words}</PlotLabel>;
  };
}

/** Where a story label goes: one line centred above a mark at `x` whose top is at `top`. */
export function aboveMark(x: number, top: number): Omit<PlotLabelProps, "children"> {
  return { x, y: top - 8, anchor: "middle", className: STORY_LABEL };
}

/** A mark's value in one line centred above it (Recharts' own label would word-wrap it). */
export const labelAbove = listLabel((m) => aboveMark(m.x + m.width / 2, m.y));
