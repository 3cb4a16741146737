/**
 * The current slide lives in the URL: every move pushes a history entry (so back/forward step
 * through the slides) and popstate restores one. The deck's lang/theme go to the shared view store
 * (which useT reads) and to <html>, as on the explorer.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { withDatasetParam } from "@/data/api/get-dataset.ts";
import { applyDocumentState } from "@/state/document-state.ts";
import { browserLang } from "@/state/url-codec.ts";
import { sameDocumentUrl } from "@/state/url-sync.ts";
import { useViewStore } from "@/state/view-store.ts";
import { SLIDE_COUNT } from "./deck-order.ts";
import { parsePresent, serializePresent, type ParsedPresent, type PresentLocation } from "./present-url.ts";

export function readPresentUrl(win: Window = window): ParsedPresent {
  return parsePresent(win.location.search, browserLang(win.navigator.languages ?? [win.navigator.language]));
}

export function useDeckLocation(initial: ParsedPresent) {
  const [location, setLocation] = useState<PresentLocation>(initial.location);

  useLayoutEffect(() => {
    useViewStore.getState().replaceView(location.view);
    applyDocumentState(document, location.view);
    document.documentElement.classList.toggle("print-notes", location.printNotes);
  }, [location.view, location.printNotes]);

  useEffect(() => {
    // Write the canonical URL at once (nearest slide, defaults dropped) without a history entry.
    // Built from the full href (a path like //evil.example/ must not turn into another origin), with
    // an alternative dataset kept in the address.
    const canonical = withDatasetParam(serializePresent(initial.location));
    if (canonical !== window.location.search) window.history.replaceState(null, "", sameDocumentUrl(window, canonical));
    const onPop = () => setLocation(readPresentUrl().location);
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [initial]);

  const current = useRef(location);
  useEffect(() => {
    current.current = location;
  }, [location]);
  const goTo = useCallback((slide: number) => {
    const next = { ...current.current, slide: Math.min(SLIDE_COUNT, Math.max(1, slide)) };
    if (next.slide === current.current.slide) return;
    window.history.pushState(null, "", sameDocumentUrl(window, withDatasetParam(serializePresent(next))));
    current.current = next;
    setLocation(next);
  }, []);

  return { location, goTo };
}
