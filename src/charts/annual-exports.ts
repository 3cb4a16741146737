/** annual-exports spec: titles, takeaway, description and table, from the dataset and a language. */
import { annualRows, inRange, yearSpan, type AnnualRow } from "@/data/derive/annual-exports.ts";
import { keyFigures } from "@/data/derive/key-figures.ts";
import { citedSources, sourceIndex } from "@/data/derive/sources.ts";
import type { Dataset, Lang, Source } from "@/data/schema.ts";
import { formatChange, formatUsdBn, formatUsdBnShort, formatYear } from "@/i18n/format.ts";
import { translator } from "@/i18n/translate.ts";
import type { ChartSpec } from "./chart-spec.ts";

export interface AnnualExportsView {
  spec: ChartSpec;
  rows: AnnualRow[];
  span: { min: number; max: number };
  target: { value: number; label: string };
  annotate: (row: AnnualRow, focusYear?: number) => string | undefined;
  formatTick: (value: number) => string;
  sourceNames: (ids: string[]) => string;
}

export function annualExportsView(data: Dataset, lang: Lang, range: { from?: number; to?: number } = {}): AnnualExportsView {
  const t = translator(lang);
  const all = annualRows(data);
  const span = yearSpan(all);
  const from = range.from ?? span.min;
  const to = range.to ?? span.max;
  const rows = inRange(all, from, to);
  const k = keyFigures(data);
  const sources = sourceIndex(data);
  const usd = (v: number, q: AnnualRow["qualifier"] = "exact") => formatUsdBn(v, lang, q);
  const sourceNames = (ids: string[]) => ids.map((id) => publisherWithDate(sources.get(id), lang)).join("; ");

  const targetLabel = t("chart.annual-exports.target", { targetYear: formatYear(k.exportTarget.targetYear, lang), target: usd(k.exportTarget.value) });

  // Labels tell the story the design asks for (record, the declines after it, the latest year) and
  // carry the meaning in words and symbols, not colour alone; other years are in tooltip and table.
  const annotate = (row: AnnualRow, focusYear?: number): string | undefined => {
    const value = formatUsdBnShort(row.value, lang, row.qualifier);
    if (row.isRecord) return `${t("chart.record")} ${value}`;
    if (row.isDecline && k.declineYears.includes(row.year)) return `▼ ${value}`;
    if (row.isLatest) return row.isRebound ? `▲ ${value}` : value;
    if (row.year === focusYear) return value;
    return undefined;
  };

  const spec: ChartSpec = {
    id: "annual-exports",
    title: t("chart.annual-exports.title"),
    subtitle: t("chart.annual-exports.subtitle"),
    takeaway: t("chart.annual-exports.takeaway", {
      latest: usd(k.latest.value, k.latest.qualifier),
      latestYear: formatYear(k.latest.year, lang),
      change: formatChange(k.latest.changeRatio ?? 0, lang),
      previousYear: formatYear(k.previous.year, lang),
      declineCount: k.declineYears.length,
      recordYear: formatYear(k.record.year, lang),
      record: usd(k.record.value),
      targetYear: formatYear(k.exportTarget.targetYear, lang),
      target: usd(k.exportTarget.value),
    }),
    description: t("chart.annual-exports.description", {
      from: formatYear(from, lang),
      to: formatYear(to, lang),
      recordYear: formatYear(k.record.year, lang),
      record: usd(k.record.value),
      latestYear: formatYear(k.latest.year, lang),
      latest: usd(k.latest.value, k.latest.qualifier),
    }),
    basis: t("chart.basis.contract"),
    sources: citedSources(sources, rows),
    table: {
      caption: `${t("chart.annual-exports.title")} (${formatYear(from, lang)}–${formatYear(to, lang)})`,
      columns: [
        { key: "year", label: t("table.year") },
        { key: "value", label: t("table.value"), numeric: true },
        { key: "change", label: t("table.change"), numeric: true },
        { key: "status", label: t("table.status") },
        { key: "alternates", label: t("table.alternates") },
        { key: "sources", label: t("table.sources") },
      ],
      rows: rows.map((r) => ({
        id: r.id,
        year: r.year,
        cells: {
          year: formatYear(r.year, lang),
          value: usd(r.value, r.qualifier),
          change: r.changeRatio === null ? t("table.none") : formatChange(r.changeRatio, lang),
          status: t(`status.${r.status}`),
          alternates: r.alternates.length
            ? r.alternates.map((a) => `${usd(a.value, a.qualifier)} (${sourceNames(a.sources)})`).join("; ")
            : t("table.none"),
          sources: sourceNames(r.sources),
        },
      })),
    },
  };

  return { spec, rows, span, target: { value: k.exportTarget.value, label: targetLabel }, annotate, formatTick: (v) => formatUsdBnShort(v, lang), sourceNames };
}

function publisherWithDate(source: Source | undefined, lang: Lang): string {
  if (!source) return "?";
  return `${source.publisher}, ${source.date.slice(0, 4)}${lang === "ko" ? "년" : ""}`;
}

