/**
 * View state ⇄ URL query string (design §3). Pure functions, so the mapping is tested on its own.
 * Defaults are left out of the URL: a link names only what differs from the standard view, which
 * keeps links short and lets defaults improve later without breaking old links.
 */
import { CHART_IDS, isChartId, type ChartId } from "@/data/chart-ids.ts";
import { LANGS, type Lang } from "@/data/langs.ts";

export const CHART_TYPES = ["bar", "line"] as const;
export type ChartType = (typeof CHART_TYPES)[number];
export const VIEWS = ["chart", "table"] as const;
export type ViewMode = (typeof VIEWS)[number];
export const THEMES = ["light", "dark", "auto"] as const;
export type Theme = (typeof THEMES)[number];

/** A five-year window of SIPRI deliveries, both ends included (`window=2016-2020`). */
export interface YearWindow {
  start: number;
  end: number;
}

/** SIPRI compares five-year periods; `window` names one. */
export const WINDOW_YEARS = 5;

export interface ViewState {
  chart: ChartId;
  /** Year range; undefined means the chart's full range. */
  from?: number;
  to?: number;
  /** Undefined means the chart's own type. */
  type?: ChartType;
  view: ViewMode;
  focus?: number;
  /** Undefined means the chart's latest window (charts that show one window of SIPRI data). */
  window?: YearWindow;
  lang: Lang;
  theme: Theme;
}

export const DEFAULT_VIEW: ViewState = { chart: CHART_IDS[0], view: "chart", lang: "en", theme: "auto" };

/** A parameter the parser could not use, for the dismissible notice. */
export interface IgnoredParam {
  param: string;
  value: string;
  reason: "unknown-value" | "not-a-year" | "swapped" | "clamped" | "not-applicable" | "unknown-dataset";
}

export interface ParsedView {
  state: ViewState;
  ignored: IgnoredParam[];
}

const YEAR = /^\d{4}$/;
const WINDOW = /^(\d{4})-(\d{4})$/;

/** Reads `2016-2020`; anything but a five-year window is undefined. */
export function parseWindow(raw: string): YearWindow | undefined {
  const match = WINDOW.exec(raw.trim());
  if (!match) return undefined;
  const [start, end] = [Number(match[1]), Number(match[2])];
  return end - start === WINDOW_YEARS - 1 ? { start, end } : undefined;
}

export function serializeWindow(window: YearWindow): string {
  return `${window.start}-${window.end}`;
}

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | undefined {
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : undefined;
}

/**
 * Reads a query string. Anything unusable falls back to the default and is reported, never thrown:
 * a bad link must still open a page. `fallbackLang` is the browser's choice when the URL has none.
 */
export function parseView(search: string, fallbackLang: Lang = "en"): ParsedView {
  const params = new URLSearchParams(search);
  const ignored: IgnoredParam[] = [];
  const state: ViewState = { ...DEFAULT_VIEW, lang: fallbackLang };

  const pick = <T extends string>(name: string, values: readonly T[] | ((v: string) => v is T)): T | undefined => {
    const raw = params.get(name);
    if (raw === null || raw === "") return undefined;
    const value = typeof values === "function" ? (values(raw) ? raw : undefined) : oneOf(values, raw);
    if (value === undefined) ignored.push({ param: name, value: raw, reason: "unknown-value" });
    return value;
  };
  const year = (name: string): number | undefined => {
    const raw = params.get(name);
    if (raw === null || raw === "") return undefined;
    if (!YEAR.test(raw.trim())) {
      ignored.push({ param: name, value: raw, reason: "not-a-year" });
      return undefined;
    }
    return Number(raw.trim());
  };

  state.chart = pick("chart", isChartId) ?? state.chart;
  state.view = pick("view", VIEWS) ?? state.view;
  state.lang = pick("lang", LANGS) ?? state.lang;
  state.theme = pick("theme", THEMES) ?? state.theme;
  state.type = pick("type", CHART_TYPES);
  state.from = year("from");
  state.to = year("to");
  state.focus = year("focus");
  const rawWindow = params.get("window");
  if (rawWindow) {
    state.window = parseWindow(rawWindow);
    if (!state.window) ignored.push({ param: "window", value: rawWindow, reason: "unknown-value" });
  }
  if (state.from !== undefined && state.to !== undefined && state.from > state.to) {
    ignored.push({ param: "from", value: String(state.from), reason: "swapped" });
    [state.from, state.to] = [state.to, state.from];
  }
  return { state, ignored };
}

/** Writes the state as a query string (with leading "?", or "" for the default view). */
export function serializeView(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.chart !== DEFAULT_VIEW.chart) params.set("chart", state.chart);
  if (state.from !== undefined) params.set("from", String(state.from));
  if (state.to !== undefined) params.set("to", String(state.to));
  if (state.type !== undefined) params.set("type", state.type);
  if (state.view !== DEFAULT_VIEW.view) params.set("view", state.view);
  if (state.focus !== undefined) params.set("focus", String(state.focus));
  if (state.window !== undefined) params.set("window", serializeWindow(state.window));
  if (state.lang !== DEFAULT_VIEW.lang) params.set("lang", state.lang);
  if (state.theme !== DEFAULT_VIEW.theme) params.set("theme", state.theme);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** Preferred language from the browser's list: Korean if it comes before English, else English. */
export function browserLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split("-")[0];
    if (base === "ko") return "ko";
    if (base === "en") return "en";
  }
  return "en";
}
