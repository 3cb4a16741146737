/**
 * Which labels an axis shows, chosen by arithmetic instead of by measuring text in the DOM
 * (Recharts' `interval="preserveStartEnd"` measures every label, twice, on every render: DOM text
 * measuring took 33–44 ms of a 75-year chart's first render in Chromium profiles, and the bake and
 * the browser measured differently).
 */

/**
 * Label every k-th tick, k the first of these that leaves room: round years, five-year windows,
 * 0/10/20 %. Smaller ones are tried, down to every tick, only when that k labels nothing between the
 * ends (labelledTicks).
 */
const STEPS = [1, 2, 5, 10, 20, 25, 50, 100];

export interface TickLayout {
  /** The axis's length, px. */
  span: number;
  /** From each end of the axis to the first and last tick: half a band for bars, 0 for points. */
  inset: number;
  /** Fewest pixels between two labels. */
  gap: number;
  /** Move the end labels in so they stay within the axis (time axes, as Recharts' own ends do). */
  fitEnds: boolean;
}

/** Where a label's centre sits along the axis: its tick, or moved in from the end it would run past. */
export function labelCentre(index: number, count: number, width: number, { span, inset, fitEnds }: TickLayout): number {
  const last = count - 1;
  const at = last > 0 ? inset + (index * (span - 2 * inset)) / last : span / 2;
  if (!fitEnds) return at;
  if (index === 0) return Math.max(at, Math.min(width / 2, span / 2));
  if (index === last) return Math.min(at, Math.max(span - width / 2, span / 2));
  return at;
}

/** How far an end label moves in from its tick to stay within the axis (0 for the others, or without fitEnds). */
export function endShift(index: number, count: number, width: number, layout: TickLayout): number {
  return labelCentre(index, count, width, layout) - labelCentre(index, count, width, { ...layout, fitEnds: false });
}

/**
 * The indices of the ticks that get a label, `widths` being their labels' widths. Every label shows
 * when all fit; otherwise both ends do (the reader sees where the axis starts and stops) and, between
 * them, the ticks whose key is a multiple of a round step (keys: a category's year, so 2010, 2015, …;
 * or the tick's position), each clear of its neighbours; a smaller step when that one labels nothing
 * between the ends (see STEPS).
 */
export function labelledTicks(keys: readonly number[], widths: readonly number[], layout: TickLayout): Set<number> {
  const count = keys.length;
  const every = new Set(keys.keys());
  if (count < 2 || !(layout.span > 0)) return every;
  const last = count - 1;
  const centre = (i: number) => labelCentre(i, count, widths[i]!, layout);
  const clear = (i: number, j: number) => centre(j) - centre(i) >= (widths[i]! + widths[j]!) / 2 + layout.gap;
  if (keys.every((_, i) => i === 0 || clear(i - 1, i))) return every;
  if (!clear(0, last)) return new Set([last]);
  const spacing = (layout.span - 2 * layout.inset) / last;
  const room = [...widths].sort((a, b) => a - b)[Math.floor(count / 2)]! + layout.gap;
  const labelled = (step: number) => {
    const shown = [0];
    for (let i = 1; i < last; i++)
      if (keys[i]! % step === 0 && clear(shown.at(-1)!, i) && clear(i, last)) shown.push(i);
    return [...shown, last];
  };
  const fits = STEPS.findIndex((k) => k * spacing >= room);
  const first = fits < 0 ? Math.ceil(room / spacing) : STEPS[fits]!;
  // The step that fits can leave nothing between the ends (its keys all too close to a long end
  // label, as on a phone): then the largest smaller step that labels something between them does.
  const shown = labelled(first);
  if (shown.length > 2) return new Set(shown);
  for (const step of STEPS.filter((k) => k < first).reverse()) {
    const smaller = labelled(step);
    if (smaller.length > 2) return new Set(smaller);
  }
  return new Set(shown);
}

/** A category's year as its label starts: "2006", "2006년", "2020–24", "2020~2024년"; NaN for none. */
export function leadingYear(label: string): number {
  return /^\d{4}/.test(label) ? Number(label.slice(0, 4)) : NaN;
}
