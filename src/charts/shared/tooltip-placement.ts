/**
 * Where a chart's tooltip goes so it never covers the bar or point being read (pure, testable):
 * beside the mark, on the side facing the middle of the chart, narrowed to fit if need be; above it
 * when neither side has room even narrowed (it may then rise above the drawing, over the text above
 * the chart, never over the mark). The box size comes from the one text-width estimate, which errs
 * wide, so the real box is no larger than the one placed.
 */
import type { TooltipContent } from "./chart-spec.ts";
import { textWidth } from "./text-width.ts";

/** ChartTooltip's look: p-2 and a 1 px border, a 14/20 px bold title, 12/16 px lines, at most 20 rem wide. */
const PAD = 8 + 1;
const TITLE = { size: 14, line: 20 };
const LINE = { size: 12, line: 16 };
const MAX_WIDTH = 320;
/** Narrower than this, a tooltip beside the mark would be a column of single words: put it above. */
export const MIN_WIDTH = 150;
const GAP = 8;

export interface TooltipSize {
  width: number;
  height: number;
}

/** The tooltip's box at its natural width (capped at `maxWidth`), or wrapped to exactly `width`. */
export function tooltipSize(content: TooltipContent, maxWidth: number): TooltipSize {
  const paragraphs = [
    { text: content.title, bold: true, ...TITLE },
    ...content.lines.map((text) => ({ text, bold: false, ...LINE })),
  ];
  const natural = Math.max(...paragraphs.map((p) => textWidth(p.text, p.size, p.bold))) + 2 * PAD;
  const width = Math.min(Math.ceil(natural), maxWidth);
  const inner = width - 2 * PAD;
  // Words wrap earlier than characters would: count a wrapped paragraph one line longer to be safe.
  const lines = (p: (typeof paragraphs)[number]) => {
    const n = Math.ceil(textWidth(p.text, p.size, p.bold) / inner);
    return n > 1 ? n + 1 : 1;
  };
  const height = paragraphs.reduce((sum, p) => sum + lines(p) * p.line, 2 * PAD);
  return { width, height };
}

export interface Mark {
  /** Left and right edge, px. */
  x0: number;
  x1: number;
  /** Top of the mark (whisker included), px. */
  top: number;
}

export interface TooltipPlacement {
  x: number;
  y: number;
  width: number;
  side: "left" | "right" | "above";
}

/** Top-left corner and width of the tooltip for `mark`, in the chart's coordinates (0…width × 0…height). */
export function placeTooltip(content: TooltipContent, mark: Mark, chart: { width: number; height: number }) {
  const maxWidth = Math.min(MAX_WIDTH, chart.width - 2 * GAP);
  const room = { left: mark.x0 - 2 * GAP, right: chart.width - mark.x1 - 2 * GAP };
  const sides: ("left" | "right")[] = (mark.x0 + mark.x1) / 2 > chart.width / 2 ? ["left", "right"] : ["right", "left"];
  const natural = tooltipSize(content, maxWidth);
  for (const side of sides) {
    const width = Math.min(natural.width, room[side]);
    if (width < Math.min(MIN_WIDTH, natural.width)) continue;
    const { height } = tooltipSize(content, width);
    // Beside the mark, level with its top where the drawing allows.
    const y = Math.max(0, Math.min(mark.top - GAP, chart.height - height));
    const x = side === "right" ? mark.x1 + GAP : mark.x0 - GAP - width;
    return { x, y, width, side } satisfies TooltipPlacement;
  }
  const centre = (mark.x0 + mark.x1) / 2;
  const x = Math.max(0, Math.min(centre - natural.width / 2, chart.width - natural.width));
  return { x, y: mark.top - GAP - natural.height, width: natural.width, side: "above" } satisfies TooltipPlacement;
}
