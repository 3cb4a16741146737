/**
 * Downloads of the current view, the pure parts: the CSV text and the file names. Kept free of the
 * DOM so what a reader downloads is tested directly.
 */
import type { ChartSpec } from "@/charts/shared/chart-spec.ts";
import { textWidth } from "@/charts/shared/text-width.ts";
import type { ChartId } from "@/data/chart-ids.ts";
import type { PointRef } from "@/data/derive/points.ts";
import type { Alternate, Lang, Source } from "@/data/schema.ts";
import { sourcePublisher } from "@/i18n/translate.ts";

/**
 * RFC 4180: quote a field when it holds a comma, quote or line break (or edge spaces a reader would
 * lose). A text cell a spreadsheet would run as a formula (=, +, -, @, tab or CR first: OWASP's list)
 * gets a leading apostrophe; numbers are written by `numberField` and never start with one of those
 * except a plain minus sign, which is why numbers do not come through here.
 */
export function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number as a spreadsheet reads it: plain digits, "." for decimals, "" for none. */
export function numberField(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "" : String(value);
}

/** Resolves source ids to "Publisher, date, URL" for a CSV cell. */
export type SourceCiter = (ids: readonly string[]) => string;

export function sourceCiter(sources: readonly Source[]): SourceCiter {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (ids) =>
    ids
      .map((id) => byId.get(id))
      .filter((s): s is Source => s !== undefined)
      .map((s) => `${sourcePublisher(s, "en")}, ${s.date}, ${s.url}`)
      .join("; ");
}

/**
 * The view as a tidy table a spreadsheet or script reads without cleaning: one header row of fixed
 * English column names (the same in every language), one row per visible point, numbers as plain
 * numbers, and every row carrying its own sources and the basis of its number (no notes under the
 * data). A year axis gives a `year` column; other charts (exporters, buyers) a `label`. Columns a
 * model adds for its own rows (the annual change, computed by this product) follow `status`.
 */
export function buildCsv(
  table: ChartSpec["table"],
  points: ReadonlyMap<string, PointRef>,
  cite: SourceCiter,
  basis: string,
): string {
  const byYear = table.rows.every((r) => r.year !== undefined);
  // The row's name: the first column that is not a number (a rank column comes before the country).
  const labelKey = table.columns.find((c) => !c.numeric)?.key;
  const extras = [...new Set(table.rows.flatMap((r) => Object.keys(r.data ?? {})))];
  const header = [
    "point_id",
    byYear ? "year" : "label",
    "value",
    "unit",
    "qualifier",
    "status",
    ...extras,
    "other_reported_values",
    "sources",
    "basis",
  ];
  const rows = table.rows.map((row) => {
    const ref = points.get(row.id);
    return [
      csvField(row.id),
      byYear ? numberField(row.year) : csvField(labelKey ? (row.cells[labelKey] ?? "") : ""),
      numberField(ref?.value),
      csvField(ref?.unit ?? ""),
      csvField(ref?.qualifier ?? ""),
      csvField(ref?.status ?? ""),
      ...extras.map((key) => {
        const value = row.data?.[key];
        return typeof value === "number" || value === null || value === undefined
          ? numberField(value)
          : csvField(value);
      }),
      csvField(alternatesText(ref?.alternates ?? [], cite)),
      csvField(cite([...new Set([...(ref?.sources ?? []), ...(row.sources ?? [])])])),
      csvField(basis),
    ];
  });
  return [header.map(csvField), ...rows].map((cells) => cells.join(",")).join("\r\n") + "\r\n";
}

/** "13.5: Publisher, date, URL | 14 (approx): …": other values sources give, each with its sources. */
function alternatesText(alternates: readonly Alternate[], cite: SourceCiter): string {
  return alternates
    .map((a) => `${a.value}${a.qualifier === "exact" ? "" : ` (${a.qualifier})`}: ${cite(a.sources)}`)
    .join(" | ");
}

/**
 * Every data point in the dataset as one tidy CSV (the same columns as a view's CSV, plus the chart
 * that draws the point and its period), for analysts who want all of it in a spreadsheet.
 */
export function buildDatasetCsv(points: ReadonlyMap<string, PointRef>, cite: SourceCiter): string {
  const header = [
    "point_id",
    "chart",
    "year",
    "period_start",
    "period_end",
    "value",
    "unit",
    "qualifier",
    "status",
    "other_reported_values",
    "sources",
  ];
  const rows = [...points.values()].map((ref) => [
    csvField(ref.id),
    csvField(ref.chart),
    numberField(ref.period ? undefined : ref.year),
    numberField(ref.period?.start),
    numberField(ref.period?.end),
    numberField(ref.value),
    csvField(ref.unit),
    csvField(ref.qualifier),
    csvField(ref.status),
    csvField(alternatesText(ref.alternates, cite)),
    csvField(cite(ref.sources)),
  ]);
  return [header.map(csvField), ...rows].map((cells) => cells.join(",")).join("\r\n") + "\r\n";
}

/** "annual-exports-2015-2025.csv"; the year part only for charts with a year axis, "-ko" for Korean text. */
export function viewFileName(
  chart: ChartId,
  range: { from: number; to: number } | null,
  lang: Lang,
  extension: "csv" | "png" | "svg",
): string {
  const years = range ? (range.from === range.to ? `-${range.from}` : `-${range.from}-${range.to}`) : "";
  return `${chart}${years}${lang === "en" ? "" : `-${lang}`}.${extension}`;
}

/** Breaks text into lines no wider than `maxWidth` pixels at `fontSize`, for SVG <text> which does not wrap. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
