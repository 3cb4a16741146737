/**
 * buyers model: the value of major deals by year, stacked by buyer, next to the year's total
 * contract value, and the deals behind each year.
 */
import { annualRows } from "@/data/derive/annual-exports.ts";
import {
  dealsByYear,
  hasValue,
  heaviestYear,
  qualifiedSum,
  topBuyers,
  type QualifiedSum,
} from "@/data/derive/deals.ts";
import { citedSources } from "@/data/derive/sources.ts";
import type { Country, Dataset, Deal, Lang } from "@/data/schema.ts";
import { formatPercent, formatUsdBn, formatUsdBnShort, formatYear } from "@/i18n/format.ts";
import { chartTranslator } from "./messages.ts";
import type { ChartModelBase, ChartOptions, TooltipContent } from "@/charts/shared/chart-spec.ts";
import { citer, tableWithRowsOnRead, yearRange } from "@/charts/shared/model-parts.ts";
import { axisTop } from "@/charts/shared/axis-top.ts";

/** Buyers with the largest deal totals get their own colour; the rest are "other". */
const NAMED_BUYERS = 3;
export const OTHER = "other";

export interface BuyerSeries {
  /** Buyer country code, or OTHER. */
  key: string;
  name: string;
}

export interface BuyersYear {
  year: number;
  /** USD bn of valued deals per series key (absent: none that year). */
  segments: Record<string, number>;
  /** Sum of the valued deals. */
  dealSum: number;
  /** The year's total contract value (annual series), when the dataset has it. */
  annualTotal?: number;
  /** Label above the bar (the story year, focus), undefined for none. */
  label?: string;
}

export interface BuyersPlot {
  years: BuyersYear[];
  /** Stack order, bottom first: named buyers by total, then "other". */
  series: BuyerSeries[];
  /** Key entry for the annual-total marker. */
  totalLabel: string;
  focusYear?: number;
  /** The value axis's top (USD bn): the tallest bar or total, up to the next 5. */
  valueTop: number;
  ticks: { format: (value: number) => string };
  tooltip: (year: BuyersYear) => TooltipContent;
}

export interface BuyersModel extends ChartModelBase {
  id: "buyers";
  plot: BuyersPlot;
}

export function buyersModel(data: Dataset, lang: Lang, options: ChartOptions = {}): BuyersModel {
  const t = chartTranslator(lang);
  const years = dealsByYear(data.deals);
  const { span, from, to, items: shown } = yearRange(years, options);
  const shownDeals = shown.flatMap((y) => y.deals);
  const annual = new Map(annualRows(data).map((r) => [r.year, r]));
  const totals = new Map([...annual.values()].map((r) => [r.year, { value: r.value, qualifier: r.qualifier }]));
  const { sources, cite } = citer(data, lang);
  const usd = (s: QualifiedSum) => formatUsdBn(s.value, lang, s.qualifier);
  const countries = new Map<string, Country>(data.deals.map((d) => [d.buyer.code, d.buyer]));
  const nameOf = (code: string) => countries.get(code)?.name[lang] ?? code;

  const named = topBuyers(shownDeals, NAMED_BUYERS);
  const keyOf = (code: string) => (named.includes(code) ? code : OTHER);
  const series: BuyerSeries[] = [
    ...named.map((code) => ({ key: code, name: nameOf(code) })),
    { key: OTHER, name: t("chart.buyers.other") },
  ];

  // The story: the largest buyer over the whole dataset, in the year its deals weighed most against the total.
  const [lead] = topBuyers(data.deals, 1);
  const story = lead ? heaviestYear(years, lead, totals) : undefined;

  const rows: BuyersYear[] = shown.map((y) => {
    const segments: Record<string, number> = {};
    for (const [code, sum] of y.byBuyer) segments[keyOf(code)] = (segments[keyOf(code)] ?? 0) + sum.value;
    const labelled = y.year === story?.year || y.year === options.focus;
    return {
      year: y.year,
      segments,
      dealSum: y.sum.value,
      annualTotal: annual.get(y.year)?.value,
      label: labelled && y.sum.value > 0 ? formatUsdBnShort(y.sum.value, lang, y.sum.qualifier) : undefined,
    };
  });
  const byYear = new Map(shown.map((y) => [y.year, y]));

  // A year whose deals all lack a value has no sum to show, not a sum of zero.
  const sumText = (y: (typeof shown)[number]) => (y.byBuyer.size ? usd(y.sum) : t("chart.buyers.noValue"));
  const dealValue = (d: Deal) => (hasValue(d) ? formatUsdBn(d.value, lang, d.qualifier) : t("chart.buyers.noValue"));
  const totalText = (year: number) => {
    const r = annual.get(year);
    return r
      ? t("chart.buyers.annualTotal", { total: formatUsdBn(r.value, lang, r.qualifier) })
      : t("chart.buyers.noAnnualTotal");
  };

  // A few lines, not the year's deal list (that is in the table): the year and its deal sum, the
  // largest buyer (and the next, or the rest together) with its share of the year's total, the total
  // itself, and where the figures come from.
  const tooltip = (row: BuyersYear): TooltipContent => {
    const y = byYear.get(row.year)!;
    const total = annual.get(row.year);
    const buyers = [...y.byBuyer].filter(([, sum]) => sum.value > 0).sort((a, b) => b[1].value - a[1].value);
    const buyerLine = ([code, sum]: [string, QualifiedSum]) =>
      total
        ? t("chart.buyers.tooltipBuyer", {
            buyer: nameOf(code),
            value: usd(sum),
            share: formatPercent((sum.value / total.value) * 100, lang, "approx"),
          })
        : `${nameOf(code)}: ${usd(sum)}`;
    const rest = buyers.slice(1);
    const buyerLines =
      rest.length <= 1
        ? buyers.map(buyerLine)
        : [
            buyerLine(buyers[0]!),
            t("chart.buyers.tooltipOthers", { count: rest.length, value: usd(qualifiedSum(rest.map(([, s]) => s))) }),
          ];
    const largestFirst = [...y.deals].sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
    const sourceIds = [...new Set(largestFirst.flatMap((d) => d.sources))];
    return {
      title: t("chart.buyers.tooltipTitle", {
        year: formatYear(row.year, lang),
        sum: sumText(y),
        count: y.deals.length,
      }),
      lines: [
        ...buyerLines,
        totalText(row.year),
        sourceIds.length > 1
          ? t("chart.buyers.tooltipSources", { source: cite(sourceIds.slice(0, 1)), count: sourceIds.length - 1 })
          : t("chart.buyers.tooltipSource", { source: cite(sourceIds) }),
      ],
    };
  };

  const storyVars = story && {
    buyer: nameOf(story.code),
    year: formatYear(story.year, lang),
    // The deal list is partial and its values are not additive with the annual total (framework vs
    // executive contracts, won–dollar conversions), so the sum and the share are approximate.
    deals: formatUsdBn(story.deals.value, lang, "approx"),
    total: usd(story.total),
    share: formatPercent(story.share * 100, lang, "approx"),
  };
  const unvalued = shownDeals.filter((d) => !hasValue(d)).length;

  return {
    id: "buyers",
    span,
    plot: {
      years: rows,
      series,
      totalLabel: t("chart.buyers.totalKey"),
      focusYear: options.focus,
      valueTop: axisTop(rows.reduce((top, y) => Math.max(top, y.dealSum, y.annualTotal ?? 0), 0)),
      ticks: { format: (v) => formatUsdBnShort(v, lang) },
      tooltip,
    },
    spec: {
      id: "buyers",
      title: t("chart.buyers.title"),
      subtitle: t("chart.buyers.subtitle"),
      takeaway: storyVars ? t("chart.buyers.takeaway", storyVars) : t("chart.buyers.takeaway.none"),
      description: t("chart.buyers.description", {
        from: formatYear(shown[0]?.year ?? from, lang),
        to: formatYear(shown.at(-1)?.year ?? to, lang),
        count: shownDeals.length,
        unvalued,
        buyers: series.map((s) => s.name).join(", "),
        years: shown.map((y) => `${formatYear(y.year, lang)} ${sumText(y)}`).join("; "),
      }),
      basis: t("chart.buyers.basis"),
      sources: citedSources(sources, [...shownDeals, ...shown.flatMap((y) => annual.get(y.year) ?? [])]),
      table: tableWithRowsOnRead(
        t("chart.buyers.title"),
        [
          { key: "year", label: t("table.year") },
          { key: "buyer", label: t("chart.buyers.buyer") },
          { key: "deal", label: t("chart.buyers.deal") },
          { key: "value", label: t("table.value"), numeric: true },
          { key: "status", label: t("table.status") },
          { key: "sources", label: t("table.sources") },
        ],
        () =>
          shown.flatMap((y) => [
            ...y.deals.map((d) => ({
              id: d.id,
              year: d.year,
              cells: {
                year: formatYear(d.year, lang),
                buyer: nameOf(d.buyer.code),
                deal: d.system[lang],
                value: dealValue(d),
                status: t(`status.${d.status}`),
                sources: cite(d.sources),
              },
            })),
            {
              id: `deals-${y.year}`,
              year: y.year,
              cells: {
                year: formatYear(y.year, lang),
                buyer: t("chart.buyers.allDeals"),
                deal: totalText(y.year),
                value: sumText(y),
                status: t("table.none"),
                sources: annual.get(y.year) ? cite(annual.get(y.year)!.sources) : t("table.none"),
              },
            },
          ]),
      ),
    },
  };
}
