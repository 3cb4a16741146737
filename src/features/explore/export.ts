/**
 * Downloads of the current view, the pure parts: the CSV text and the file names. Kept free of the
 * DOM so what a reader downloads is tested directly.
 */
import type { ChartSpec } from "@/charts/chart-spec.ts";
import type { ChartId } from "@/data/chart-ids.ts";
import type { PointRef } from "@/data/derive/points.ts";
import type { Lang } from "@/data/schema.ts";

const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?%?$/;

/** RFC 4180: quote a field when it holds a comma, quote or line break (or edge spaces a reader would lose). */
export function csvField(text: string): string {
  // A cell starting with =, +, -, @, tab or carriage return can run as a formula in a spreadsheet
  // (OWASP "CSV injection"); a leading apostrophe keeps it text. A plain number such as "+56.3%" or
  // "-2" cannot be a formula and stays as it is, so it still reads as a number.
  const safe = /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The rows of the table view exactly as shown (same columns, same formatted text), followed by
 * machine-readable columns — point id, the plain number, its unit, its qualifier (exact, approx,
 * at-least: "over $15B" must not become a plain 15) and status — so the file works in a spreadsheet,
 * then a blank line and the source and basis lines.
 */
export function buildCsv(
  table: ChartSpec["table"],
  points: ReadonlyMap<string, PointRef>,
  footer: readonly string[],
): string {
  const header = [...table.columns.map((c) => c.label), "point_id", "value", "unit", "qualifier", "status"];
  const rows = table.rows.map((row) => {
    const ref = points.get(row.id);
    return [
      ...table.columns.map((c) => row.cells[c.key] ?? ""),
      row.id,
      ...(ref ? [String(ref.value), ref.unit, ref.qualifier, ref.status] : ["", "", "", ""]),
    ];
  });
  const lines = [header, ...rows].map((cells) => cells.map(csvField).join(","));
  return [...lines, "", ...footer.map(csvField)].join("\r\n") + "\r\n";
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

/**
 * Breaks text into lines no wider than `maxWidth` pixels at `fontSize`, for SVG <text> which does
 * not wrap. Widths are estimated (Hangul and other wide characters ≈ 1 em, the rest ≈ 0.56 em), which
 * errs on the wide side so lines never overflow the image.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const width = (s: string) =>
    [...s].reduce(
      (w, ch) => w + (/[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 1 : 0.56) * fontSize,
      0,
    );
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && width(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
