/** top-exporters model: SIPRI's ten largest exporters in the latest period, Korea's place, and what fourth place takes. */
import { keyFigures } from "@/data/derive/key-figures.ts";
import { rankExporters } from "@/data/derive/share.ts";
import { citedSources } from "@/data/derive/sources.ts";
import type { Dataset, ExporterShare, Lang } from "@/data/schema.ts";
import { formatNumber, formatPercent, formatPeriod, formatPoints, formatRank } from "@/i18n/format.ts";
import { chartTranslator } from "./messages.ts";
import type { ChartModelBase, ChartOptions, TooltipContent } from "../shared/chart-spec.ts";
import { citer } from "../shared/model-parts.ts";
import type { RankedBar, RankedBarsPlot } from "../shared/RankedBars.tsx";

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

export function topExportersModel(data: Dataset, lang: Lang, _options: ChartOptions = {}): TopExportersModel {
  const t = chartTranslator(lang);
  const { period, edition, exporters } = data.topExporters;
  const k = keyFigures(data);
  const threshold = k.rankThreshold;
  const { sources, cite } = citer(data, lang);
  const byId = new Map(exporters.map((e) => [e.id, e]));
  const pct = (e: ExporterShare) => formatPercent(e.value, lang, e.qualifier);
  const ranked = rankExporters(exporters.map((e) => ({ ...e, code: e.country.code })));
  const subject = ranked.find((r) => r.code === SUBJECT);
  const rest = exporters.filter((e) => e.country.code === "ROW");
  if (!subject) throw new Error("top exporters list lacks Korea");

  const bars: ExporterBar[] = ranked.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.country.name[lang],
    rank: r.rank,
    value: r.value,
    isSubject: r.code === SUBJECT,
    isThreshold: r.id === threshold.holder.id,
    label: r.code === SUBJECT ? `${pct(r)} · ${formatRank(r.rank, lang)}` : pct(r),
  }));

  const periodText = formatPeriod(period, lang);
  const vars = {
    period: periodText,
    share: pct(subject),
    rank: formatRank(subject.rank, lang),
    goalRank: formatRank(k.rankTarget.value, lang),
    holder: byId.get(threshold.holder.id)?.country.name[lang] ?? threshold.holder.code,
    threshold: formatPercent(threshold.share, lang),
    gap: formatPoints(threshold.gap, lang),
    multiple: formatNumber(1 / threshold.progress, lang, { maximumFractionDigits: 1 }),
  };

  const tooltip = (bar: ExporterBar): TooltipContent => {
    const e = byId.get(bar.id)!;
    return {
      title: `${formatRank(bar.rank, lang)} ${bar.name}: ${pct(e)}`,
      lines: [`${edition.label[lang]} · ${cite(e.sources)}`],
    };
  };

  const row = (e: ExporterShare, rank: string) => ({
    id: e.id,
    cells: { rank, country: e.country.name[lang], value: pct(e), sources: cite(e.sources) },
  });

  return {
    id: "top-exporters",
    span: null,
    plot: {
      bars,
      threshold: { value: threshold.share, label: t("chart.top-exporters.threshold", vars) },
      breakLongest: true,
      ticks: { format: (v) => formatPercent(v, lang) },
      tooltip,
    },
    spec: {
      id: "top-exporters",
      title: t("chart.top-exporters.title", { period: periodText }),
      subtitle: t("chart.top-exporters.subtitle", { edition: edition.label[lang] }),
      takeaway: t("chart.top-exporters.takeaway", vars),
      description: t("chart.top-exporters.description", {
        ...vars,
        count: bars.length,
        values: bars.map((b) => `${b.name} ${formatPercent(b.value, lang)}`).join("; "),
      }),
      basis: t("chart.top-exporters.basis", { edition: edition.label[lang] }),
      sources: citedSources(sources, [...exporters, k.rankTarget]),
      table: {
        caption: t("chart.top-exporters.title", { period: periodText }),
        columns: [
          { key: "rank", label: t("chart.top-exporters.rank"), numeric: true },
          { key: "country", label: t("chart.top-exporters.country") },
          { key: "value", label: t("chart.worldShare"), numeric: true },
          { key: "sources", label: t("table.sources") },
        ],
        rows: [...ranked.map((r) => row(r, formatRank(r.rank, lang))), ...rest.map((e) => row(e, t("table.none")))],
      },
    },
  };
}
