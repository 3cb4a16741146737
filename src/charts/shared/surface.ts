/**
 * What a chart's focusable surface tells assistive technology. Recharts' keyboard layer makes the
 * <svg> one Tab stop where ←/→ move the tooltip from point to point, but marks it
 * role="application" with no name, and the point's value appears only in the (visual) tooltip.
 * ChartPlot provides a name and a spoken channel; every chart spreads `useSurfaceProps()` on its
 * chart element, and the tooltip announces the point it shows.
 */
import { createContext, useContext, useEffect } from "react";

export interface ChartSurface {
  /** Accessible name of the focusable surface: the chart's title and how to read it by keyboard. */
  label: string;
  /** Puts a point's text in the chart's polite live region. */
  announce: (text: string) => void;
}

export const ChartSurfaceContext = createContext<ChartSurface | null>(null);

/**
 * Props for the Recharts chart element: a named group instead of an unnamed "application" (which
 * makes screen readers stop reading). Outside ChartPlot (baked images, unit renders) there is no
 * surface to describe and nothing is added.
 */
export function useSurfaceProps(): { role?: "group"; "aria-label"?: string } {
  const surface = useContext(ChartSurfaceContext);
  return surface ? { role: "group", "aria-label": surface.label } : {};
}

/**
 * Announces `text` when the tooltip shows it. Nothing is cleared when the tooltip closes: a region
 * that empties and refills between two points is read twice by some screen readers.
 */
export function useAnnounce(text: string | null): void {
  const announce = useContext(ChartSurfaceContext)?.announce;
  useEffect(() => {
    if (announce && text) announce(text);
  }, [announce, text]);
}

/** A tiny store for the live region, so an announcement re-renders the region, not the chart. */
export function createAnnouncer() {
  let text = "";
  const listeners = new Set<() => void>();
  return {
    announce(next: string) {
      if (next === text) return;
      text = next;
      listeners.forEach((l) => l());
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    read: () => text,
  };
}
