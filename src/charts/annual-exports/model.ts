/** annual-exports model: spec (titles, takeaway, description, table) and plot props, from data and language. */
import { annualRows, type AnnualRow } from "@/data/derive/annual-exports.ts";
import { keyFigures } from "@/data/derive/key-figures.ts";
import { citedSources } from "@/data/derive/sources.ts";
import type { Dataset, Lang } from "@/data/schema.ts";
import type { ChartType } from "@/state/url-codec.ts";
import { formatChange, formatUsdBn, formatUsdBnShort, formatYear } from "@/i18n/format.ts";
import { chartTranslator, type ChartTranslate } from "./messages.ts";
import type { ChartModelBase, ChartOptions, TooltipContent } from "@/charts/shared/chart-spec.ts";
import { citer, yearRange } from "@/charts/shared/model-parts.ts";
import { axisTop } from "@/charts/shared/axis-top.ts";
import type { ValueLabel } from "@/charts/shared/label-layout.ts";

/** Which labels a narrow chart keeps: the year the reader asked for, then today's figure, the record, the declines. */
const PRIORITY = { focus: 5, latest: 4, record: 3, decline: 2, estimate: 1 } as const;

export interface AnnualExportsPlot {
  rows: AnnualRow[];
  type: ChartType;
  /** Horizontal reference line for the value target. */
  target: { value: number; label: string };
  focusYear?: number;
  /** The value axis's top (USD bn): every value, range and the goal, up to the next 5. */
  valueTop: number;
  /** Labels drawn above points (record, declines, latest, focus, estimate run), most important first. */
  labels: ValueLabel[];
  ticks: { format: (value: number) => string };
  tooltip: (row: AnnualRow) => TooltipContent;
}

export interface AnnualExportsModel extends ChartModelBase {
  id: "annual-exports";
  plot: AnnualExportsPlot;
}

export function annualExportsModel(data: Dataset, lang: Lang, options: ChartOptions = {}): AnnualExportsModel {
  const t = chartTranslator(lang);
  const { span, from, to, items: rows } = yearRange(annualRows(data), options);
  const k = keyFigures(data);
  const { sources, cite } = citer(data, lang);
  const usd = (v: number, q: AnnualRow["qualifier"] = "exact") => formatUsdBn(v, lang, q);

  // Labels tell the story the design asks for (record, the declines after it, the latest year) and
  // carry the meaning in words and symbols, not colour alone; other years are in tooltip and table.
  // Where a phone has no room for all, the chart keeps the most important (priority) and may fall
  // back to the bare value (short).
  const labels: ValueLabel[] = [];
  for (const row of rows) {
    const value = formatUsdBnShort(row.value, lang, row.qualifier);
    const story = row.isRecord
      ? { text: `${t("chart.record")} ${value}`, priority: PRIORITY.record }
      : row.isDecline && k.declineYears.includes(row.year)
        ? { text: `▼ ${value}`, priority: PRIORITY.decline }
        : row.isLatest
          ? { text: row.isRebound ? `▲ ${value}` : value, priority: PRIORITY.latest }
          : row.year === options.focus
            ? { text: value, priority: PRIORITY.focus }
            : null;
    if (!story) continue;
    labels.push({
      category: row.year,
      text: story.text,
      priority: row.year === options.focus ? PRIORITY.focus : story.priority,
      ...(story.text !== value && { short: value }),
    });
  }
  // A run of estimate years (2018–2020, all "≈ $3B") gets one "≈" label on its middle bar: one per bar
  // overlapped on phones, and the hatching marks the whole run.
  for (const run of estimateRuns(rows)) {
    const middle = run[Math.floor((run.length - 1) / 2)]!;
    if (!labels.some((l) => l.category === middle.year))
      labels.push({
        category: middle.year,
        text: formatUsdBnShort(middle.value, lang, middle.qualifier),
        priority: PRIORITY.estimate,
      });
  }

  const tooltip = (row: AnnualRow): TooltipContent => ({
    title: `${formatYear(row.year, lang)}: ${usd(row.value, row.qualifier)}`,
    lines: [
      `${t(`status.${row.status}`)} · ${cite(row.sources)}`,
      ...(row.alternates.length
        ? [
            `${t("chart.disputed")} — ${t("chart.range", { low: usd(row.low), high: usd(row.high) })}`,
            ...row.alternates.map((a) => `${usd(a.value, a.qualifier)} — ${cite(a.sources)}`),
          ]
        : []),
    ],
  });

  return {
    id: "annual-exports",
    span,
    plot: {
      rows,
      type: options.type ?? "bar",
      target: {
        value: k.exportTarget.value,
        label: t("chart.goal", {
          targetYear: formatYear(k.exportTarget.targetYear, lang),
          target: usd(k.exportTarget.value),
        }),
      },
      focusYear: options.focus,
      valueTop: axisTop(rows.reduce((top, r) => Math.max(top, r.value, r.high), k.exportTarget.value)),
      labels,
      ticks: { format: (v) => formatUsdBnShort(v, lang) },
      tooltip,
    },
    spec: {
      id: "annual-exports",
      title: t("chart.annual-exports.title"),
      subtitle: subtitle(rows, options.type ?? "bar", t),
      takeaway: t(
        k.latest.isRebound && k.declineYears.length > 0
          ? "chart.annual-exports.takeaway"
          : "chart.annual-exports.takeaway.plain",
        {
          latest: usd(k.latest.value, k.latest.qualifier),
          latestYear: formatYear(k.latest.year, lang),
          change: formatChange(k.latest.changeRatio ?? 0, lang, k.latest.changeBound),
          previousYear: formatYear(k.previous.year, lang),
          declineCount: k.declineYears.length,
          recordYear: formatYear(k.record.year, lang),
          record: usd(k.record.value),
          targetYear: formatYear(k.exportTarget.targetYear, lang),
          target: usd(k.exportTarget.value),
        },
      ),
      description: t("chart.annual-exports.description", {
        from: formatYear(from, lang),
        to: formatYear(to, lang),
        recordYear: formatYear(k.record.year, lang),
        record: usd(k.record.value),
        latestYear: formatYear(k.latest.year, lang),
        latest: usd(k.latest.value, k.latest.qualifier),
        estimates: estimateNote(rows, lang, t),
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
            change: r.changeRatio === null ? t("table.none") : formatChange(r.changeRatio, lang, r.changeBound),
            status: t(`status.${r.status}`),
            alternates: r.alternates.length
              ? r.alternates.map((a) => `${usd(a.value, a.qualifier)} (${cite(a.sources)})`).join("; ")
              : t("table.none"),
            sources: cite(r.sources),
          },
          data: {
            change_pct_computed: r.changeRatio === null ? null : Math.round(r.changeRatio * 1000) / 10,
            change_bound: r.changeRatio === null ? null : r.changeBound,
          },
        })),
      },
    },
  };
}

/**
 * What the figures are, and what the marks in view mean: hatched bars are estimates, whiskers the
 * range the sources give (a key in words, as buyers' subtitle names its ticks).
 */
function subtitle(rows: AnnualRow[], type: ChartType, t: ChartTranslate): string {
  const marks = [
    type === "bar" && rows.some((r) => r.status === "estimate") ? t("chart.annual-exports.key.estimate") : null,
    rows.some((r) => r.high > r.low) ? t("chart.annual-exports.key.range") : null,
  ].filter((mark) => mark !== null);
  return [t("chart.annual-exports.subtitle"), ...marks].join(t("chart.annual-exports.key.separator"));
}

/** " 2018, 2019, 2020 are estimates (about $3 billion a year…)" for the visible estimate years; "" when none. */
function estimateNote(rows: AnnualRow[], lang: Lang, t: ChartTranslate): string {
  const estimates = rows.filter((r) => r.status === "estimate");
  if (estimates.length === 0) return "";
  const values = [...new Set(estimates.map((r) => r.value))];
  return t("chart.annual-exports.estimates", {
    years: estimates.map((r) => formatYear(r.year, lang)).join(", "),
    value: values.map((v) => formatUsdBn(v, lang)).join(" / "),
  });
}

/** Consecutive rows whose status is "estimate", in year order. */
function estimateRuns(rows: AnnualRow[]): AnnualRow[][] {
  const runs: AnnualRow[][] = [];
  rows.forEach((row, i) => {
    if (row.status !== "estimate") return;
    if (i > 0 && rows[i - 1]!.status === "estimate") runs.at(-1)!.push(row);
    else runs.push([row]);
  });
  return runs;
}
