/**
 * Where a chart's value labels go, computed (pure) from what the chart draws, so that on a phone a
 * label never sits on another bar or line, on another label, or outside the drawing. Widths come from
 * the one text-width estimate, which errs wide, so a label the layout keeps clear is clear on screen.
 *
 * Each label stays by its own mark: above it, centred, or aligned to the mark's right or left edge when
 * centring would cover a taller neighbour or run off the edge; lifted a little over a neighbour or an
 * already placed label if need be, never far from its mark. A point on a line may also take its label
 * below (a dip between two higher points). Labels are placed most important first; one that finds no
 * room tries its short form, then is left out (tooltip and table still have it).
 */
import { textWidth } from "./text-width.ts";

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** A label a chart model asks for, by the x-axis category (year) of its mark. */
export interface ValueLabel {
  category: number | string;
  text: string;
  /** A shorter form (e.g. the value without its word), tried when the full text finds no room. */
  short?: string;
  /** Higher is placed first, so it keeps its place and its full text longest. */
  priority: number;
}

/** A label with its mark's position in pixels. */
export interface LabelRequest {
  key: string;
  text: string;
  /** A shorter form (e.g. the value without its word), tried when the full text finds no room. */
  short?: string;
  /** Higher is placed first, so it keeps its place and its full text longest. */
  priority: number;
  /** Centre of the label's own mark, px. */
  x: number;
  /** Half the mark's width (a bar's), or a point's radius. */
  halfWidth: number;
  /** Top of the mark, whisker included, px. */
  top: number;
  /** Bottom of the mark, px, for a point whose label may go below it; bars have none. */
  bottom?: number;
}

/**
 * What is drawn: a box (a point, whisker included) or a column down to the axis (a bar: no
 * `bottom`), or a line segment.
 */
export type Obstacle =
  { x0: number; x1: number; top: number; bottom?: number } | { from: [number, number]; to: [number, number] };

export interface PlacedLabel {
  key: string;
  text: string;
  /** Text position and anchor to draw it with (`<text x y textAnchor>`, y the baseline). */
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  /** The box the layout kept clear (the drawn text is no wider: the estimate errs wide). */
  box: Box;
}

export interface LabelLayoutInput {
  labels: readonly LabelRequest[];
  obstacles: readonly Obstacle[];
  /** Other text already drawn (a reference line's label). */
  avoid?: readonly Box[];
  /** The drawing's width; labels stay within 0…width and below y = 0. */
  width: number;
  /** Lowest y a label may reach (the plot's bottom edge), for labels below points. */
  floor: number;
  fontSize: number;
}

/** Space between a label and its mark, and between stacked labels. */
const GAP = 4;
/** How far a label may be lifted above its mark to clear a neighbour, in label heights. */
const MAX_LIFT_LINES = 1.25;

export function layoutLabels({
  labels,
  obstacles,
  avoid = [],
  width,
  floor,
  fontSize,
}: LabelLayoutInput): PlacedLabel[] {
  // Glyph box around the baseline: ascent and descent of the UI fonts, a little generous.
  const ascent = fontSize * 0.95;
  const descent = fontSize * 0.3;
  const height = ascent + descent;
  const placed: PlacedLabel[] = [];
  const order = [...labels].sort((a, b) => b.priority - a.priority);

  for (const label of order) {
    const found = place(label);
    if (found) placed.push(found);
  }
  return placed;

  function place(label: LabelRequest): PlacedLabel | null {
    const maxShift = MAX_LIFT_LINES * height;
    for (const text of label.short ? [label.text, label.short] : [label.text]) {
      const w = textWidth(text, fontSize, true);
      const alignments: ["middle" | "end" | "start", number][] = [
        ["middle", label.x - w / 2],
        ["end", label.x + label.halfWidth - w],
        ["start", label.x - label.halfWidth],
      ];
      for (const side of label.bottom === undefined ? ["above"] : ["above", "below"])
        for (const [anchor, x0] of alignments) {
          const x1 = x0 + w;
          if (x0 < 0 || x1 > width) continue;
          const y0 =
            side === "above"
              ? fitAbove(x0, x1, label.top - GAP, label.top - GAP - maxShift)
              : fitBelow(x0, x1, label.bottom! + GAP, label.bottom! + GAP + maxShift);
          if (y0 === null) continue;
          const box = { x0, x1, y0, y1: y0 + height };
          const x = anchor === "middle" ? x0 + w / 2 : anchor === "end" ? x1 : x0;
          return { key: label.key, text, x, y: y0 + ascent, anchor, box };
        }
    }
    return null;
  }

  function clashes(box: Box): Box | undefined {
    return [...placed.map((p) => p.box), ...avoid].find((other) => overlaps(box, other));
  }

  /** Top edge of the lowest box, its bottom at most `start`, over x0…x1 that touches nothing; null above `limit`. */
  function fitAbove(x0: number, x1: number, start: number, limit: number): number | null {
    let bottom = Math.min(start, skyline(obstacles, x0, x1) - GAP);
    for (;;) {
      if (bottom < limit || bottom - height < 0) return null;
      const hit = clashes({ x0, x1, y0: bottom - height, y1: bottom });
      if (!hit) return bottom - height;
      bottom = hit.y0 - 1;
    }
  }

  /** Top edge of the highest box, its top at least `start`, over x0…x1 that touches nothing; null below `limit`. */
  function fitBelow(x0: number, x1: number, start: number, limit: number): number | null {
    let top = Math.max(start, groundline(obstacles, x0, x1) + GAP);
    for (;;) {
      if (top > limit || top + height > floor) return null;
      const hit = clashes({ x0, x1, y0: top, y1: top + height });
      if (!hit) return top;
      top = hit.y1 + 1;
    }
  }
}

/** The highest point (smallest y) drawn anywhere over x0…x1; +∞ where nothing is. */
export function skyline(obstacles: readonly Obstacle[], x0: number, x1: number): number {
  let top = Infinity;
  for (const o of obstacles) {
    if ("top" in o) {
      if (o.x0 < x1 && x0 < o.x1) top = Math.min(top, o.top);
    } else {
      const ends = segmentOver(o, x0, x1);
      if (ends) top = Math.min(top, ...ends);
    }
  }
  return top;
}

/** The lowest point (largest y) drawn over x0…x1; +∞ over a bar, which reaches the axis; −∞ where nothing is. */
export function groundline(obstacles: readonly Obstacle[], x0: number, x1: number): number {
  let bottom = -Infinity;
  for (const o of obstacles) {
    if ("top" in o) {
      if (o.x0 < x1 && x0 < o.x1) bottom = Math.max(bottom, o.bottom ?? Infinity);
    } else {
      const ends = segmentOver(o, x0, x1);
      if (ends) bottom = Math.max(bottom, ...ends);
    }
  }
  return bottom;
}

/** The segment's y at both ends of the stretch it shares with x0…x1 (a straight line is extreme at its ends); null if none. */
function segmentOver(
  o: { from: [number, number]; to: [number, number] },
  x0: number,
  x1: number,
): [number, number] | null {
  const [[ax, ay], [bx, by]] = o.from[0] <= o.to[0] ? [o.from, o.to] : [o.to, o.from];
  const lo = Math.max(ax, x0);
  const hi = Math.min(bx, x1);
  if (lo > hi) return null;
  if (bx === ax) return [ay, by];
  const at = (x: number) => ay + ((by - ay) * (x - ax)) / (bx - ax);
  return [at(lo), at(hi)];
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}
