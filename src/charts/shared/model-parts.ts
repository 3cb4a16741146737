/**
 * What chart models do the same way: pick the years in range, cite sources in short form, and make
 * a long table's rows only when they are read.
 */
import { inRange, yearSpan } from "@/data/derive/annual-exports.ts";
import { sourceIndex } from "@/data/derive/sources.ts";
import type { Dataset, Lang, Source } from "@/data/schema.ts";
import { formatYear } from "@/i18n/format.ts";
import { sourcePublisher } from "@/i18n/translate.ts";
import type { ChartOptions, ChartSpec, TableRow } from "./chart-spec.ts";

export interface YearRange<T> {
  /** Years the range control can choose from. */
  span: { min: number; max: number };
  from: number;
  to: number;
  /** Items whose year is within [from, to]. */
  items: T[];
}

/** The items within the chosen range (all of them by default). */
export function yearRange<T extends { year: number }>(all: readonly T[], options: ChartOptions): YearRange<T> {
  const span = yearSpan(all);
  const from = options.from ?? span.min;
  const to = options.to ?? span.max;
  return { span, from, to, items: inRange(all, from, to) };
}

/** "Publisher, 2026" — short enough for a tooltip or table cell; the full citation is in the source list. */
export function sourceLabel(source: Source | undefined, lang: Lang): string {
  if (!source) return "?";
  return `${sourcePublisher(source, lang)}, ${formatYear(Number(source.date.slice(0, 4)), lang)}`;
}

/** The dataset's sources by id, and a function that cites a list of ids in short form. */
export function citer(
  data: Dataset,
  lang: Lang,
): { sources: Map<string, Source>; cite: (ids: readonly string[]) => string } {
  const sources = sourceIndex(data);
  return { sources, cite: (ids) => ids.map((id) => sourceLabel(sources.get(id), lang)).join("; ") };
}

/**
 * A table whose rows are made when first read (the table view, a download), not with the chart:
 * buyers' table lists every deal, 3,675 rows of formatted text for the synthetic dataset.
 * `makeRows` must not fail where the model did not: it runs later, outside the model's own error
 * handling.
 */
export function tableWithRowsOnRead(
  caption: string,
  columns: ChartSpec["table"]["columns"],
  makeRows: () => TableRow[],
): ChartSpec["table"] {
  let rows: TableRow[] | undefined;
  return {
    caption,
    columns,
    get rows() {
      return (rows ??= makeRows());
    },
  };
}
