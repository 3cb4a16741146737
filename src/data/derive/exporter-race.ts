/**
 * The race to the top four, computed from the SIPRI database: for every five-year window, South
 * Korea's share of world deliveries and rank, the share that 4th place held (and who held it), and
 * the top four. Our calculation from SIPRI's data, never SIPRI's own published figures.
 */
import type { Dataset, Period } from "../schema.ts";
import { shareOf, sipriTables, windowShares, type ShareRow } from "./sipri.ts";

export interface RaceWindow {
  period: Period;
  korea: ShareRow | undefined;
  /** The supplier in 4th place (the goal's rank) and its share. */
  fourth: ShareRow;
  /** The four largest suppliers, largest first. */
  topFour: ShareRow[];
  /** Percentage points South Korea lacks to draw level with 4th place (0 at or above it). */
  gap: number;
}

export function raceWindows(data: Dataset, subject = "KOR", goalRank = 4): RaceWindow[] {
  return windowShares(sipriTables(data.sipri).suppliers, 5).map((w) => {
    const fourth = w.rows.find((r) => r.rank === goalRank) ?? w.rows[goalRank - 1];
    if (!fourth) throw new RangeError(`no ${goalRank}th supplier in ${w.period.start}–${w.period.end}`);
    const korea = shareOf(w, subject);
    return {
      period: w.period,
      korea,
      fourth,
      topFour: w.rows.slice(0, goalRank),
      gap: Math.max(0, fourth.share - (korea?.share ?? 0)),
    };
  });
}
