/**
 * The explorer's view state: one zustand store, mirrored in the URL by url-sync.ts.
 * Components read slices with selectors and change the view only through these actions.
 */
import { create } from "zustand";
import { DEFAULT_VIEW, type IgnoredParam, type ViewState } from "./url-codec.ts";

export interface ViewStore extends ViewState {
  /** Parameters the URL had that could not be used; shown once in a dismissible notice. */
  notices: IgnoredParam[];
  setView: (patch: Partial<ViewState>) => void;
  replaceView: (state: ViewState, notices?: IgnoredParam[]) => void;
  dismissNotices: () => void;
}

export const useViewStore = create<ViewStore>()((set) => ({
  ...DEFAULT_VIEW,
  notices: [],
  setView: (patch) => set(patch),
  replaceView: (state, notices = []) => set({ ...DEFAULT_VIEW, ...state, notices }),
  dismissNotices: () => set({ notices: [] }),
}));

export function viewOf(store: ViewStore): ViewState {
  const { chart, from, to, type, view, focus, lang, theme } = store;
  return { chart, from, to, type, view, focus, lang, theme };
}
