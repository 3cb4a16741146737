import { useViewStore } from "@/state/view-store.ts";
import type { FigureLinkItem } from "./figure-links.ts";
import { useReducedMotion } from "./use-reduced-motion.ts";

/** Id of the element holding the chart, scrolled to when a figure elsewhere is selected. */
export const CHART_ANCHOR = "chart";

/**
 * Selecting a figure shows its point: its chart, the year highlighted and labelled, the chart
 * scrolled into view when it is off screen (on phones the article sits below it).
 */
export function useShowPoint() {
  const showPoint = useViewStore((s) => s.showPoint);
  const reducedMotion = useReducedMotion();
  return (item: Pick<FigureLinkItem, "chart" | "year">) => {
    showPoint(item.chart, item.year);
    const anchor = document.getElementById(CHART_ANCHOR);
    const top = anchor?.getBoundingClientRect().top;
    if (anchor && top !== undefined && (top < 0 || top > window.innerHeight * 0.6))
      anchor.scrollIntoView({ behavior: reducedMotion ? "auto" : "smooth", block: "start" });
  };
}

/** A figure (value over label) that is also a link to its point in the chart. */
export function FigureLink({
  item,
  className = "",
  computedNote,
}: {
  item: FigureLinkItem;
  className?: string;
  /** Id of the note that says a computed figure is ours; its marker points to it. */
  computedNote?: string;
}) {
  const show = useShowPoint();
  const marked = item.computed && computedNote;
  return (
    <button
      type="button"
      onClick={() => show(item)}
      data-figure={item.key}
      data-point={item.point}
      aria-describedby={marked ? computedNote : undefined}
      className={`flex flex-col items-start rounded-md border border-line bg-surface px-3 py-2 text-left hover:border-accent hover:bg-accent-soft focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent ${className}`}
    >
      <span className="text-lg font-semibold tabular-nums leading-tight text-ink">
        {item.value}
        {marked && <span aria-hidden="true">*</span>}
      </span>
      <span className="text-xs text-ink-muted">{item.label}</span>
    </button>
  );
}
