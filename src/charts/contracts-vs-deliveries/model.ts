/**
 * contracts-vs-deliveries model: South Korea's contracts signed (DAPA, USD) and deliveries (SIPRI TIV,
 * our totals from the database) year by year, kept on two scales: the plot gets each series with its
 * own axis, never one shared one.
 */
import { annualRows } from "@/data/derive/annual-exports.ts";
import { deliveriesPerYear, sipriTables } from "@/data/derive/sipri.ts";
import { citedSources } from "@/data/derive/sources.ts";
import type { Dataset, Lang, Qualifier, Status } from "@/data/schema.ts";
import { formatDate, formatNumber, formatUsdBn, formatUsdBnShort, formatYear } from "@/i18n/format.ts";
import type { ChartModelBase, ChartOptions, TooltipContent } from "@/charts/shared/chart-spec.ts";
import { citer, yearRange } from "@/charts/shared/model-parts.ts";
import { chartTranslator } from "./messages.ts";

const SUBJECT = "KOR";

export interface YearPair {
  id: string;
  year: number;
  /** USD bn; null for a year without a contract figure. */
  contracts: number | null;
  qualifier: Qualifier;
  status: Status | null;
  /** TIV millions; null for a year the database does not cover yet. */
  deliveries: number | null;
}

export interface Scale {
  /** The axis title: unit and source. */
  title: string;
  format: (value: number) => string;
}

export interface ContractsVsDeliveriesPlot {
  years: YearPair[];
  contracts: Scale;
  deliveries: Scale;
  tooltip: (pair: YearPair) => TooltipContent;
}

export interface ContractsVsDeliveriesModel extends ChartModelBase {
  id: "contracts-vs-deliveries";
  plot: ContractsVsDeliveriesPlot;
}

export function contractsVsDeliveriesModel(
  data: Dataset,
  lang: Lang,
  options: ChartOptions = {},
): ContractsVsDeliveriesModel {
  const t = chartTranslator(lang);
  const { sources, cite } = citer(data, lang);
  const { span, from, to, items } = yearRange(annualRows(data), options);
  const tiv = new Map(deliveriesPerYear(sipriTables(data.sipri).suppliers, SUBJECT).map((d) => [d.year, d.tiv]));
  const years: YearPair[] = items.map((r) => ({
    id: r.id,
    year: r.year,
    contracts: r.value,
    qualifier: r.qualifier,
    status: r.status,
    deliveries: tiv.get(r.year) ?? null,
  }));
  const tivText = (v: number) => formatNumber(v, lang, { maximumFractionDigits: 0 });
  const usd = (p: YearPair) => (p.contracts === null ? t("table.none") : formatUsdBn(p.contracts, lang, p.qualifier));

  const all = annualRows(data);
  const record = all.find((r) => r.isRecord);
  const lastDelivery = [...tiv.keys()].filter((y) => (tiv.get(y) ?? 0) > 0).sort((a, b) => b - a)[0];
  const tivRecord = record && tiv.get(record.year);
  if (!record || lastDelivery === undefined || !tivRecord)
    throw new Error("dataset lacks the record year's contracts or deliveries");
  const tivLatest = tiv.get(lastDelivery)!;

  const tooltip = (p: YearPair): TooltipContent => ({
    title: formatYear(p.year, lang),
    lines: [
      t("chart.contracts-vs-deliveries.tooltip.contracts", {
        value: usd(p),
        status: p.status ? t(`status.${p.status}`) : t("table.none"),
      }),
      p.deliveries === null
        ? `${t("chart.contracts-vs-deliveries.deliveries")}: ${t("chart.contracts-vs-deliveries.noDeliveries")}`
        : t("chart.contracts-vs-deliveries.tooltip.deliveries", { value: tivText(p.deliveries) }),
    ],
  });

  const contractsSources = items.flatMap((r) => [{ sources: r.sources, alternates: r.alternates }]);
  return {
    id: "contracts-vs-deliveries",
    span,
    plot: {
      years,
      contracts: {
        title: t("chart.contracts-vs-deliveries.contracts"),
        format: (v) => formatUsdBnShort(v, lang),
      },
      deliveries: { title: t("chart.contracts-vs-deliveries.deliveries"), format: tivText },
      tooltip,
    },
    spec: {
      id: "contracts-vs-deliveries",
      title: t("chart.contracts-vs-deliveries.title"),
      subtitle: t("chart.contracts-vs-deliveries.subtitle"),
      takeaway: t("chart.contracts-vs-deliveries.takeaway", {
        record: formatUsdBn(record.value, lang, record.qualifier),
        recordYear: record.year,
        tivRecord: tivText(tivRecord),
        tivLatest: tivText(tivLatest),
        latestYear: lastDelivery,
        multiple: formatNumber(tivLatest / tivRecord, lang, { maximumFractionDigits: 1 }),
      }),
      description: t("chart.contracts-vs-deliveries.description", {
        from,
        to,
        contracts: years.map((p) => `${p.year} ${usd(p)}`).join("; "),
        deliveries: years
          .map((p) => `${p.year} ${p.deliveries === null ? t("table.none") : tivText(p.deliveries)}`)
          .join("; "),
      }),
      basis: t("chart.contracts-vs-deliveries.basis", {
        generated: formatDate(data.sipri.generated, lang),
        lastYear: data.sipri.years.end,
      }),
      sources: citedSources(sources, [...contractsSources, { sources: [data.sipri.source] }]),
      table: {
        caption: t("chart.contracts-vs-deliveries.title"),
        columns: [
          { key: "year", label: t("chart.contracts-vs-deliveries.year") },
          { key: "contracts", label: t("chart.contracts-vs-deliveries.contractsColumn"), numeric: true },
          { key: "status", label: t("table.status") },
          { key: "deliveries", label: t("chart.contracts-vs-deliveries.deliveriesColumn"), numeric: true },
          { key: "sources", label: t("table.sources") },
        ],
        rows: years.map((p, i) => ({
          id: p.id,
          year: p.year,
          cells: {
            year: formatYear(p.year, lang),
            contracts: usd(p),
            status: p.status ? t(`status.${p.status}`) : t("table.none"),
            deliveries: p.deliveries === null ? t("chart.contracts-vs-deliveries.noDeliveries") : tivText(p.deliveries),
            sources: cite([...items[i]!.sources, ...(p.deliveries === null ? [] : [data.sipri.source])]),
          },
          data: { contracts_usd_bn: p.contracts, deliveries_tiv_millions: p.deliveries },
          sources: [...items[i]!.sources, ...(p.deliveries === null ? [] : [data.sipri.source])],
        })),
      },
    },
  };
}
