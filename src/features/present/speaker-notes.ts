/**
 * Speaker notes, generated from the dataset: what the slide's numbers measure (basis), where
 * sources disagree (every other value with its sources), and the sources behind the numbers.
 * Nothing here is typed: a new figure or source in the data shows up in the notes by itself.
 */
import { citer } from "@/charts/shared/model-parts.ts";
import { DATASET_PATH } from "@/data/api/get-dataset.ts";
import { keyFigures } from "@/data/derive/key-figures.ts";
import type { PointRef } from "@/data/derive/points.ts";
import { indexPoints } from "@/charts/registry.ts";
import { citedSources, sourceIndex } from "@/data/derive/sources.ts";
import type { Dataset, Lang, Source } from "@/data/schema.ts";
import { formatDate, formatPeriod, formatValue, formatYear } from "@/i18n/format.ts";
import { present } from "@/i18n/messages/present.ts";
import { translatorWith } from "@/i18n/translate.ts";
import type { SlideKind } from "./deck-order.ts";
import { tryChartModel } from "./try-chart-model.ts";

export interface DisputedValue {
  /** What the value is of: "2023", "Australia, K9 howitzers, 2021". */
  label: string;
  /** The headline value with its sources. */
  headline: string;
  /** Every other value sources give, each with its sources. */
  others: string[];
}

export interface SpeakerNotes {
  /** A chart slide's full takeaway: the slide's headline is a short version of it. */
  takeaway?: string;
  basis: string[];
  disputed: DisputedValue[];
  sources: Source[];
}

export interface Range {
  from?: number;
  to?: number;
}

export function speakerNotes(slide: SlideKind, data: Dataset, lang: Lang, range: Range = {}): SpeakerNotes {
  const t = translatorWith(lang, present);
  const index = sourceIndex(data);
  const byId = indexPoints(data);
  const points = [...byId.values()];
  switch (slide.kind) {
    case "title": {
      const main = mainSource(data);
      return {
        basis: [t("present.notes.title", { date: formatDate(data.meta.updated, lang), count: data.sources.length })],
        disputed: [],
        sources: main ? [main] : [],
      };
    }
    case "key-figures": {
      const k = keyFigures(data);
      const ids = [k.latest.id, k.record.id, k.exportTarget.id, k.shareTarget.id, k.share.id];
      const figures = ids.map((id) => byId.get(id)).filter((p): p is PointRef => p !== undefined);
      // The dataset's own notes on these points say what each measures and why it is the headline.
      const withNotes = [...data.annualExports.points, ...data.targets, ...data.worldShare.points];
      const basis = ids.flatMap((id) => withNotes.find((p) => p.id === id)?.note?.[lang] ?? []);
      return { basis, disputed: disputedValues(figures, data, lang), sources: citedSources(index, figures) };
    }
    case "chart": {
      // Without a model (chart not built, or failing) the notes still come from the chart's points.
      const built = tryChartModel(slide.chart, data, lang, range.from, range.to);
      const spec = "model" in built ? built.model.spec : undefined;
      const fitted = "model" in built ? built.model.options : range;
      const shown = points.filter((p) => p.chart === slide.chart && inRange(p, fitted));
      return {
        takeaway: spec?.takeaway,
        basis: spec ? [spec.basis] : [],
        disputed: disputedValues(shown, data, lang),
        sources: spec ? spec.sources : citedSources(index, shown),
      };
    }
    case "quotes": {
      const a = data.article;
      return {
        basis: [
          t("present.notes.quotes", { outlet: a.outlet, date: formatDate(a.date, lang), dateNote: a.dateNote[lang] }),
        ],
        disputed: [],
        sources: [],
      };
    }
    case "sources":
      return {
        basis: [t("present.notes.sources.slide", { count: data.sources.length, path: DATASET_PATH })],
        disputed: [],
        sources: [],
      };
  }
}

/** Every source the dataset cites, most-cited first. */
export function sourcesByCitations(data: Dataset): Source[] {
  return citedSources(sourceIndex(data), [...indexPoints(data).values()]);
}

/** The deck's main source: the one behind the latest official export figure, the number it opens with. */
export function mainSource(data: Dataset): Source | undefined {
  const id = keyFigures(data).latest.sources[0];
  return id === undefined ? undefined : sourceIndex(data).get(id);
}

function inRange(p: PointRef, { from, to }: Range): boolean {
  if (p.year === undefined || p.period) return true;
  return (from === undefined || p.year >= from) && (to === undefined || p.year <= to);
}

function disputedValues(points: PointRef[], data: Dataset, lang: Lang): DisputedValue[] {
  const { cite } = citer(data, lang);
  return points
    .filter((p) => p.alternates.length > 0)
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0))
    .map((p) => ({
      label: pointLabel(p, data, lang),
      headline: `${formatValue(p.value, p.unit, lang, p.qualifier)} (${cite(p.sources)})`,
      others: p.alternates.map((a) => `${formatValue(a.value, p.unit, lang, a.qualifier)} (${cite(a.sources)})`),
    }));
}

/** A name for a point a speaker can say: the deal or country where there is one, else its year or period. */
function pointLabel(p: PointRef, data: Dataset, lang: Lang): string {
  const deal = data.deals.find((d) => d.id === p.id);
  if (deal) return `${deal.buyer.name[lang]}, ${deal.system[lang]}, ${formatYear(deal.year, lang)}`;
  const exporter = [...data.topExporters.exporters, ...data.buyers.flatMap((b) => b.buyers)].find((e) => e.id === p.id);
  const when = p.period ? formatPeriod(p.period, lang) : p.year !== undefined ? formatYear(p.year, lang) : "";
  return exporter ? `${exporter.country.name[lang]}, ${when}` : when;
}
