/** Arithmetic on shares of the world market (SIPRI TIV shares, in percent). */

export interface Ranked {
  code: string;
  value: number;
}

/** Exporters ranked by share, largest first; "ROW" (rest of world) is not a country and is left out. */
export function rankExporters<T extends Ranked>(rows: readonly T[]): (T & { rank: number })[] {
  return rows
    .filter((r) => r.code !== "ROW")
    .sort((a, b) => b.value - a.value)
    .map((r, i) => ({ ...r, rank: i + 1 }));
}

export interface RankThreshold<T extends Ranked> {
  /** The exporter now holding the wanted rank. */
  holder: T & { rank: number };
  /** Share needed to draw level with it, in percent. */
  share: number;
  /** How many percentage points the subject lacks (0 when it already holds the rank or better). */
  gap: number;
  /** The subject's share as a multiple of what the rank takes (0.37 = 37% of the way there). */
  progress: number;
}

/** What it takes to reach `rank` (e.g. 4 for 'top four') for the exporter with code `subject`. */
export function rankThreshold<T extends Ranked>(
  rows: readonly T[],
  rank: number,
  subject: string,
): RankThreshold<T> | null {
  const ranked = rankExporters(rows);
  const holder = ranked[rank - 1];
  const me = ranked.find((r) => r.code === subject);
  if (!holder || !me) return null;
  return { holder, share: holder.value, gap: Math.max(0, holder.value - me.value), progress: me.value / holder.value };
}

export interface ShareGap {
  /** Percentage points still needed. */
  points: number;
  /** Target as a multiple of the current share (2.73 = the share must nearly triple). */
  multiple: number;
}

export function shareGap(current: number, target: number): ShareGap {
  if (!(current > 0)) throw new RangeError(`share gap needs a positive current share, got ${current}`);
  return { points: target - current, multiple: target / current };
}

/**
 * The world market a dollar target and a share target would jointly imply ($20bn at 6% → $333bn).
 * Shown only to explain why the two targets are on different bases; no source uses this market size.
 */
export function impliedMarketSize(valueTarget: number, sharePercent: number): number {
  if (!(sharePercent > 0)) throw new RangeError(`share must be positive, got ${sharePercent}`);
  return valueTarget / (sharePercent / 100);
}
