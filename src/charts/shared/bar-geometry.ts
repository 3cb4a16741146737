/**
 * Where bars sit, by Recharts' own rules (3.11: combineAllBarPositions, Bar's computeBarRectangles,
 * Rectangle's path), for bars a chart draws itself from the axes' scales (StackedBars.tsx): the
 * same pixels as a Recharts <Bar>, without its components per bar.
 */

/** Recharts' default gap between a band's edge and its bars: 10% of the band each side. */
const CATEGORY_GAP = 0.1;
/** Recharts' default gap between bars side by side in one band, in pixels. */
const BAR_GAP = 4;

export interface BarSlot {
  /** From the band's start to the bar's left edge. */
  offset: number;
  width: number;
}

/**
 * The slots of `count` bars side by side in a band `band` pixels wide (one for stacked bars), each
 * at most `maxBarSize` wide and the group centred, `categoryGap` of the band left free each side
 * (Recharts' `barCategoryGap`). As Recharts rounds a bar's natural width, so does this.
 */
export function barSlots(band: number, count: number, maxBarSize = Infinity, categoryGap = CATEGORY_GAP): BarSlot[] {
  const edge = Math.min(band * categoryGap, band);
  let gap = Math.min(BAR_GAP, band);
  if (band - 2 * edge - (count - 1) * gap <= 0) gap = 0;
  let natural = (band - 2 * edge - (count - 1) * gap) / count;
  if (natural > 1) natural = Math.round(natural);
  const width = Math.min(natural, maxBarSize);
  return Array.from({ length: count }, (_, i) => ({
    offset: edge + (count * (natural - width)) / 2 + (width + gap) * i,
    width,
  }));
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
