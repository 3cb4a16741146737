/** The handful of figures every surface quotes (key-figures strip, article chips, slides, takeaways). */
import type { Dataset, SharePoint, Target } from "../schema.ts";
import { rateBound, type RateBound } from "./growth-windows.ts";
import { annualRows, type AnnualRow } from "./annual-exports.ts";
import { requiredGrowth } from "./growth.ts";
import { rankThreshold, shareGap, type RankThreshold, type Ranked, type ShareGap } from "./share.ts";

/** The goal of a kind that was announced most recently: it supersedes earlier ones (5% → 6%). */
export function currentTarget(data: Dataset, kind: Target["kind"]): Target | undefined {
  return [...data.targets].filter((t) => t.kind === kind).sort((a, b) => b.setOn.localeCompare(a.setOn))[0];
}

/**
 * Where Korea stands: the share SIPRI's newest edition gives (2021–25, ≈3%, 9th, in March 2026),
 * with its period and edition. Key figures, takeaways and slides all quote this one figure; it may be
 * approximate, and figures computed from it (the gap to a goal) carry its qualifier.
 */
export function latestShare(data: Dataset): SharePoint | undefined {
  return [...data.worldShare.points].sort((a, b) => b.period.end - a.period.end)[0];
}

export interface KeyFigures {
  latest: AnnualRow;
  previous: AnnualRow;
  record: AnnualRow;
  /** Years of decline between the record and the latest year. */
  declineYears: number[];
  exportTarget: Target;
  /** USD bn still missing to the value target, from the latest year. */
  gapToTarget: number;
  /** Compound yearly growth needed from the latest year to the value target (fraction). */
  growthNeeded: number;
  /**
   * How exact the gap and the growth needed are: computed from "over $15B" they are upper bounds,
   * and every surface must word them so.
   */
  derivedQualifier: RateBound;
  share: SharePoint;
  shareTarget: Target;
  shareGap: ShareGap;
  rankTarget: Target;
  /** What holding the target rank takes in the latest SIPRI ranking (the edition of `share`). */
  rankThreshold: RankThreshold<Ranked & { id: string }>;
}

/** Throws when the dataset lacks a figure the product is built around: that is a data error. */
export function keyFigures(data: Dataset): KeyFigures {
  const rows = annualRows(data);
  const latest = rows.find((r) => r.isLatest);
  const record = rows.find((r) => r.isRecord);
  const previous = latest && rows[rows.indexOf(latest) - 1];
  const exportTarget = currentTarget(data, "export-value");
  const shareTarget = currentTarget(data, "world-share");
  const rankTarget = currentTarget(data, "exporter-rank");
  const share = latestShare(data);
  if (!latest || !previous || !record || !exportTarget || !shareTarget || !rankTarget || !share)
    throw new Error("dataset lacks a key figure (latest year, record, targets or share)");
  // The ranking of the same edition as the share: its list is partial (the top five and Korea), which
  // still places 4th exactly.
  const threshold = rankThreshold(
    data.topExportersLatest.exporters.map((e) => ({ id: e.id, code: e.country.code, value: e.value })),
    rankTarget.value,
    "KOR",
  );
  if (!threshold) throw new Error("top exporters list lacks Korea or the target rank");
  return {
    latest,
    previous,
    record,
    declineYears: rows.filter((r) => r.isDecline && r.year > record.year && r.year < latest.year).map((r) => r.year),
    exportTarget,
    gapToTarget: exportTarget.value - latest.value,
    growthNeeded: requiredGrowth(latest, { year: exportTarget.targetYear, value: exportTarget.value }),
    // Target minus "over $15B" is at most $5B, and so is the growth it needs.
    derivedQualifier: rateBound(latest.qualifier, "exact"),
    share,
    shareTarget,
    shareGap: shareGap(share.value, shareTarget.value),
    rankTarget,
    rankThreshold: threshold,
  };
}
