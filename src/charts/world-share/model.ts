/**
 * world-share model: South Korea's share of world arms deliveries per five-year window, computed from
 * one edition of the SIPRI database (so windows compare like with like), against the share goals. The
 * shares SIPRI published in each year's edition are kept beside the computed ones as alternates; its
 * newest edition, for a window the database does not reach yet, is a bar of its own, marked published.
 */
import { perDataset } from "@/data/derive/per-dataset.ts";
import { currentTarget, latestShare } from "@/data/derive/key-figures.ts";
import { shareGap } from "@/data/derive/share.ts";
import { shareOf, sipriTables, windowShares } from "@/data/derive/sipri.ts";
import { citedSources } from "@/data/derive/sources.ts";
import type { Dataset, Lang, Period, Qualifier, SharePoint } from "@/data/schema.ts";
import {
  formatDate,
  formatMultiple,
  formatPercent,
  formatPeriod,
  formatPoints,
  formatRank,
  formatYear,
} from "@/i18n/format.ts";
import type { ChartType } from "@/state/url-codec.ts";
import { chartTranslator } from "./messages.ts";
import type { ChartModelBase, ChartOptions, TooltipContent } from "@/charts/shared/chart-spec.ts";
import { citer, yearRange } from "@/charts/shared/model-parts.ts";

const SUBJECT = "KOR";
/** How many windows back the takeaway looks for the computed trend. */
const LOOK_BACK = 10;

export interface WorldShareBar {
  id: string;
  /** Window end year: what from/to and focus refer to. */
  year: number;
  /** The window as the axis shows it ("2020–24"). */
  period: string;
  value: number;
  qualifier: Qualifier;
  /** Computed from the database, or SIPRI's own published figure (its newest edition only). */
  source: "computed" | "published";
  /** The latest share (SIPRI's newest edition): where Korea stands, the one the goals are measured against. */
  isCurrent: boolean;
  /** Label above the bar (latest computed, current, focus), undefined for none. */
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

interface Window {
  id: string;
  year: number;
  period: Period;
  value: number;
  qualifier: Qualifier;
  /** Korea's rank among suppliers in the window (computed, or as SIPRI published it). */
  rank?: number;
  /** SIPRI's published figure for the window: the computed bar's alternate, or the bar itself. */
  published?: SharePoint;
  source: WorldShareBar["source"];
}

const same = (a: Period, b: Period) => a.start === b.start && a.end === b.end;

/**
 * Every window: computed from the database, then SIPRI's newer published ones the database does not
 * cover. Made once per dataset: the model and the range control (the chart's span) both ask.
 */
export const shareWindows: (data: Dataset) => readonly Window[] = perDataset((data) => {
  const published = data.worldShare.points;
  const computed = windowShares(sipriTables(data.sipri).suppliers, 5).map((w): Window => {
    const korea = shareOf(w, SUBJECT);
    const alternate = published.find((p) => same(p.period, w.period));
    return {
      // A window SIPRI published keeps the id of its published point, so links to it still land.
      id: alternate?.id ?? `share-computed-${w.period.start}-${w.period.end}`,
      year: w.period.end,
      period: w.period,
      value: korea?.share ?? 0,
      qualifier: "exact",
      rank: korea?.rank,
      published: alternate,
      source: "computed",
    };
  });
  const beyond = published
    .filter((p) => p.period.end > data.sipri.years.end)
    .map((p): Window => ({ ...p, year: p.period.end, published: p, source: "published" }));
  return [...computed, ...beyond].sort((a, b) => a.year - b.year);
});

export function worldShareModel(data: Dataset, lang: Lang, options: ChartOptions = {}): WorldShareModel {
  const t = chartTranslator(lang);
  const all = shareWindows(data);
  const { span, from, to, items: windows } = yearRange(all, options);
  const latest = latestShare(data);
  const current = currentTarget(data, "world-share");
  const goals = data.targets.filter((g) => g.kind === "world-share").sort((a, b) => a.targetYear - b.targetYear);
  if (!latest || !current) throw new Error("dataset lacks a world share or a world-share target");
  const computed = all.filter((w) => w.source === "computed");
  const lastComputed = computed.at(-1);
  const earlier = computed.at(-1 - LOOK_BACK);
  if (!lastComputed || !earlier) throw new Error("the SIPRI database covers too few windows");
  const { sources, cite } = citer(data, lang);
  const pct = (p: { value: number; qualifier: Qualifier }) =>
    formatPercent(Math.round(p.value * 10) / 10, lang, p.qualifier);
  const goalText = (g: (typeof goals)[number]) =>
    t("chart.world-share.goal", { share: pct(g), year: formatYear(g.targetYear, lang) });
  const generated = formatDate(data.sipri.generated, lang);

  const bars: WorldShareBar[] = windows.map((w) => {
    const isCurrent = w.id === latest.id;
    const labelled = isCurrent || w.id === lastComputed.id || w.year === options.focus;
    return {
      id: w.id,
      year: w.year,
      period: formatPeriod(w.period, lang),
      value: w.value,
      qualifier: w.qualifier,
      source: w.source,
      isCurrent,
      label: labelled ? pct(w) : undefined,
    };
  });
  const byId = new Map(windows.map((w) => [w.id, w]));
  const publishedLine = (p: SharePoint) =>
    t("chart.world-share.published", {
      share: pct(p),
      rank: p.rank ? ` (${formatRank(p.rank, lang)})` : "",
      edition: p.edition.label[lang],
    });

  const tooltip = (bar: WorldShareBar): TooltipContent => {
    const w = byId.get(bar.id)!;
    const rank = w.rank ? [t("chart.world-share.rank", { rank: formatRank(w.rank, lang) })] : [];
    if (w.source === "published" && w.published)
      return {
        title: `${bar.period}: ${pct(w)}`,
        lines: [...rank, `${w.published.edition.label[lang]} · ${cite(w.published.sources)}`],
      };
    return {
      title: `${bar.period}: ${pct(w)}`,
      lines: [
        ...rank,
        t("chart.world-share.computed", { generated }),
        ...(w.published ? [publishedLine(w.published)] : []),
      ],
    };
  };

  const gap = shareGap(latest.value, current.value);
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
          share: pct(latest),
          period: formatPeriod(latest.period, lang),
          edition: latest.edition.label[lang],
          goals: goals.map(goalText).join(", "),
          gap: formatPoints(gap.points, lang, latest.qualifier),
          multiple: formatMultiple(gap.multiple, lang, latest.qualifier),
          target: pct(current),
        }),
        t("chart.world-share.takeaway.trend", {
          from: pct(earlier),
          fromPeriod: formatPeriod(earlier.period, lang),
          to: pct(lastComputed),
          toPeriod: formatPeriod(lastComputed.period, lang),
        }),
      ].join(" "),
      description: t("chart.world-share.description", {
        count: windows.length,
        from: windows[0] ? formatPeriod(windows[0].period, lang) : formatYear(from, lang),
        to: windows.at(-1) ? formatPeriod(windows.at(-1)!.period, lang) : formatYear(to, lang),
        values: windows.map((w) => `${formatPeriod(w.period, lang)} ${pct(w)}`).join("; "),
        goals: goals.map(goalText).join(", "),
      }),
      basis: t("chart.world-share.basis", {
        generated,
        last: formatPeriod(lastComputed.period, lang),
        latest: formatPeriod(latest.period, lang),
        edition: latest.edition.label[lang],
      }),
      sources: citedSources(sources, [
        { sources: [data.sipri.source] },
        ...windows.flatMap((w) => (w.published ? [w.published] : [])),
        ...goals,
      ]),
      table: {
        caption: t("chart.world-share.title"),
        columns: [
          { key: "period", label: t("chart.world-share.period") },
          { key: "value", label: t("chart.worldShare"), numeric: true },
          { key: "rank", label: t("chart.world-share.rankColumn"), numeric: true },
          { key: "basis", label: t("chart.world-share.basisColumn") },
          { key: "published", label: t("chart.world-share.publishedColumn") },
          { key: "sources", label: t("table.sources") },
        ],
        rows: windows.map((w) => ({
          id: w.id,
          year: w.year,
          cells: {
            period: formatPeriod(w.period, lang),
            value: pct(w),
            rank: w.rank ? formatRank(w.rank, lang) : t("table.none"),
            basis:
              w.source === "computed"
                ? t("chart.world-share.computed", { generated })
                : (w.published?.edition.label[lang] ?? ""),
            published: w.published && w.source === "computed" ? publishedLine(w.published) : t("table.none"),
            sources: cite(
              w.source === "computed" ? [data.sipri.source, ...(w.published?.sources ?? [])] : w.published!.sources,
            ),
          },
          data: { share_pct: Math.round(w.value * 100) / 100, computed: w.source === "computed" ? 1 : 0 },
          sources: w.source === "computed" ? [data.sipri.source] : w.published!.sources,
        })),
      },
    },
  };
}
