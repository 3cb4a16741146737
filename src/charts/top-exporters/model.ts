/**
 * top-exporters model: the largest exporters in a five-year window (SIPRI's published list where the
 * dataset has one, else computed from the database and labelled so), Korea's place, and what the
 * goal's rank (4th) takes in that window.
 */
import { exportersIn, exporterWindowChoice, type ExporterEntry } from "@/data/derive/exporters.ts";
import { currentTarget } from "@/data/derive/key-figures.ts";
import { citedSources } from "@/data/derive/sources.ts";
import type { Dataset, Lang } from "@/data/schema.ts";
import { formatMultiple, formatPercent, formatPeriod, formatPoints, formatRank } from "@/i18n/format.ts";
import { chartTranslator } from "./messages.ts";
import type { ChartModelBase, ChartOptions, TooltipContent } from "@/charts/shared/chart-spec.ts";
import { citer } from "@/charts/shared/model-parts.ts";
import { rankedScale } from "@/charts/shared/axis-top.ts";
import type { RankedBar, RankedBarsPlot } from "@/charts/shared/RankedBars.tsx";

/** The subject of the dashboard; its bar is highlighted. */
const SUBJECT = "KOR";

export interface ExporterBar extends RankedBar {
  code: string;
  rank: number;
  /** Holds the rank the goal names (4th): the threshold. */
  isThreshold: boolean;
}

/** Ranked countries, largest first (the rest of the world is in the table, not a bar), and a line at the share the goal rank takes. */
export type TopExportersPlot = RankedBarsPlot<ExporterBar>;

export interface TopExportersModel extends ChartModelBase {
  id: "top-exporters";
  plot: TopExportersPlot;
}

export function topExportersModel(data: Dataset, lang: Lang, options: ChartOptions = {}): TopExportersModel {
  const t = chartTranslator(lang);
  const period = options.window ?? exporterWindowChoice(data).default;
  const { edition, entries, rest } = exportersIn(data, period, SUBJECT);
  const rankTarget = currentTarget(data, "exporter-rank");
  const { sources, cite } = citer(data, lang);
  const pct = (e: Pick<ExporterEntry, "value" | "qualifier">) =>
    formatPercent(edition ? e.value : Math.round(e.value * 10) / 10, lang, e.qualifier);
  const subject = entries.find((e) => e.country.code === SUBJECT);
  const holder = rankTarget && entries.find((e) => e.rank === rankTarget.value);
  if (!subject || !rankTarget || !holder) throw new Error("exporter list lacks Korea or the goal's rank");
  const gap = Math.max(0, holder.value - subject.value);
  // Figures computed from an approximate share are approximate too.
  const derived = subject.qualifier === "exact" ? "exact" : "approx";
  const basis = edition ? edition[lang] : t("chart.top-exporters.computed");

  const bars: ExporterBar[] = entries.map((e) => ({
    id: e.id,
    code: e.country.code,
    name: e.country.name[lang],
    rank: e.rank,
    value: e.value,
    isSubject: e.country.code === SUBJECT,
    isThreshold: e.id === holder.id,
    label: e.country.code === SUBJECT ? `${pct(e)} · ${formatRank(e.rank, lang)}` : pct(e),
  }));

  const periodText = formatPeriod(period, lang);
  const vars = {
    period: periodText,
    share: pct(subject),
    rank: formatRank(subject.rank, lang),
    goalRank: formatRank(rankTarget.value, lang),
    holder: holder.country.name[lang],
    threshold: pct(holder),
    gap: formatPoints(gap, lang, derived),
    multiple: formatMultiple(holder.value / subject.value, lang, derived),
    edition: basis,
  };
  const byId = new Map(entries.map((e) => [e.id, e]));
  const tooltip = (bar: ExporterBar): TooltipContent => {
    const e = byId.get(bar.id)!;
    return { title: `${formatRank(bar.rank, lang)} ${bar.name}: ${pct(e)}`, lines: [`${basis} · ${cite(e.sources)}`] };
  };
  const row = (e: Pick<ExporterEntry, "id" | "country" | "value" | "qualifier" | "sources">, rank: string) => ({
    id: e.id,
    cells: { rank, country: e.country.name[lang], value: pct(e), sources: cite(e.sources) },
    ...(edition ? {} : { data: { share_pct_computed: Math.round(e.value * 100) / 100 }, sources: e.sources }),
  });
  // A partial published list skips ranks (Korea 9th after five): the table says so by its ranks.
  return {
    id: "top-exporters",
    span: null,
    plot: {
      bars,
      threshold: { value: holder.value, label: t("chart.top-exporters.threshold", vars) },
      scale: rankedScale(
        bars.map((b) => b.value),
        true,
      ),
      ticks: { format: (v) => formatPercent(v, lang) },
      tooltip,
    },
    spec: {
      id: "top-exporters",
      title: t("chart.top-exporters.title", { period: periodText }),
      subtitle: t("chart.top-exporters.subtitle", { edition: basis }),
      takeaway: t("chart.top-exporters.takeaway", vars),
      description: t("chart.top-exporters.description", {
        ...vars,
        count: bars.length,
        values: bars.map((b) => `${b.name} ${b.label}`).join("; "),
      }),
      basis: t("chart.top-exporters.basis", { edition: basis }),
      sources: citedSources(sources, [...entries, ...rest, rankTarget]),
      table: {
        caption: t("chart.top-exporters.title", { period: periodText }),
        columns: [
          { key: "rank", label: t("chart.top-exporters.rank"), numeric: true },
          { key: "country", label: t("chart.top-exporters.country") },
          { key: "value", label: t("chart.worldShare"), numeric: true },
          { key: "sources", label: t("table.sources") },
        ],
        rows: [...entries.map((e) => row(e, formatRank(e.rank, lang))), ...rest.map((e) => row(e, t("table.none")))],
      },
    },
  };
}
