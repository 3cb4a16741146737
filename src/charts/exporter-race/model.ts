/**
 * exporter-race model: South Korea's share of world deliveries against the share 4th place held, in
 * every five-year window the SIPRI database covers (our calculation, one edition throughout), with
 * the share goals, and SIPRI's newest published edition as separate points.
 */
import { raceWindows, type RaceWindow } from "@/data/derive/exporter-race.ts";
import { currentTarget } from "@/data/derive/key-figures.ts";
import { sipriTables } from "@/data/derive/sipri.ts";
import { citedSources } from "@/data/derive/sources.ts";
import type { Dataset, Lang } from "@/data/schema.ts";
import { formatDate, formatPercent, formatPeriod, formatPoints, formatRank, formatYear } from "@/i18n/format.ts";
import type { ChartModelBase, ChartOptions, TableRow, TooltipContent } from "@/charts/shared/chart-spec.ts";
import { citer } from "@/charts/shared/model-parts.ts";
import { chartTranslator } from "./messages.ts";

const SUBJECT = "KOR";
/** How many windows back the takeaway looks to say whether the gap has narrowed. */
const LOOK_BACK = 5;

export interface RacePoint {
  id: string;
  /** Window label on the x axis ("2020–24"). */
  period: string;
  /** South Korea's share, %; null where it delivered nothing. */
  korea: number | null;
  /** The share 4th place held, %. */
  fourth: number | null;
  /** SIPRI's published figures, only on the published edition's point. */
  publishedKorea: number | null;
  publishedFourth: number | null;
  /** The published edition's point, drawn apart from the computed lines. */
  isPublished: boolean;
}

export interface ExporterRacePlot {
  points: RacePoint[];
  goals: { value: number; label: string }[];
  /** Words at the end of each line, and the published points' values as SIPRI gave them (≈3%). */
  names: { korea: string; fourth: string; published: string; publishedKorea: string; publishedFourth: string };
  ticks: { format: (value: number) => string };
  tooltip: (point: RacePoint) => TooltipContent;
}

export interface ExporterRaceModel extends ChartModelBase {
  id: "exporter-race";
  plot: ExporterRacePlot;
}

export function exporterRaceModel(data: Dataset, lang: Lang, _options: ChartOptions = {}): ExporterRaceModel {
  const t = chartTranslator(lang);
  const { sources, cite } = citer(data, lang);
  const { countries } = sipriTables(data.sipri);
  const name = (code: string) => countries.get(code)?.name[lang] ?? code;
  const pct = (value: number) => formatPercent(Math.round(value * 10) / 10, lang);
  const windows = raceWindows(data, SUBJECT);
  const latest = windows.at(-1);
  const earlier = windows.at(-1 - LOOK_BACK);
  if (!latest || !earlier) throw new RangeError("the SIPRI database covers too few windows for the race");

  const edition = data.topExportersLatest;
  const publishedKorea = edition.exporters.find((e) => e.country.code === SUBJECT);
  const publishedFourth = edition.exporters.find((e) => e.rank === 4);
  const editionPeriod = formatPeriod(edition.period, lang);
  const covered = edition.period.end <= data.sipri.years.end;
  const showPublished = !covered && publishedKorea && publishedFourth;

  const goals = data.targets
    .filter((g) => g.kind === "world-share")
    .sort((a, b) => a.targetYear - b.targetYear)
    .map((g) => ({
      value: g.value,
      label: t("chart.goal", { targetYear: formatYear(g.targetYear, lang), target: formatPercent(g.value, lang) }),
      point: g,
    }));
  if (!currentTarget(data, "world-share")) throw new Error("dataset lacks a world-share goal");

  const windowId = (w: RaceWindow) => `race-${w.period.start}-${w.period.end}`;
  const points: RacePoint[] = windows.map((w) => ({
    id: windowId(w),
    period: formatPeriod(w.period, lang),
    korea: w.korea?.share ?? null,
    fourth: w.fourth.share,
    publishedKorea: null,
    publishedFourth: null,
    isPublished: false,
  }));
  if (showPublished)
    points.push({
      id: publishedKorea.id,
      period: t("chart.exporter-race.published", { period: editionPeriod }),
      korea: null,
      fourth: null,
      publishedKorea: publishedKorea.value,
      publishedFourth: publishedFourth.value,
      isPublished: true,
    });
  const byId = new Map(windows.map((w) => [windowId(w), w]));

  const rank = (w: RaceWindow) => (w.korea ? formatRank(w.korea.rank, lang) : t("table.none"));
  const tooltip = (p: RacePoint): TooltipContent => {
    const w = byId.get(p.id);
    if (!w)
      return {
        title: `${editionPeriod} · ${edition.edition.label[lang]}`,
        lines: [
          t("chart.exporter-race.tooltip.korea", {
            share: formatPercent(publishedKorea!.value, lang, publishedKorea!.qualifier),
            rank: formatRank(publishedKorea!.rank ?? 0, lang),
          }),
          t("chart.exporter-race.tooltip.fourth", {
            name: publishedFourth!.country.name[lang],
            share: formatPercent(publishedFourth!.value, lang, publishedFourth!.qualifier),
          }),
          cite(publishedKorea!.sources),
        ],
      };
    return {
      title: formatPeriod(w.period, lang),
      lines: [
        t("chart.exporter-race.tooltip.korea", { share: w.korea ? pct(w.korea.share) : "0%", rank: rank(w) }),
        t("chart.exporter-race.tooltip.fourth", { name: name(w.fourth.key), share: pct(w.fourth.share) }),
        t("chart.exporter-race.tooltip.gap", { gap: formatPoints(w.gap, lang) }),
        t("chart.exporter-race.tooltip.top", {
          list: w.topFour.map((r) => `${name(r.key)} ${pct(r.share)}`).join(", "),
        }),
        t("chart.exporter-race.tooltip.computed"),
      ],
    };
  };

  const rows: TableRow[] = windows.map((w) => ({
    id: windowId(w),
    cells: {
      window: formatPeriod(w.period, lang),
      korea: w.korea ? pct(w.korea.share) : "0%",
      rank: rank(w),
      fourth: `${name(w.fourth.key)} ${pct(w.fourth.share)}`,
      gap: formatPoints(w.gap, lang),
      top: w.topFour.map((r) => `${name(r.key)} ${pct(r.share)}`).join(", "),
      sources: cite([data.sipri.source]),
    },
    data: {
      korea_share_pct_computed: w.korea ? Math.round(w.korea.share * 100) / 100 : 0,
      fourth_share_pct_computed: Math.round(w.fourth.share * 100) / 100,
    },
    sources: [data.sipri.source],
  }));
  if (showPublished)
    rows.push({
      id: publishedKorea.id,
      cells: {
        window: t("chart.exporter-race.published", { period: editionPeriod }),
        korea: formatPercent(publishedKorea.value, lang, publishedKorea.qualifier),
        rank: formatRank(publishedKorea.rank ?? 0, lang),
        fourth: `${publishedFourth.country.name[lang]} ${formatPercent(publishedFourth.value, lang, publishedFourth.qualifier)}`,
        gap: t("table.none"),
        top: edition.exporters
          .filter((e) => (e.rank ?? 99) <= 4)
          .map((e) => `${e.country.name[lang]} ${formatPercent(e.value, lang, e.qualifier)}`)
          .join(", "),
        sources: cite(publishedKorea.sources),
      },
    });

  const takeaway = [
    t("chart.exporter-race.takeaway", {
      period: formatPeriod(latest.period, lang),
      share: latest.korea ? pct(latest.korea.share) : "0%",
      rank: rank(latest),
      gap: formatPoints(latest.gap, lang),
      fourth: name(latest.fourth.key),
      fourthShare: pct(latest.fourth.share),
      earlier: formatPeriod(earlier.period, lang),
      earlierGap: formatPoints(earlier.gap, lang),
    }),
    ...(showPublished
      ? [
          t("chart.exporter-race.takeaway.published", {
            edition: edition.edition.label[lang],
            share: formatPercent(publishedKorea.value, lang, publishedKorea.qualifier),
            rank: formatRank(publishedKorea.rank ?? 0, lang),
            period: editionPeriod,
            fourth: publishedFourth.country.name[lang],
            fourthShare: formatPercent(publishedFourth.value, lang, publishedFourth.qualifier),
          }),
        ]
      : []),
  ].join(" ");

  return {
    id: "exporter-race",
    span: null,
    plot: {
      points,
      goals: goals.map(({ value, label }) => ({ value, label })),
      names: {
        korea: t("chart.exporter-race.korea"),
        fourth: t("chart.exporter-race.fourth"),
        published: edition.edition.label[lang],
        publishedKorea: publishedKorea ? formatPercent(publishedKorea.value, lang, publishedKorea.qualifier) : "",
        publishedFourth: publishedFourth ? formatPercent(publishedFourth.value, lang, publishedFourth.qualifier) : "",
      },
      ticks: { format: (v) => formatPercent(v, lang) },
      tooltip,
    },
    spec: {
      id: "exporter-race",
      title: t("chart.exporter-race.title"),
      subtitle: t("chart.exporter-race.subtitle"),
      takeaway,
      description: t("chart.exporter-race.description", {
        count: windows.length,
        from: formatPeriod(windows[0]!.period, lang),
        to: formatPeriod(latest.period, lang),
        korea: windows.map((w) => `${formatPeriod(w.period, lang)} ${w.korea ? pct(w.korea.share) : "0%"}`).join("; "),
        fourthValues: windows.map((w) => `${formatPeriod(w.period, lang)} ${pct(w.fourth.share)}`).join("; "),
        goals: goals.map((g) => g.label).join(", "),
      }),
      basis: t("chart.exporter-race.basis", {
        generated: formatDate(data.sipri.generated, lang),
        period: editionPeriod,
        edition: edition.edition.label[lang],
      }),
      sources: citedSources(sources, [
        { sources: [data.sipri.source] },
        ...(showPublished ? [publishedKorea, publishedFourth] : []),
        ...goals.map((g) => g.point),
      ]),
      table: {
        caption: t("chart.exporter-race.title"),
        columns: [
          { key: "window", label: t("chart.exporter-race.window") },
          { key: "korea", label: t("chart.exporter-race.koreaShare"), numeric: true },
          { key: "rank", label: t("chart.exporter-race.koreaRank") },
          { key: "fourth", label: t("chart.exporter-race.fourthColumn") },
          { key: "gap", label: t("chart.exporter-race.gap"), numeric: true },
          { key: "top", label: t("chart.exporter-race.topFour") },
          { key: "sources", label: t("table.sources") },
        ],
        rows,
      },
    },
  };
}
