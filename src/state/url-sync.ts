/**
 * Keeps the view store and the address bar in step: the URL is read once at start, every view
 * change pushes a history entry (so back/forward move between views), and popstate restores one.
 */
import { browserLang, parseView, serializeView } from "./url-codec.ts";
import { useViewStore, viewOf } from "./view-store.ts";

export function startUrlSync(win: Window = window): () => void {
  const read = () => parseView(win.location.search, browserLang(win.navigator.languages ?? [win.navigator.language]));
  const initial = read();
  useViewStore.getState().replaceView(initial.state, initial.ignored);
  applyDocumentState(win.document);

  let restoring = false;
  const onPop = () => {
    restoring = true;
    const { state } = read();
    useViewStore.getState().replaceView(state);
    restoring = false;
  };
  win.addEventListener("popstate", onPop);

  const unsubscribe = useViewStore.subscribe((now, before) => {
    applyDocumentState(win.document);
    if (restoring) return;
    const next = serializeView(viewOf(now));
    if (next === serializeView(viewOf(before))) return;
    if (next !== win.location.search) win.history.pushState(null, "", `${win.location.pathname}${next}${win.location.hash}`);
  });
  // Write the canonical form at once (defaults dropped, bad values gone) without a history entry.
  const canonical = serializeView(viewOf(useViewStore.getState()));
  if (canonical !== win.location.search) win.history.replaceState(null, "", `${win.location.pathname}${canonical}${win.location.hash}`);

  return () => {
    unsubscribe();
    win.removeEventListener("popstate", onPop);
  };
}

/** <html lang> and data-theme follow the view, so CSS, screen readers and fonts do too. */
function applyDocumentState(doc: Document) {
  const { lang, theme } = useViewStore.getState();
  doc.documentElement.lang = lang;
  if (theme === "auto") delete doc.documentElement.dataset.theme;
  else doc.documentElement.dataset.theme = theme;
}
