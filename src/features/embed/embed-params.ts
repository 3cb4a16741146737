/**
 * The embed page's parameters (design §3): the explorer's codec for lang/theme/from/to/type/focus/window,
 * plus `controls`. Chart and view are not embed parameters (the chart is in the path, an embed
 * always shows the chart), so they are ignored here, like any other unknown parameter.
 */
import type { ChartId } from "@/data/chart-ids.ts";
import { DEFAULT_VIEW, parseView, serializeView, type ViewState } from "@/state/url-codec.ts";

export type EmbedView = Pick<ViewState, "from" | "to" | "type" | "focus" | "window" | "lang" | "theme">;

export interface EmbedParams extends EmbedView {
  /** Show the range/type controls (`controls=1`); embeds default to none. */
  controls: boolean;
  /** `bg=transparent`: no background of its own, so the publisher's page shows through. */
  transparent?: boolean;
}

export const DEFAULT_EMBED: EmbedParams = { lang: "en", theme: "auto", controls: false };

/** Reads an embed query string. The language does not follow the browser: the publisher picks it. */
export function parseEmbedParams(search: string): EmbedParams {
  const { from, to, type, focus, window, lang, theme } = parseView(search, DEFAULT_EMBED.lang).state;
  const query = new URLSearchParams(search);
  const controls = query.get("controls") === "1";
  return {
    from,
    to,
    type,
    focus,
    window,
    lang,
    theme,
    controls,
    ...(query.get("bg") === "transparent" ? { transparent: true } : {}),
  };
}

/** The embed query string (with "?", or "" for the defaults), in the codec's canonical order. */
export function serializeEmbedParams(params: EmbedParams): string {
  const query = serializeView({ ...DEFAULT_VIEW, ...viewPart(params) }).slice(1);
  const all = [query, params.transparent ? "bg=transparent" : "", params.controls ? "controls=1" : ""]
    .filter(Boolean)
    .join("&");
  return all ? `?${all}` : "";
}

/**
 * True when the embed shows what the build baked: the full range of the chart's own type, no focus.
 * Language and theme are baked too (both languages, CSS colours), so they do not count.
 */
export function isBakedView(params: EmbedParams): boolean {
  return (
    params.from === undefined &&
    params.to === undefined &&
    params.type === undefined &&
    params.focus === undefined &&
    params.window === undefined
  );
}

/** The explorer view of the same chart with the same parameters ("Explore the data"). */
export function exploreHref(chart: ChartId, params: EmbedView): string {
  return `/${serializeView({ ...DEFAULT_VIEW, ...viewPart(params), chart })}`;
}

function viewPart({ from, to, type, focus, window, lang, theme }: EmbedView): EmbedView {
  return { from, to, type, focus, window, lang, theme };
}
