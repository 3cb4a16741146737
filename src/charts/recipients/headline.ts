/** The slide headline: one short sentence a room reads at a glance (the deck shows it above the chart). */
import { recipientsIn, recipientWindowChoice } from "@/data/derive/recipients.ts";
import type { Dataset, Lang } from "@/data/schema.ts";
import { formatPercent, formatPeriod } from "@/i18n/format.ts";
import { chartTranslator } from "./messages.ts";

/** Undefined when the default window has no computed shares. */
export function recipientsHeadline(data: Dataset, lang: Lang): string | undefined {
  const { computed } = recipientsIn(data, recipientWindowChoice(data).default);
  const lead = computed?.rows[0];
  const name = lead && data.sipri.koreaRecipients.find((r) => r.country.code === lead.key)?.country.name[lang];
  if (!computed || !lead || !name) return undefined;
  return chartTranslator(lang)("chart.recipients.headline", {
    name,
    share: formatPercent(Math.round(lead.share * 10) / 10, lang),
    period: formatPeriod(computed.period, lang),
  });
}
