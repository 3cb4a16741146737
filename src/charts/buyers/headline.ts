/** The slide headline: one short sentence a room reads at a glance (the deck shows it above the chart). */
import { topBuyers } from "@/data/derive/deals.ts";
import type { Dataset, Lang } from "@/data/schema.ts";
import { chartTranslator } from "./messages.ts";

/** Undefined when no deal has a value. */
export function buyersHeadline(data: Dataset, lang: Lang): string | undefined {
  const [lead] = topBuyers(data.deals, 1);
  const buyer = data.deals.find((d) => d.buyer.code === lead)?.buyer.name[lang];
  return buyer ? chartTranslator(lang)("chart.buyers.headline", { buyer }) : undefined;
}
