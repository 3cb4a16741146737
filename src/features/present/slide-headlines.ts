/**
 * A chart slide's headline: one short sentence a room reads at a glance. The chart's full takeaway
 * (with its comparisons and hedges) goes to the speaker notes, and the basis on the slide is its
 * first sentence, the full text again in the notes. The figures come from the dataset, as the
 * chart's own do.
 */
import type { ChartId } from "@/data/chart-ids.ts";
import { raceWindows } from "@/data/derive/exporter-race.ts";
import { exportersIn, exporterWindowChoice } from "@/data/derive/exporters.ts";
import { recipientsIn, recipientWindowChoice } from "@/data/derive/recipients.ts";
import { topBuyers } from "@/data/derive/deals.ts";
import { keyFigures } from "@/data/derive/key-figures.ts";
import type { Dataset, Lang } from "@/data/schema.ts";
import { formatPercent, formatPeriod, formatPoints, formatRank, formatUsdBn, formatYear } from "@/i18n/format.ts";
import { translator } from "@/i18n/translate.ts";

/** The headline, or undefined where the dataset lacks what it says (the slide then shows the takeaway). */
export function slideHeadline(chart: ChartId, data: Dataset, lang: Lang): string | undefined {
  const t = translator(lang);
  let k: ReturnType<typeof keyFigures>;
  try {
    k = keyFigures(data);
  } catch {
    return undefined;
  }
  const year = (y: number) => formatYear(y, lang);
  switch (chart) {
    case "annual-exports":
      return t(k.latest.isRebound ? "present.headline.annual.rebound" : "present.headline.annual", {
        latest: formatUsdBn(k.latest.value, lang, k.latest.qualifier),
        year: year(k.latest.year),
      });
    case "target-path":
      return t("present.headline.target", {
        target: formatUsdBn(k.exportTarget.value, lang, k.exportTarget.qualifier),
        year: year(k.exportTarget.targetYear),
        growth: formatPercent(k.growthNeeded * 100, lang, k.derivedQualifier),
      });
    case "world-share":
      return t("present.headline.share", {
        share: formatPercent(k.share.value, lang, k.share.qualifier),
        period: formatPeriod(k.share.period, lang),
        goal: formatPercent(k.shareTarget.value, lang, k.shareTarget.qualifier),
      });
    case "top-exporters": {
      const korea = exportersIn(data, exporterWindowChoice(data).default).entries.find((e) => e.country.code === "KOR");
      return korea
        ? t("present.headline.rank", {
            rank: formatRank(korea.rank, lang),
            goal: formatRank(k.rankTarget.value, lang),
          })
        : undefined;
    }
    case "buyers": {
      const [lead] = topBuyers(data.deals, 1);
      const buyer = data.deals.find((d) => d.buyer.code === lead)?.buyer.name[lang];
      return buyer ? t("present.headline.buyers", { buyer }) : undefined;
    }
    case "exporter-race": {
      const latest = raceWindows(data).at(-1);
      return latest?.korea
        ? t("present.headline.race", {
            gap: formatPoints(latest.gap, lang),
            period: formatPeriod(latest.period, lang),
          })
        : undefined;
    }
    case "contracts-vs-deliveries":
      return t("present.headline.contractsDeliveries");
    case "recipients": {
      const { computed } = recipientsIn(data, recipientWindowChoice(data).default);
      const lead = computed?.rows[0];
      const name = lead && data.sipri.koreaRecipients.find((r) => r.country.code === lead.key)?.country.name[lang];
      return lead && name && computed
        ? t("present.headline.recipients", {
            name,
            share: formatPercent(Math.round(lead.share * 10) / 10, lang),
            period: formatPeriod(computed.period, lang),
          })
        : undefined;
    }
  }
}

/** The first sentence of a basis note: what the numbers measure. The rest is in the speaker notes. */
export function firstSentence(text: string): string {
  // A full stop followed by a space or the end; "1.5" and "(≈)." inside a sentence do not end it.
  return text.match(/^.*?[.。](?=\s|$)/)?.[0] ?? text;
}
