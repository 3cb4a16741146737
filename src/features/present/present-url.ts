/**
 * The present page's URL: `slide`, `notes` and `presenter` on top of the explorer's lang/theme/from/to (parsed by
 * the shared codec, so both pages read those the same way). Pure, so it is tested on its own.
 */
import type { ChartId } from "@/data/chart-ids.ts";
import type { Lang } from "@/data/schema.ts";
import { DEFAULT_VIEW, parseView, serializeView, type IgnoredParam, type ViewState } from "@/state/url-codec.ts";
import { SLIDE_COUNT, slideNumberForChart } from "./deck-order.ts";
import { SESSION_PATTERN } from "./deck-sync.ts";

export const PRESENT_PATH = "/present/";

export interface PresentLocation {
  view: ViewState;
  /** 1-based, always within the deck. */
  slide: number;
  /** `notes=print`: print each slide's speaker notes below it. */
  printNotes: boolean;
  /**
   * `presenter=<session>`: this window is the presenter view (current and next slide, notes, timer)
   * of the audience window that opened it, kept in step over the session's channel (deck-sync.ts).
   */
  presenter?: string;
}

/** The `slide` the URL asked for could not be shown as given; `slide` is the nearest one. */
export interface SlideNotice {
  value: string;
  reason: "out-of-range" | "not-a-number";
}

export interface ParsedPresent {
  location: PresentLocation;
  slideNotice?: SlideNotice;
  /** Other parameters that fell back to their defaults. */
  ignored: IgnoredParam[];
}

/** The explorer parameters a deck carries; the rest (chart, type, view, focus) belong to one chart view. */
function deckView(view: ViewState): ViewState {
  return { ...DEFAULT_VIEW, lang: view.lang, theme: view.theme, from: view.from, to: view.to };
}

export function parsePresent(search: string, fallbackLang: Lang = "en", slideCount = SLIDE_COUNT): ParsedPresent {
  const params = new URLSearchParams(search);
  const { state, ignored } = parseView(search, fallbackLang);
  let slide = 1;
  let slideNotice: SlideNotice | undefined;
  const raw = params.get("slide");
  if (raw !== null && raw !== "") {
    // Plain decimal digits only: Number() would also read "0x3" and "1e0".
    const n = /^\s*-?\d+(\.\d+)?\s*$/.test(raw) ? Number(raw.trim()) : NaN;
    if (!Number.isFinite(n)) slideNotice = { value: raw, reason: "not-a-number" };
    else {
      slide = Math.min(slideCount, Math.max(1, Math.round(n)));
      if (slide !== n) slideNotice = { value: raw, reason: Number.isInteger(n) ? "out-of-range" : "not-a-number" };
    }
  }
  const notes = params.get("notes");
  if (notes !== null && notes !== "print") ignored.push({ param: "notes", value: notes, reason: "unknown-value" });
  const session = params.get("presenter");
  const presenter = session !== null && SESSION_PATTERN.test(session) ? session : undefined;
  if (session !== null && !presenter) ignored.push({ param: "presenter", value: session, reason: "unknown-value" });
  return {
    location: { view: deckView(state), slide, printNotes: notes === "print", ...(presenter && { presenter }) },
    slideNotice,
    ignored,
  };
}

/** `?slide=3&lang=ko…`; slide 1 and the other defaults are left out, as everywhere else. */
export function serializePresent({ view, slide, printNotes, presenter }: PresentLocation): string {
  const params = new URLSearchParams();
  if (slide !== 1) params.set("slide", String(slide));
  for (const [key, value] of new URLSearchParams(serializeView(deckView(view)))) params.set(key, value);
  if (printNotes) params.set("notes", "print");
  if (presenter) params.set("presenter", presenter);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The explorer with the deck's language, theme and range, on the chart of the current slide if any. */
export function explorerHref(view: ViewState, chart?: ChartId): string {
  return `/${serializeView({ ...deckView(view), chart: chart ?? DEFAULT_VIEW.chart })}`;
}

/** Where the explorer's "Present" button goes: the slide of the chart in view, same range and language. */
export function presentHref(view: ViewState): string {
  return `${PRESENT_PATH}${serializePresent({ view, slide: slideNumberForChart(view.chart), printNotes: false })}`;
}
