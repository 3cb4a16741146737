/**
 * target-path model: the actual series up to the latest year, then the path to the value target at
 * the compound rate it requires, set against the rates Korea actually grew at.
 */
import { annualRows, type AnnualRow } from "@/data/derive/annual-exports.ts";
import { growthWindow, growthWindows, type GrowthWindow, type RateBound } from "@/data/derive/growth-windows.ts";
import { projectedPath } from "@/data/derive/growth.ts";
import { keyFigures } from "@/data/derive/key-figures.ts";
import { citedSources } from "@/data/derive/sources.ts";
import type { Dataset, Lang } from "@/data/schema.ts";
import { formatChange, formatUsdBn, formatUsdBnShort, formatYear } from "@/i18n/format.ts";
import { chartTranslator, type ChartTranslate } from "./messages.ts";
import type { ChartModelBase, ChartOptions, TooltipContent } from "@/charts/shared/chart-spec.ts";
import { citer, yearRange } from "@/charts/shared/model-parts.ts";
import { axisTop } from "@/charts/shared/axis-top.ts";

/** One year on the chart: an actual value, a projected one, or both (the latest year joins the two lines). */
export interface TargetPathPoint {
  year: number;
  actual?: number;
  projected?: number;
  /** The actual row behind the point, for tooltips and hollow estimate dots. */
  row?: AnnualRow;
}

export interface RateBar {
  key: string;
  /** "2015–2025" or "Needed 2025–2030". */
  label: string;
  /** The rate as text, with its bound ("up to +5.9% a year"). */
  value: string;
  /** Fraction, for the bar length. */
  rate: number;
  /** Approximate rates are drawn hatched. */
  bound: RateBound;
  required: boolean;
}

export interface TargetPathPlot {
  points: TargetPathPoint[];
  target: { year: number; value: number; label: string };
  /** Key entries: the solid actual line and the dashed line, named a projection. */
  actualLabel: string;
  projectionLabel: string;
  /** Label on the latest actual year. */
  latestLabel: { year: number; text: string };
  /** The rate needed next to the rates achieved, drawn as a small bar set under the plot. */
  rates: { title: string; bars: RateBar[] };
  focusYear?: number;
  /** The value axis's top (USD bn): the actual and projected values and the goal, up to the next 5. */
  valueTop: number;
  ticks: { format: (value: number) => string };
  tooltip: (point: TargetPathPoint) => TooltipContent;
}

export interface TargetPathModel extends ChartModelBase {
  id: "target-path";
  plot: TargetPathPlot;
}

/** Past growth is shown over the whole range shown, and over the last ten and five years. */
const LOOKBACKS = [10, 5];

export function targetPathModel(data: Dataset, lang: Lang, options: ChartOptions = {}): TargetPathModel {
  const t = chartTranslator(lang);
  const all = annualRows(data);
  const { span, from, to, items: rows } = yearRange(all, options);
  const k = keyFigures(data);
  const { sources, cite } = citer(data, lang);
  const usd = formatUsdBn;
  const latest = k.latest;
  const target = { year: k.exportTarget.targetYear, value: k.exportTarget.value, qualifier: k.exportTarget.qualifier };

  const required = growthWindow(latest, target);
  const path = projectedPath(latest, required.rate, target.year);
  const past = growthWindows(all, latest.year, [
    rows[0]?.year ?? from,
    ...LOOKBACKS.map((n) => latest.year - n),
  ]).filter((w) => w.from.year >= from);
  const yearsText = (w: GrowthWindow) => `${formatYear(w.from.year, lang)}–${formatYear(w.to.year, lang)}`;
  const bars: RateBar[] = [
    {
      key: "required",
      label: t("chart.target-path.needed", { years: yearsText(required) }),
      value: rateText(t, required.rate, required.bound, lang),
      rate: required.rate,
      bound: required.bound,
      required: true,
    },
    ...past.map((w) => ({
      key: `${w.from.year}-${w.to.year}`,
      label: yearsText(w),
      value: rateText(t, w.rate, w.bound, lang),
      rate: w.rate,
      bound: w.bound,
      required: false,
    })),
  ];

  const byYear = new Map<number, TargetPathPoint>();
  for (const row of rows) byYear.set(row.year, { year: row.year, actual: row.value, row });
  for (const p of path) byYear.set(p.year, { ...byYear.get(p.year), year: p.year, projected: p.value });
  const points = [...byYear.values()].sort((a, b) => a.year - b.year);

  const requiredText = rateText(t, required.rate, required.bound, lang);
  const slowest = [...past].sort((a, b) => a.rate - b.rate)[0];
  const takeawayVars = {
    target: usd(target.value, lang),
    targetYear: formatYear(target.year, lang),
    latest: usd(latest.value, lang, latest.qualifier),
    latestYear: formatYear(latest.year, lang),
    required: requiredText,
  };

  const tooltip = (p: TargetPathPoint): TooltipContent => {
    const lines: string[] = [];
    if (p.row) lines.push(`${t(`status.${p.row.status}`)} · ${cite(p.row.sources)}`);
    if (p.projected !== undefined && p.year > latest.year)
      lines.push(t("chart.target-path.projectedValue", { value: usd(p.projected, lang), rate: requiredText }));
    return {
      title: `${formatYear(p.year, lang)}: ${p.row ? usd(p.row.value, lang, p.row.qualifier) : usd(p.projected ?? 0, lang)}`,
      lines,
    };
  };

  return {
    id: "target-path",
    span,
    plot: {
      points,
      target: {
        ...target,
        label: t("chart.goal", {
          targetYear: formatYear(target.year, lang),
          target: formatUsdBnShort(target.value, lang),
        }),
      },
      actualLabel: t("chart.target-path.actual"),
      projectionLabel: t("chart.target-path.projection", { rate: requiredText }),
      latestLabel: { year: latest.year, text: formatUsdBnShort(latest.value, lang, latest.qualifier) },
      rates: { title: t("chart.target-path.ratesTitle"), bars },
      focusYear: options.focus,
      valueTop: axisTop(points.reduce((top, p) => Math.max(top, p.actual ?? 0, p.projected ?? 0), target.value)),
      ticks: { format: (v) => formatUsdBnShort(v, lang) },
      tooltip,
    },
    spec: {
      id: "target-path",
      title: t("chart.target-path.title", { target: formatUsdBn(target.value, lang) }),
      subtitle: t("chart.target-path.subtitle", { targetYear: formatYear(target.year, lang) }),
      takeaway: slowest
        ? t(required.rate < slowest.rate ? "chart.target-path.takeaway.below" : "chart.target-path.takeaway.above", {
            ...takeawayVars,
            past: rateText(t, slowest.rate, slowest.bound, lang),
            pastYears: yearsText(slowest),
          })
        : t("chart.target-path.takeaway", takeawayVars),
      description: t("chart.target-path.description", {
        ...takeawayVars,
        from: formatYear(rows[0]?.year ?? from, lang),
        to: formatYear(rows.at(-1)?.year ?? to, lang),
        past: past.map((w) => `${yearsText(w)} ${rateText(t, w.rate, w.bound, lang)}`).join("; ") || t("table.none"),
      }),
      basis: t("chart.target-path.basis", { latest: usd(latest.value, lang, latest.qualifier) }),
      sources: citedSources(sources, [...rows, k.exportTarget]),
      table: {
        caption: `${t("chart.target-path.title", { target: formatUsdBn(target.value, lang) })} (${formatYear(from, lang)}–${formatYear(target.year, lang)})`,
        columns: [
          { key: "year", label: t("chart.target-path.period") },
          { key: "value", label: t("table.value"), numeric: true },
          { key: "status", label: t("table.status") },
          { key: "sources", label: t("table.sources") },
        ],
        rows: [
          ...rows.map((r) => ({
            id: r.id,
            year: r.year,
            cells: {
              year: formatYear(r.year, lang),
              value: usd(r.value, lang, r.qualifier),
              status: t(`status.${r.status}`),
              sources: cite(r.sources),
            },
          })),
          ...path
            .filter((p) => p.year > latest.year)
            .map((p) => ({
              id: `projection-${p.year}`,
              year: p.year,
              cells: {
                year: formatYear(p.year, lang),
                value: usd(p.value, lang),
                status: t("status.projection"),
                sources: t("chart.target-path.computed"),
              },
            })),
          ...[required, ...past].map((w) => ({
            id: `growth-${w.from.year}-${w.to.year}`,
            cells: {
              year: w === required ? t("chart.target-path.needed", { years: yearsText(w) }) : yearsText(w),
              value: rateText(t, w.rate, w.bound, lang),
              status: t("chart.target-path.cagr"),
              sources: t("chart.target-path.computed"),
            },
          })),
        ],
      },
    },
  };
}

function rateText(t: ChartTranslate, rate: number, bound: RateBound, lang: Lang): string {
  return t(`chart.rate.${bound}`, { rate: formatChange(rate, lang) });
}
