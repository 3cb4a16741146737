/** The slide headline: one short sentence a room reads at a glance (the deck shows it above the chart). */
import { keyFigures } from "@/data/derive/key-figures.ts";
import type { Dataset, Lang } from "@/data/schema.ts";
import { formatPercent, formatUsdBn, formatYear } from "@/i18n/format.ts";
import { chartTranslator } from "./messages.ts";

export function targetPathHeadline(data: Dataset, lang: Lang): string {
  const k = keyFigures(data);
  return chartTranslator(lang)("chart.target-path.headline", {
    target: formatUsdBn(k.exportTarget.value, lang, k.exportTarget.qualifier),
    year: formatYear(k.exportTarget.targetYear, lang),
    growth: formatPercent(k.growthNeeded * 100, lang, k.derivedQualifier),
  });
}
