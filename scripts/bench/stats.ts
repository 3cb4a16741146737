/** Medians and the table format of the bench: pure, so they are unit-tested. */

export interface Stat {
  median: number;
  min: number;
  max: number;
  /** Every run's value, in run order, so results can be compared run by run. */
  values: number[];
}

export function stat(values: readonly number[]): Stat | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, values: [...values] };
}

export type Unit = "kB" | "ms" | "score" | "cls" | "count";

export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case "kB":
      return (value / 1000).toFixed(1);
    case "ms":
      return String(Math.round(value));
    case "score":
      return String(Math.round(value));
    case "cls":
      return value.toFixed(3);
    case "count":
      return String(value);
  }
}

/** `median` alone when every run agrees, else `median (min–max)`; `–` when nothing was measured. */
export function formatStat(s: Stat | null | undefined, unit: Unit): string {
  if (!s) return "–";
  const median = formatValue(s.median, unit);
  const min = formatValue(s.min, unit);
  const max = formatValue(s.max, unit);
  return min === max ? median : `${median} (${min}–${max})`;
}

/** A plain-text table with a header rule; columns padded to their widest cell. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
