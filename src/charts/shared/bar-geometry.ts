/**
 * Where bars sit, by Recharts' own rules (3.11: combineAllBarPositions, Bar's computeBarRectangles,
 * Rectangle's path), for bars a chart draws itself from the axes' scales (StackedBars.tsx): the
 * same pixels as a Recharts <Bar>, without its components per bar.
 */

import type { ScaleFunction } from "recharts";

/** Recharts' default `barCategoryGap`: 10% of the band left free each side of its bar. */
const CATEGORY_GAP_PERCENT = 10;

export interface BarSlot {
  /** Where the bar starts across (its left edge, or its top in a vertical layout), in pixels. */
  start: number;
  /** Its thickness across. */
  width: number;
}

/**
 * Where the one bar of a band `band` pixels wide sits in it (stacked bars are one bar): at most
 * `maxBarSize` wide and centred, `categoryGapPercent` of the band left free each side (Recharts'
 * `barCategoryGap`). Recharts rounds a bar's natural width, and computes the gap as a percentage
 * (band × 10 / 100, not band × 0.1, which differ in the last bit); so does this. `start` is from the
 * band's start.
 */
export function barSlot(band: number, maxBarSize = Infinity, categoryGapPercent = CATEGORY_GAP_PERCENT): BarSlot {
  const edge = Math.min((band * categoryGapPercent) / 100, band);
  let natural = band - 2 * edge;
  if (natural > 1) natural = Math.round(natural);
  const width = Math.min(natural, maxBarSize);
  return { start: edge + (natural - width) / 2, width };
}

/** The slot of `category`'s bar on a band scale, from the plot's edge; undefined off the scale. */
export function barSlotAt(
  scale: ScaleFunction,
  category: number | string,
  maxBarSize = Infinity,
  categoryGapPercent = CATEGORY_GAP_PERCENT,
): BarSlot | undefined {
  const [from, to] = [scale(category, { position: "start" }), scale(category, { position: "end" })];
  if (from === undefined || to === undefined) return undefined;
  const { start, width } = barSlot(to - from, maxBarSize, categoryGapPercent);
  return { start: from + start, width };
}

/**
 * A bar as an SVG path, in Recharts' form: a rectangle, with its top corners rounded by `radius`
 * (as Recharts' `radius={[r, r, 0, 0]}`, never more than half the bar's width or height). `height`
 * is positive: bars here rise from their base.
 */
export function barPath(x: number, y: number, width: number, height: number, radius = 0): string {
  const r = Math.min(radius, Math.abs(round(width)) / 2, Math.abs(round(height)) / 2);
  if (!(r > 0)) return `M ${round(x)},${round(y)} h ${round(width)} v ${round(height)} h ${round(-width)} Z`;
  const [left, right, top, bottom] = [round(x), round(x + width), round(y), round(y + height)];
  const rr = round(r);
  return (
    `M${left},${round(y + r)}A ${rr},${rr},0,0,1,${round(x + r)},${top}L ${round(x + width - r)},${top}` +
    `A ${rr},${rr},0,0,1, ${right},${round(y + r)}L ${right},${bottom}L ${left},${bottom}Z`
  );
}

/** Recharts rounds a path's numbers to 4 decimals: 74.88000000000001 would reach a baked SVG as it is. */
function round(n: number): number {
  return Math.round(n * 1e4) / 1e4;
}
