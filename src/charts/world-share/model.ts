/** world-share model: Korea's SIPRI share of world arms deliveries by five-year period, against the share goals. */
import { currentTarget, latestExactShare } from "@/data/derive/key-figures.ts";
import { shareGap } from "@/data/derive/share.ts";
import { citedSources } from "@/data/derive/sources.ts";
import type { Dataset, Lang, Qualifier, Status } from "@/data/schema.ts";
import { formatNumber, formatPercent, formatPeriod, formatPoints, formatRank, formatYear } from "@/i18n/format.ts";
import type { ChartType } from "@/state/url-codec.ts";
import { chartTranslator } from "./messages.ts";
import type { ChartModelBase, ChartOptions, TooltipContent } from "../shared/chart-spec.ts";
import { citer, yearRange } from "../shared/model-parts.ts";

export interface WorldShareBar {
  id: string;
  /** Period end year: what from/to and focus refer to. */
  year: number;
  /** The period as the axis shows it ("2020–24"). */
  period: string;
  value: number;
  qualifier: Qualifier;
  status: Status;
  /** The latest exact share, the one the goals are measured against. */
  isLatestExact: boolean;
  /** Label above the bar (latest exact, approximate, focus), undefined for none. */
  label?: string;
}

export interface WorldSharePlot {
  bars: WorldShareBar[];
  type: ChartType;
  /** Share goals as horizontal reference lines, earliest goal first. */
  targets: { value: number; label: string }[];
  focusYear?: number;
  ticks: { format: (value: number) => string };
  tooltip: (bar: WorldShareBar) => TooltipContent;
}

export interface WorldShareModel extends ChartModelBase {
  id: "world-share";
  plot: WorldSharePlot;
}

export function worldShareModel(data: Dataset, lang: Lang, options: ChartOptions = {}): WorldShareModel {
  const t = chartTranslator(lang);
  // A period is placed in time by its end year: from/to and focus refer to it.
  const all = [...data.worldShare.points]
    .sort((a, b) => a.period.end - b.period.end)
    .map((p) => ({ ...p, year: p.period.end }));
  const { span, from, to, items: points } = yearRange(all, options);
  const latestExact = latestExactShare(data);
  const current = currentTarget(data, "world-share");
  const goals = data.targets.filter((g) => g.kind === "world-share").sort((a, b) => a.targetYear - b.targetYear);
  if (!latestExact || !current) throw new Error("dataset lacks an exact world share or a world-share target");
  const newest = all.at(-1)!;
  const { sources, cite } = citer(data, lang);
  const pct = (p: { value: number; qualifier: Qualifier }) => formatPercent(p.value, lang, p.qualifier);
  const goalText = (g: (typeof goals)[number]) =>
    t("chart.world-share.goal", { share: pct(g), year: formatYear(g.targetYear, lang) });

  const bars: WorldShareBar[] = points.map((p) => {
    const isLatestExact = p.id === latestExact.id;
    const labelled = isLatestExact || p.qualifier !== "exact" || p.period.end === options.focus;
    return {
      id: p.id,
      year: p.period.end,
      period: formatPeriod(p.period, lang),
      value: p.value,
      qualifier: p.qualifier,
      status: p.status,
      isLatestExact,
      label: labelled ? pct(p) : undefined,
    };
  });
  const byId = new Map(points.map((p) => [p.id, p]));

  const tooltip = (bar: WorldShareBar): TooltipContent => {
    const p = byId.get(bar.id)!;
    return {
      title: `${bar.period}: ${pct(p)}`,
      lines: [
        ...(p.rank ? [t("chart.world-share.rank", { rank: formatRank(p.rank, lang) })] : []),
        `${p.edition.label[lang]} · ${cite(p.sources)}`,
        ...(p.note ? [p.note[lang]] : []),
      ],
    };
  };

  const gap = shareGap(latestExact.value, current.value);
  const sharePeriod = formatPeriod(latestExact.period, lang);
  return {
    id: "world-share",
    span,
    plot: {
      bars,
      type: options.type ?? "bar",
      targets: goals.map((g) => ({ value: g.value, label: goalText(g) })),
      focusYear: options.focus,
      ticks: { format: (v) => formatPercent(v, lang) },
      tooltip,
    },
    spec: {
      id: "world-share",
      title: t("chart.world-share.title"),
      subtitle: t("chart.world-share.subtitle"),
      takeaway: [
        t("chart.world-share.takeaway", {
          share: pct(latestExact),
          period: sharePeriod,
          goals: goals.map(goalText).join(", "),
          gap: formatPoints(gap.points, lang),
          multiple: formatNumber(gap.multiple, lang, { maximumFractionDigits: 1 }),
          target: pct(current),
        }),
        ...(newest.id !== latestExact.id
          ? [t("chart.world-share.takeaway.newer", { period: formatPeriod(newest.period, lang), share: pct(newest) })]
          : []),
      ].join(" "),
      description: t("chart.world-share.description", {
        count: points.length,
        from: points[0] ? formatPeriod(points[0].period, lang) : formatYear(from, lang),
        to: points.at(-1) ? formatPeriod(points.at(-1)!.period, lang) : formatYear(to, lang),
        values: points.map((p) => `${formatPeriod(p.period, lang)} ${pct(p)}`).join("; "),
        goals: goals.map(goalText).join(", "),
      }),
      basis: t("chart.world-share.basis"),
      sources: citedSources(sources, [...points, ...goals]),
      table: {
        caption: t("chart.world-share.title"),
        columns: [
          { key: "period", label: t("chart.world-share.period") },
          { key: "value", label: t("chart.worldShare"), numeric: true },
          { key: "rank", label: t("chart.world-share.rankColumn"), numeric: true },
          { key: "edition", label: t("chart.world-share.edition") },
          { key: "sources", label: t("table.sources") },
        ],
        rows: points.map((p) => ({
          id: p.id,
          year: p.period.end,
          cells: {
            period: formatPeriod(p.period, lang),
            value: pct(p),
            rank: p.rank ? formatRank(p.rank, lang) : t("table.none"),
            edition: p.edition.label[lang],
            sources: cite(p.sources),
          },
        })),
      },
    },
  };
}
