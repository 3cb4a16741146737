/**
 * Keeps the view store and the address bar in step: the URL is read once at start, view changes
 * push history entries (so back/forward move between views), and popstate restores one.
 * Corrections (a bad parameter fitted to the chart) replace the entry instead of adding one, and a
 * run of range changes with nothing else between them — dragging a slider, pressing its arrow keys,
 * typing a year — is one step: back returns to the view before the range was touched. (A time window
 * would split one slow drag into many entries on a busy machine.)
 */
import { startDataset, withDatasetParam, type DatasetChoice } from "@/data/api/get-dataset.ts";
import { browserLang, parseView, serializeView, type IgnoredParam, type ViewState } from "./url-codec.ts";
import { applyDocumentState } from "./document-state.ts";
import { useViewStore, viewOf } from "./view-store.ts";

export function startUrlSync(win: Window = window, dataset: DatasetChoice = startDataset): () => void {
  const read = () => parseView(win.location.search, browserLang(win.navigator.languages ?? [win.navigator.language]));
  const initial = read();
  const rejected: IgnoredParam[] = dataset.rejected
    ? [{ param: "data", value: dataset.rejected, reason: "unknown-dataset" }]
    : [];
  useViewStore.getState().replaceView(initial.state, [...initial.ignored, ...rejected]);
  const search = (view: ViewState) => withDatasetParam(serializeView(view), dataset);
  applyDocumentState(win.document, useViewStore.getState());

  let restoring = false;
  let lastWasRange = false;
  const onPop = () => {
    restoring = true;
    lastWasRange = false;
    const { state, ignored } = read();
    useViewStore.getState().replaceView(state, ignored);
    restoring = false;
  };
  win.addEventListener("popstate", onPop);

  const unsubscribe = useViewStore.subscribe((state, before) => {
    applyDocumentState(win.document, useViewStore.getState());
    if (restoring) return;
    const next = search(viewOf(state));
    if (next === search(viewOf(before))) return;
    if (next === win.location.search) return;
    const url = sameDocumentUrl(win, next);
    const rangeOnly = onlyRangeChanged(viewOf(state), viewOf(before));
    if (state.historyMode === "replace" || (rangeOnly && lastWasRange)) win.history.replaceState(null, "", url);
    else win.history.pushState(null, "", url);
    lastWasRange = rangeOnly && state.historyMode === "push";
  });
  // Write the canonical form at once (defaults dropped, bad values gone) without a history entry.
  const canonical = search(viewOf(useViewStore.getState()));
  if (canonical !== win.location.search) win.history.replaceState(null, "", sameDocumentUrl(win, canonical));

  return () => {
    unsubscribe();
    win.removeEventListener("popstate", onPop);
  };
}

/**
 * This page's address with another query string, built from the full href: a path such as
 * `//evil.example/` written as a relative URL would name another origin, and replaceState would
 * throw (a blank page) instead of updating the address.
 */
export function sameDocumentUrl(win: Window, search: string): string {
  const url = new URL(win.location.href);
  url.search = search;
  return url.href;
}

function onlyRangeChanged(a: ViewState, b: ViewState): boolean {
  const keys = Object.keys(a) as (keyof ViewState)[];
  const changed = keys.filter((k) => a[k] !== b[k]);
  return changed.length > 0 && changed.every((k) => k === "from" || k === "to");
}

/**
 * Puts the view as the page draws it in the address bar (a link's years clamped to the chart, a
 * type it cannot draw dropped), replacing the current entry: the store keeps what was asked for,
 * the URL stays canonical. A no-op when the address already says it.
 */
export function showFittedView(query: string, win: Window = window): void {
  // Same rules as every other write: an alternative dataset stays named, the address is built from the full href.
  const search = withDatasetParam(query);
  if (search !== win.location.search) win.history.replaceState(null, "", sameDocumentUrl(win, search));
}
