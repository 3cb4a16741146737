/**
 * Shares and ranks computed from the SIPRI Arms Transfers Database (deliveries, TIV millions).
 *
 * One table shape serves every series: rows of TIV per delivery year plus the total they are a share
 * of. For suppliers the total is world deliveries (it also counts suppliers that are not rows, such
 * as "unknown supplier(s)"); for Korea's recipients it is Korea's own deliveries. These are our
 * calculations from SIPRI's data, not SIPRI's published figures, and must be labelled so.
 */
import type { Country, Period, SipriDeliveries, TivSeries } from "../schema.ts";

/** TIV millions delivered in each year of `years` (index 0 = `years.start`). */
export interface TivRow {
  key: string;
  tiv: readonly number[];
}

export interface TivTable {
  /** Delivery years covered, both ends included; every `tiv` array has one entry per year. */
  years: Period;
  /** What the rows are shares of, per year (world deliveries, or one supplier's deliveries). */
  total: readonly number[];
  rows: readonly TivRow[];
}

/** A row's volume and share of the total over a period, and its rank among the table's rows. */
export interface ShareRow {
  key: string;
  tiv: number;
  /** Percent of the total over the period. */
  share: number;
  /** 1 = largest; rows with the same volume share a rank. */
  rank: number;
}

export interface PeriodShares {
  period: Period;
  /** Total over the period, TIV millions. */
  total: number;
  /** Largest first. */
  rows: ShareRow[];
}

export interface YearTiv {
  year: number;
  tiv: number;
}

/** SIPRI's label for deliveries whose supplier it does not know: counted in the world total, never ranked. */
export const UNKNOWN_SUPPLIER = "unknown supplier(s)";

/**
 * Builds a table from `key,year,tiv` records (e.g. supplier-year-tiv.csv). Every record counts in the
 * total; keys for which `ranked` is false add to the total without becoming rows.
 */
export function tivTable(
  records: readonly { key: string; year: number; tiv: number }[],
  ranked: (key: string) => boolean = () => true,
): TivTable {
  if (records.length === 0) throw new RangeError("a TIV table needs at least one record");
  const years = {
    start: Math.min(...records.map((r) => r.year)),
    end: Math.max(...records.map((r) => r.year)),
  };
  const span = years.end - years.start + 1;
  const total = new Array<number>(span).fill(0);
  const byKey = new Map<string, number[]>();
  for (const r of records) {
    const i = r.year - years.start;
    total[i]! += r.tiv;
    if (!ranked(r.key)) continue;
    let tiv = byKey.get(r.key);
    if (!tiv) byKey.set(r.key, (tiv = new Array<number>(span).fill(0)));
    tiv[i]! += r.tiv;
  }
  return { years, total, rows: [...byKey.entries()].map(([key, tiv]) => ({ key, tiv })) };
}

function indexRange(table: TivTable, period: Period): [number, number] {
  const { start, end } = table.years;
  if (period.start > period.end || period.start < start || period.end > end)
    throw new RangeError(`period ${period.start}–${period.end} is not within ${start}–${end}`);
  return [period.start - start, period.end - start];
}

function sum(values: readonly number[], [from, to]: [number, number]): number {
  let s = 0;
  for (let i = from; i <= to; i++) s += values[i]!;
  return s;
}

/** One row's deliveries per year (e.g. South Korea's), 0 where nothing was delivered. */
export function deliveriesPerYear(table: TivTable, key: string): YearTiv[] {
  const row = table.rows.find((r) => r.key === key);
  if (!row) throw new RangeError(`no row ${key} in the table`);
  return row.tiv.map((tiv, i) => ({ year: table.years.start + i, tiv }));
}

/** Every row's share of the total over `period`, ranked; rows with nothing delivered in it are left out. */
export function periodShares(table: TivTable, period: Period): PeriodShares {
  // Plain loops and literals: the charts ask for every five-year window (71 × 50 rows at scale), which
  // took 5–8 ms in Node in the map-filter-spread form and takes 0.5–1.8 ms so (warm).
  const range = indexRange(table, period);
  const total = sum(table.total, range);
  const volumes: { key: string; tiv: number }[] = [];
  for (const r of table.rows) {
    const tiv = sum(r.tiv, range);
    if (tiv > 0) volumes.push({ key: r.key, tiv });
  }
  volumes.sort((a, b) => b.tiv - a.tiv);
  // Largest first, so a row's rank is its place unless it ties the row above it (then it shares that rank).
  const rows: ShareRow[] = [];
  for (let i = 0; i < volumes.length; i++) {
    const { key, tiv } = volumes[i]!;
    const rank = i > 0 && volumes[i - 1]!.tiv === tiv ? rows[i - 1]!.rank : i + 1;
    rows.push({ key, tiv, share: total > 0 ? (100 * tiv) / total : 0, rank });
  }
  return { period: { start: period.start, end: period.end }, total, rows };
}

/** Every complete window of `length` years in the table, oldest first (1995–99, 1996–2000, …). */
export function rollingWindows(years: Period, length = 5): Period[] {
  const windows: Period[] = [];
  for (let start = years.start; start + length - 1 <= years.end; start++)
    windows.push({ start, end: start + length - 1 });
  return windows;
}

/** Shares per single year, oldest first. */
export function yearlyShares(table: TivTable): PeriodShares[] {
  return rollingWindows(table.years, 1).map((p) => periodShares(table, p));
}

/** Shares per rolling window of `length` years (SIPRI compares five-year periods), oldest first. */
export function windowShares(table: TivTable, length = 5): PeriodShares[] {
  return rollingWindows(table.years, length).map((p) => periodShares(table, p));
}

/** The row with `key` in a period's shares, or undefined when it delivered nothing then. */
export function shareOf(shares: PeriodShares, key: string): ShareRow | undefined {
  return shares.rows.find((r) => r.key === key);
}

/** The dataset's `sipri` section as tables keyed by country code, and the names to show for the codes. */
export function sipriTables(sipri: SipriDeliveries): {
  suppliers: TivTable;
  recipients: TivTable;
  countries: Map<string, Country>;
} {
  const countries = new Map<string, Country>();
  const rows = (series: readonly TivSeries[]) =>
    series.map((s) => {
      countries.set(s.country.code, s.country);
      return { key: s.country.code, tiv: s.tiv };
    });
  const recipients = rows(sipri.koreaRecipients);
  return {
    suppliers: { years: sipri.years, total: sipri.world, rows: rows(sipri.suppliers) },
    recipients: {
      years: sipri.years,
      total: sipri.world.map((_, i) => recipients.reduce((sum, r) => sum + r.tiv[i]!, 0)),
      rows: recipients,
    },
    countries,
  };
}
