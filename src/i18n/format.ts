/**
 * The one place numbers, money, shares, ranks, periods and dates become text.
 * Components and charts call these; nothing else formats a number.
 */
import type { Lang, Period, Qualifier } from "@/data/schema.ts";

const LOCALE: Record<Lang, string> = { en: "en-US", ko: "ko-KR" };

// Intl formatters and plural rules are costly to make (a new date formatter per source cost 20–28 ms
// of the explorer's first render in a Chromium profile), so each language and option set gets one.
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(key: string, make: () => F): F {
  let format = formats.get(key) as F | undefined;
  if (!format) {
    format = make();
    formats.set(key, format);
  }
  return format;
}

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(`number:${lang}:${JSON.stringify(options)}`, () => new Intl.NumberFormat(LOCALE[lang], options));
}

/** Three significant digits: $17.3 billion, $3.42 billion, $0.845 billion — as precise as the sources. */
const SIGNIFICANT: Intl.NumberFormatOptions = { maximumSignificantDigits: 3 };

export function formatNumber(value: number, lang: Lang, options: Intl.NumberFormatOptions = SIGNIFICANT): string {
  return numberFormat(lang, options).format(value);
}

/**
 * How exact a figure is. Data points carry a Qualifier; figures computed from them can also be an
 * upper bound ("at-most": a gap or rate computed from "over $15B").
 */
export type Bound = Qualifier | "at-most";

function qualify(text: string, qualifier: Bound, lang: Lang): string {
  if (qualifier === "approx") return lang === "ko" ? `약 ${text}` : `≈ ${text}`;
  if (qualifier === "at-least") return lang === "ko" ? `${text} 이상` : `over ${text}`;
  if (qualifier === "at-most") return lang === "ko" ? `최대 ${text}` : `up to ${text}`;
  return text;
}

/**
 * USD billions as people read them: "$17.3 billion" in English, "173억 달러" in Korean
 * (Korean counts in 억 = 10^8, so 1 billion = 10억).
 */
export function formatUsdBn(value: number, lang: Lang, qualifier: Bound = "exact"): string {
  const text = lang === "ko" ? `${formatNumber(value * 10, lang)}억 달러` : `$${formatNumber(value, lang)} billion`;
  return qualify(text, qualifier, lang);
}

/** Short form for axis ticks and bar labels: "$17.3B" / "173억". */
export function formatUsdBnShort(value: number, lang: Lang, qualifier: Qualifier = "exact"): string {
  const text = lang === "ko" ? `${formatNumber(value * 10, lang)}억` : `$${formatNumber(value, lang)}B`;
  if (qualifier === "approx") return lang === "ko" ? `약 ${text}` : `≈${text}`;
  if (qualifier === "at-least") return lang === "ko" ? `${text}+` : `>${text}`;
  return text;
}

/** A share of a whole, given in percent: 2.2 → "2.2%". */
export function formatPercent(value: number, lang: Lang, qualifier: Bound = "exact"): string {
  const text = numberFormat(lang, { style: "percent", maximumFractionDigits: 1 }).format(value / 100);
  return qualify(text, qualifier, lang);
}

/** A relative change given as a fraction: -0.249 → "−24.9%", 0.058 → "+5.8%". */
export function formatChange(fraction: number, lang: Lang, bound: Bound = "exact"): string {
  const text = numberFormat(lang, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" })
    .format(fraction)
    .replace("-", "−");
  // A change between qualified figures is a bound or an approximation, and says so.
  if (bound === "at-least") return lang === "ko" ? `최소 ${text}` : `at least ${text}`;
  return qualify(text, bound, lang);
}

/** Percentage points: 3.8 → "3.8 percentage points" / "3.8%p"; from an approximate share, "≈ 3 …". */
export function formatPoints(value: number, lang: Lang, qualifier: Bound = "exact"): string {
  const n = formatNumber(value, lang, { maximumFractionDigits: 1 });
  return qualify(lang === "ko" ? `${n}%p` : `${n} percentage points`, qualifier, lang);
}

/** A multiple: 2.7 → "2.7"; from an approximate share, "≈ 2". */
export function formatMultiple(value: number, lang: Lang, qualifier: Bound = "exact"): string {
  return qualify(formatNumber(value, lang, { maximumFractionDigits: 1 }), qualifier, lang);
}

export function formatRank(rank: number, lang: Lang): string {
  if (lang === "ko") return `${rank}위`;
  const rules = cached("ordinal:en", () => new Intl.PluralRules("en-US", { type: "ordinal" }));
  const suffix = { one: "st", two: "nd", few: "rd", other: "th", zero: "th", many: "th" }[rules.select(rank)];
  return `${rank}${suffix}`;
}

export function formatYear(year: number, lang: Lang): string {
  return lang === "ko" ? `${year}년` : String(year);
}

/** SIPRI five-year periods: "2020–24" / "2020~2024년". */
export function formatPeriod(period: Period, lang: Lang): string {
  if (lang === "ko") return `${period.start}~${period.end}년`;
  return `${period.start}–${String(period.end).slice(-2)}`;
}

/** Dates stored as YYYY, YYYY-MM or YYYY-MM-DD, shown only as precisely as they are known. */
export function formatDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number?, number?];
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day !== undefined
      ? { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }
      : month !== undefined
        ? { year: "numeric", month: "long", timeZone: "UTC" }
        : { year: "numeric", timeZone: "UTC" };
  return cached(`date:${lang}:${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(LOCALE[lang], options)).format(
    date,
  );
}

/**
 * Makes the date and money formatters ahead of time: a page's first date formatter cost 14–27 ms
 * of the first render at scale in Chromium profiles (the language's calendar data loads with it), time better
 * spent while the dataset downloads.
 */
export function prepareFormatters(lang: Lang): void {
  for (const iso of ["2000", "2000-01", "2000-01-01"]) formatDate(iso, lang);
  formatUsdBn(1, lang);
}

/** Formats a value in its unit; the single switch every component uses for data points. */
export function formatValue(
  value: number,
  unit: "usd-bn" | "percent" | "rank",
  lang: Lang,
  qualifier: Qualifier = "exact",
): string {
  if (unit === "usd-bn") return formatUsdBn(value, lang, qualifier);
  if (unit === "percent") return formatPercent(value, lang, qualifier);
  return formatRank(value, lang);
}

/** A running clock, "4:05" or "1:04:05": the presenter's elapsed time. Digits read the same in both languages. */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const two = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${two(m)}:${two(sec)}` : `${m}:${two(sec)}`;
}

/** Longest echo of a reader's own input (a link parameter) before it is cut with "…". */
export const ECHO_MAX = 60;

/**
 * A value from the address bar, as the page repeats it in a notice: cut to ECHO_MAX characters (a
 * 10,000-character parameter must not fill or widen the page), whole code points only.
 */
export function formatEcho(value: string): string {
  const chars = [...value];
  return chars.length > ECHO_MAX ? `${chars.slice(0, ECHO_MAX - 1).join("")}…` : value;
}
