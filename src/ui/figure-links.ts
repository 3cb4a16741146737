/**
 * The headline figures as links into the charts: each carries its formatted value, a label, and the
 * chart and year that show it. Used by the key-figures strip and the article panel's chips, so the
 * two can never quote a figure differently.
 */
import type { ChartId } from "@/data/chart-ids.ts";
import type { KeyFigures } from "@/data/derive/key-figures.ts";
import type { PointRef } from "@/data/derive/points.ts";
import type { Lang } from "@/data/schema.ts";
import { formatChange, formatPercent, formatUsdBn, formatValue, formatYear } from "@/i18n/format.ts";
import { figures } from "@/i18n/messages/figures.ts";
import { translatorWith } from "@/i18n/translate.ts";

export interface FigureLinkItem {
  key: string;
  value: string;
  label: string;
  chart: ChartId;
  year?: number;
  /** The data point behind the figure, when there is one. */
  point?: string;
  /** Worked out by K-Defense Export Monitor from cited figures, not quoted from a source: shown as ours. */
  computed?: boolean;
}

/** Where a data point is shown: its chart, and the year to focus (period end for SIPRI periods). */
export function pointTarget(ref: Pick<PointRef, "chart" | "year" | "period">): { chart: ChartId; year?: number } {
  return { chart: ref.chart, year: ref.period?.end ?? ref.year };
}

export function formatPoint(ref: Pick<PointRef, "value" | "unit" | "qualifier">, lang: Lang): string {
  return formatValue(ref.value, ref.unit, lang, ref.qualifier);
}

export function keyFigureLinks(k: KeyFigures, lang: Lang) {
  const t = translatorWith(lang, figures);
  const year = (y: number) => formatYear(y, lang);
  // A gap or growth rate computed from a qualified figure ("over $15 billion") is itself approximate.
  const derived = k.derivedQualifier;
  const targetYear = k.exportTarget.targetYear;
  const links = {
    latest: {
      key: "latest",
      value: formatUsdBn(k.latest.value, lang, k.latest.qualifier),
      label: t("figure.latest", { year: year(k.latest.year) }),
      chart: "annual-exports",
      year: k.latest.year,
      point: k.latest.id,
    },
    change: {
      key: "change",
      computed: true,
      value:
        k.latest.changeRatio === null
          ? t("table.none")
          : formatChange(k.latest.changeRatio, lang, k.latest.changeBound),
      label: t("figure.change", { year: year(k.previous.year) }),
      chart: "annual-exports",
      year: k.latest.year,
      point: k.latest.id,
    },
    record: {
      key: "record",
      value: formatUsdBn(k.record.value, lang, k.record.qualifier),
      label: t("figure.record", { year: year(k.record.year) }),
      chart: "annual-exports",
      year: k.record.year,
      point: k.record.id,
    },
    gap: {
      key: "gap",
      computed: true,
      value: formatUsdBn(k.gapToTarget, lang, derived),
      label: t("figure.gap", { year: year(targetYear), target: formatUsdBn(k.exportTarget.value, lang) }),
      chart: "target-path",
      year: targetYear,
      point: k.exportTarget.id,
    },
    growth: {
      key: "growth",
      computed: true,
      value: formatPercent(k.growthNeeded * 100, lang, derived),
      label: t("figure.growth", { year: year(targetYear) }),
      chart: "target-path",
      year: targetYear,
      point: k.exportTarget.id,
    },
    target: {
      key: "target",
      value: formatUsdBn(k.exportTarget.value, lang, k.exportTarget.qualifier),
      label: t("figure.target", { year: year(targetYear) }),
      chart: "target-path",
      year: targetYear,
      point: k.exportTarget.id,
    },
    shareGoal: {
      key: "shareGoal",
      value: formatPercent(k.shareTarget.value, lang, k.shareTarget.qualifier),
      label: t("figure.share", { year: year(k.shareTarget.targetYear) }),
      chart: "world-share",
      year: k.shareTarget.targetYear,
      point: k.shareTarget.id,
    },
  } satisfies Record<string, FigureLinkItem>;
  return links;
}
