/**
 * recipients model: who receives South Korea's deliveries in a five-year window. Shares computed from
 * the SIPRI database are labelled as ours; shares SIPRI published for the same window sit beside
 * them; a window only SIPRI's newest fact sheet covers shows its figures alone.
 */
import { newerPublished, recipientsIn, recipientWindowChoice } from "@/data/derive/recipients.ts";
import { sipriTables } from "@/data/derive/sipri.ts";
import { citedSources } from "@/data/derive/sources.ts";
import type { Dataset, ExporterShare, Lang, Period } from "@/data/schema.ts";
import { formatDate, formatNumber, formatPercent, formatPeriod, formatRank } from "@/i18n/format.ts";
import type { ChartModelBase, ChartOptions, TableRow } from "@/charts/shared/chart-spec.ts";
import { citer } from "@/charts/shared/model-parts.ts";
import { rankedScale } from "@/charts/shared/axis-top.ts";
import type { RankedBar, RankedBarsPlot } from "@/charts/shared/RankedBars.tsx";
import { chartTranslator } from "./messages.ts";

/** Bars drawn before the rest are summed into one "Others" bar (the table lists every recipient). */
const SHOWN = 7;

export interface RecipientBar extends RankedBar {
  /** TIV millions in the window; null for a share only SIPRI published. */
  tiv: number | null;
  published?: ExporterShare;
}

export type RecipientsPlot = RankedBarsPlot<RecipientBar>;

export interface RecipientsModel extends ChartModelBase {
  id: "recipients";
  plot: RecipientsPlot;
}

export function recipientsModel(data: Dataset, lang: Lang, options: ChartOptions = {}): RecipientsModel {
  const t = chartTranslator(lang);
  const period: Period = options.window ?? recipientWindowChoice(data).default;
  const { computed, published } = recipientsIn(data, period);
  const { sources, cite } = citer(data, lang);
  const { countries } = sipriTables(data.sipri);
  const periodText = formatPeriod(period, lang);
  const pct = (value: number, qualifier: ExporterShare["qualifier"] = "exact") => formatPercent(value, lang, qualifier);
  const share1 = (value: number) => formatPercent(Math.round(value * 10) / 10, lang);
  const publishedFor = new Map((published?.buyers ?? []).map((b) => [b.country.code, b]));
  const edition = published?.edition.label[lang] ?? "";

  let bars: RecipientBar[];
  let rows: TableRow[];
  let takeaway: string;
  if (computed) {
    const all = computed.rows.map((r) => ({
      id: publishedFor.get(r.key)?.id ?? `recipients-${period.start}-${period.end}-${r.key}`,
      code: r.key,
      name: countries.get(r.key)?.name[lang] ?? r.key,
      value: r.share,
      tiv: r.tiv,
      rank: r.rank,
      published: publishedFor.get(r.key),
    }));
    const shown = all.length > SHOWN + 1 ? all.slice(0, SHOWN) : all;
    const rest = all.slice(shown.length);
    bars = shown.map((r, i) => ({
      id: r.id,
      name: r.name,
      value: r.value,
      tiv: r.tiv,
      published: r.published,
      isSubject: i === 0,
      label: share1(r.value),
    }));
    if (rest.length) {
      const value = rest.reduce((sum, r) => sum + r.value, 0);
      bars.push({
        id: `recipients-${period.start}-${period.end}-others`,
        name: t("chart.recipients.others", { count: rest.length }),
        value,
        tiv: rest.reduce((sum, r) => sum + r.tiv, 0),
        isSubject: false,
        label: share1(value),
      });
    }
    rows = all.map((r) => ({
      id: r.id,
      cells: {
        rank: formatRank(r.rank, lang),
        country: r.name,
        tiv: formatNumber(r.tiv, lang, { maximumFractionDigits: 0 }),
        share: share1(r.value),
        published: r.published ? pct(r.published.value, r.published.qualifier) : t("table.none"),
        sources: r.published ? cite([data.sipri.source, ...r.published.sources]) : cite([data.sipri.source]),
      },
      data: { tiv_millions: r.tiv, share_pct_computed: Math.round(r.value * 100) / 100 },
      sources: [data.sipri.source],
    }));
    const [first, second] = all;
    if (!first || !second) throw new RangeError(`fewer than two recipients in ${periodText}`);
    const newer = newerPublished(data, period);
    const lead = newer?.buyers[0];
    takeaway = [
      t("chart.recipients.takeaway.computed", {
        first: first.name,
        share: share1(first.value),
        period: periodText,
        second: second.name,
        secondShare: share1(second.value),
        top3: share1(all.slice(0, 3).reduce((sum, r) => sum + r.value, 0)),
      }),
      ...(newer && lead
        ? [
            t("chart.recipients.takeaway.newer", {
              period: formatPeriod(newer.period, lang),
              name: lead.country.name[lang],
              share: pct(lead.value, lead.qualifier),
              edition: newer.edition.label[lang],
            }),
          ]
        : []),
    ].join(" ");
  } else {
    const list = published!.buyers;
    bars = list.map((b, i) => ({
      id: b.id,
      name: b.country.name[lang],
      value: b.value,
      tiv: null,
      published: b,
      isSubject: i === 0,
      label: pct(b.value, b.qualifier),
    }));
    rows = list.map((b, i) => ({
      id: b.id,
      cells: {
        rank: formatRank(b.rank ?? i + 1, lang),
        country: b.country.name[lang],
        tiv: t("table.none"),
        share: t("table.none"),
        published: pct(b.value, b.qualifier),
        sources: cite(b.sources),
      },
    }));
    const first = list[0]!;
    takeaway = [
      t("chart.recipients.takeaway.published", {
        first: first.country.name[lang],
        share: pct(first.value, first.qualifier),
        period: periodText,
        edition,
      }),
      ...(list.length === 1 ? [t("chart.recipients.takeaway.publishedOnly")] : []),
    ].join(" ");
  }

  const byId = new Map(bars.map((b) => [b.id, b]));
  const tooltip = (bar: RecipientBar) => {
    const b = byId.get(bar.id) ?? bar;
    return {
      title: `${b.name}: ${b.label}`,
      lines: [
        ...(b.tiv !== null
          ? [
              t("chart.recipients.tooltip.computed", {
                share: share1(b.value),
                tiv: formatNumber(b.tiv, lang, { maximumFractionDigits: 0 }),
              }),
            ]
          : []),
        ...(b.published
          ? [t("chart.recipients.tooltip.published", { share: pct(b.published.value, b.published.qualifier), edition })]
          : []),
      ],
    };
  };

  const cited = [...(computed ? [{ sources: [data.sipri.source] }] : []), ...(published?.buyers ?? [])];
  return {
    id: "recipients",
    span: null,
    plot: {
      bars,
      scale: rankedScale(
        bars.map((b) => b.value),
        false,
      ),
      ticks: { format: (v) => formatPercent(v, lang) },
      tooltip,
    },
    spec: {
      id: "recipients",
      title: t("chart.recipients.title", { period: periodText }),
      subtitle: computed
        ? t("chart.recipients.subtitle.computed")
        : t("chart.recipients.subtitle.published", { edition, period: periodText }),
      takeaway,
      description: t("chart.recipients.description", {
        period: periodText,
        values: bars.map((b) => `${b.name} ${b.label}`).join("; "),
      }),
      basis: t("chart.recipients.basis", { generated: formatDate(data.sipri.generated, lang) }),
      sources: citedSources(sources, cited),
      table: {
        caption: t("chart.recipients.title", { period: periodText }),
        columns: [
          { key: "rank", label: t("chart.recipients.rank"), numeric: true },
          { key: "country", label: t("chart.recipients.country") },
          { key: "tiv", label: t("chart.recipients.tiv"), numeric: true },
          { key: "share", label: t("chart.recipients.share"), numeric: true },
          { key: "published", label: t("chart.recipients.published"), numeric: true },
          { key: "sources", label: t("table.sources") },
        ],
        rows,
      },
    },
  };
}
