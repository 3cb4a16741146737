/** The slide headline: one short sentence a room reads at a glance (the deck shows it above the chart). */
import { keyFigures } from "@/data/derive/key-figures.ts";
import type { Dataset, Lang } from "@/data/schema.ts";
import { formatPercent, formatPeriod } from "@/i18n/format.ts";
import { chartTranslator } from "./messages.ts";

export function worldShareHeadline(data: Dataset, lang: Lang): string {
  const { share, shareTarget } = keyFigures(data);
  return chartTranslator(lang)("chart.world-share.headline", {
    share: formatPercent(share.value, lang, share.qualifier),
    period: formatPeriod(share.period, lang),
    goal: formatPercent(shareTarget.value, lang, shareTarget.qualifier),
  });
}
