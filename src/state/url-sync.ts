/**
 * Keeps the view store and the address bar in step: the URL is read once at start, view changes
 * push history entries (so back/forward move between views), and popstate restores one.
 * Corrections (a bad parameter fitted to the chart) replace the entry instead of adding one, and a
 * run of range changes in quick succession — dragging a slider — becomes a single entry.
 */
import { browserLang, parseView, serializeView, type ViewState } from "./url-codec.ts";
import { useViewStore, viewOf } from "./view-store.ts";

/** Range changes closer together than this are one gesture and share one history entry. */
export const RANGE_GESTURE_MS = 800;

export function startUrlSync(win: Window = window, now: () => number = () => Date.now()): () => void {
  const read = () => parseView(win.location.search, browserLang(win.navigator.languages ?? [win.navigator.language]));
  const initial = read();
  useViewStore.getState().replaceView(initial.state, initial.ignored);
  applyDocumentState(win.document);

  let restoring = false;
  let lastRangeWrite = -Infinity;
  const onPop = () => {
    restoring = true;
    const { state, ignored } = read();
    useViewStore.getState().replaceView(state, ignored);
    restoring = false;
  };
  win.addEventListener("popstate", onPop);

  const unsubscribe = useViewStore.subscribe((state, before) => {
    applyDocumentState(win.document);
    if (restoring) return;
    const next = serializeView(viewOf(state));
    if (next === serializeView(viewOf(before))) return;
    if (next === win.location.search) return;
    const url = `${win.location.pathname}${next}${win.location.hash}`;
    const rangeOnly = onlyRangeChanged(viewOf(state), viewOf(before));
    const time = now();
    if (state.historyMode === "replace" || (rangeOnly && time - lastRangeWrite < RANGE_GESTURE_MS)) win.history.replaceState(null, "", url);
    else win.history.pushState(null, "", url);
    lastRangeWrite = rangeOnly ? time : -Infinity;
  });
  // Write the canonical form at once (defaults dropped, bad values gone) without a history entry.
  const canonical = serializeView(viewOf(useViewStore.getState()));
  if (canonical !== win.location.search) win.history.replaceState(null, "", `${win.location.pathname}${canonical}${win.location.hash}`);

  return () => {
    unsubscribe();
    win.removeEventListener("popstate", onPop);
  };
}

function onlyRangeChanged(a: ViewState, b: ViewState): boolean {
  const keys = Object.keys(a) as (keyof ViewState)[];
  const changed = keys.filter((k) => a[k] !== b[k]);
  return changed.length > 0 && changed.every((k) => k === "from" || k === "to");
}

/** <html lang> and data-theme follow the view, so CSS, screen readers and fonts do too. */
function applyDocumentState(doc: Document) {
  const { lang, theme } = useViewStore.getState();
  doc.documentElement.lang = lang;
  if (theme === "auto") delete doc.documentElement.dataset.theme;
  else doc.documentElement.dataset.theme = theme;
}
