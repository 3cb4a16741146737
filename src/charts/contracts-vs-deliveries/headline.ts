/** The slide headline: one short sentence a room reads at a glance (the deck shows it above the chart). */
import type { Dataset, Lang } from "@/data/schema.ts";
import { chartTranslator } from "./messages.ts";

export function contractsVsDeliveriesHeadline(_data: Dataset, lang: Lang): string {
  return chartTranslator(lang)("chart.contracts-vs-deliveries.headline");
}
