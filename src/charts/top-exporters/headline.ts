/** The slide headline: one short sentence a room reads at a glance (the deck shows it above the chart). */
import { exportersIn, exporterWindowChoice } from "@/data/derive/exporters.ts";
import { keyFigures } from "@/data/derive/key-figures.ts";
import type { Dataset, Lang } from "@/data/schema.ts";
import { formatRank } from "@/i18n/format.ts";
import { chartTranslator } from "./messages.ts";

/** Undefined when Korea is not in the default window's list. */
export function topExportersHeadline(data: Dataset, lang: Lang): string | undefined {
  const korea = exportersIn(data, exporterWindowChoice(data).default).entries.find((e) => e.country.code === "KOR");
  if (!korea) return undefined;
  return chartTranslator(lang)("chart.top-exporters.headline", {
    rank: formatRank(korea.rank, lang),
    goal: formatRank(keyFigures(data).rankTarget.value, lang),
  });
}
