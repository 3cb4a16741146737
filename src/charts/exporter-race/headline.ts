/** The slide headline: one short sentence a room reads at a glance (the deck shows it above the chart). */
import { raceWindows } from "@/data/derive/exporter-race.ts";
import type { Dataset, Lang } from "@/data/schema.ts";
import { formatPeriod, formatPoints } from "@/i18n/format.ts";
import { chartTranslator } from "./messages.ts";

/** Undefined when Korea is not in the newest window. */
export function exporterRaceHeadline(data: Dataset, lang: Lang): string | undefined {
  const latest = raceWindows(data).at(-1);
  if (!latest?.korea) return undefined;
  return chartTranslator(lang)("chart.exporter-race.headline", {
    gap: formatPoints(latest.gap, lang),
    period: formatPeriod(latest.period, lang),
  });
}
