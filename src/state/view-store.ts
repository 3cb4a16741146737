/**
 * The explorer's view state: one zustand store, mirrored in the URL by url-sync.ts.
 * Components read slices with selectors and change the view only through these actions.
 */
import { create } from "zustand";
import type { ChartId } from "@/data/chart-ids.ts";
import { DEFAULT_VIEW, type IgnoredParam, type ViewState } from "./url-codec.ts";

/** How a view change enters the browser history: a new entry, or a correction of the current one. */
export type HistoryMode = "push" | "replace";

export interface ViewStore extends ViewState {
  /** Parameters the URL had that could not be used; shown in a dismissible notice. */
  notices: IgnoredParam[];
  /** Id of the data point the reader points at in a chart or table (not part of the URL). */
  hoverPoint: string | null;
  /** How the last change should be written to history; url-sync reads it. */
  historyMode: HistoryMode;
  setView: (patch: Partial<ViewState>, history?: HistoryMode) => void;
  /** Another chart, with the chart-specific parts of the view (range, type, focus, window) reset. */
  selectChart: (chart: ChartId) => void;
  /** Shows one point: its chart, full range, the point highlighted and labelled. */
  showPoint: (chart: ChartId, year: number | undefined) => void;
  replaceView: (state: ViewState, notices?: IgnoredParam[]) => void;
  addNotices: (notices: IgnoredParam[]) => void;
  dismissNotices: () => void;
  setHoverPoint: (id: string | null) => void;
}

const CHART_SPECIFIC = {
  from: undefined,
  to: undefined,
  type: undefined,
  focus: undefined,
  window: undefined,
} as const;

export const useViewStore = create<ViewStore>()((set) => ({
  ...DEFAULT_VIEW,
  notices: [],
  hoverPoint: null,
  historyMode: "push",
  setView: (patch, history = "push") => set({ ...patch, historyMode: history }),
  selectChart: (chart) =>
    set((s) => (s.chart === chart ? s : { ...CHART_SPECIFIC, chart, hoverPoint: null, historyMode: "push" })),
  showPoint: (chart, year) =>
    set((s) => {
      const sameChart = s.chart === chart;
      // Keep the reader's range only if the point is inside it; the point must be visible.
      const inRange = year === undefined || ((s.from ?? -Infinity) <= year && year <= (s.to ?? Infinity));
      return {
        chart,
        focus: year,
        historyMode: "push",
        ...(sameChart ? {} : { type: undefined }),
        ...(sameChart && inRange ? {} : { from: undefined, to: undefined }),
      };
    }),
  // Optional fields are cleared explicitly: zustand merges, so a key left out would keep its old value.
  replaceView: (state, notices = []) =>
    set({ ...DEFAULT_VIEW, ...CHART_SPECIFIC, ...state, notices, hoverPoint: null, historyMode: "replace" }),
  addNotices: (notices) =>
    set((s) => {
      const key = (n: IgnoredParam) => `${n.param}=${n.value}`;
      const seen = new Set(s.notices.map(key));
      const fresh = notices.filter((n) => !seen.has(key(n)));
      return fresh.length ? { notices: [...s.notices, ...fresh] } : s;
    }),
  dismissNotices: () => set({ notices: [] }),
  setHoverPoint: (id) => set((s) => (s.hoverPoint === id ? s : { hoverPoint: id })),
}));

export function viewOf(store: ViewStore): ViewState {
  const { chart, from, to, type, view, focus, window, lang, theme } = store;
  return { chart, from, to, type, view, focus, window, lang, theme };
}
