/** The slide headline: one short sentence a room reads at a glance (the deck shows it above the chart). */
import { keyFigures } from "@/data/derive/key-figures.ts";
import type { Dataset, Lang } from "@/data/schema.ts";
import { formatUsdBn, formatYear } from "@/i18n/format.ts";
import { chartTranslator } from "./messages.ts";

export function annualExportsHeadline(data: Dataset, lang: Lang): string {
  const { latest } = keyFigures(data);
  return chartTranslator(lang)(
    latest.isRebound ? "chart.annual-exports.headline.rebound" : "chart.annual-exports.headline",
    {
      latest: formatUsdBn(latest.value, lang, latest.qualifier),
      year: formatYear(latest.year, lang),
    },
  );
}
