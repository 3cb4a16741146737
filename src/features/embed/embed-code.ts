/**
 * What a newsroom pastes (design §4), the embed's plain and static-image links, and the oEmbed
 * answer: one generator, used by the explorer's Embed dialog and by the build (oEmbed files).
 */
import type { ChartId } from "@/data/chart-ids.ts";
import type { Lang } from "@/data/langs.ts";
import { embedHeight } from "@/charts/registry.ts";
import { serializeEmbedParams, type EmbedParams } from "./embed-params.ts";

/** Width oEmbed consumers are told the embed is designed for (it is responsive). */
export const EMBED_WIDTH = 640;

/** `origin` is "https://host" (no trailing slash), or "" for root-relative links. */
export function embedUrl(origin: string, chart: ChartId, params: EmbedParams): string {
  return `${origin}/embed/${chart}${serializeEmbedParams(params)}`;
}

/** The build's stand-alone SVG of a chart's default view (scripts/bake.ts): English unsuffixed, others `.<lang>`. */
export function staticSvgUrl(origin: string, chart: ChartId, lang: Lang = "en"): string {
  return `${origin}/static/${chart}${lang === "en" ? "" : `.${lang}`}.svg`;
}

export function oembedUrl(origin: string, chart: ChartId): string {
  return `${origin}/oembed/${chart}.json`;
}

export function embedScriptUrl(origin: string): string {
  return `${origin}/embed.js`;
}

/** The iframe plus the sizing script. `title` names the frame for screen readers. */
export function embedCode(origin: string, chart: ChartId, params: EmbedParams, title: string): string {
  const src = escapeAttribute(embedUrl(origin, chart, params));
  return [
    `<iframe src="${src}" title="${escapeAttribute(title)}" width="100%" height="${embedHeight(chart, params.lang)}" loading="lazy" style="border:0;width:100%;max-width:100%" data-kdem-embed></iframe>`,
    `<script async src="${escapeAttribute(embedScriptUrl(origin))}"></script>`,
  ].join("\n");
}

export interface OEmbed {
  version: "1.0";
  type: "rich";
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

export function oembed(
  origin: string,
  chart: ChartId,
  title: string,
  provider: string,
  thumbnail?: { url: string; width: number; height: number },
): OEmbed {
  return {
    version: "1.0",
    type: "rich",
    title,
    provider_name: provider,
    provider_url: `${origin}/`,
    html: embedCode(origin, chart, { lang: "en", theme: "auto", controls: false }, title),
    width: EMBED_WIDTH,
    height: embedHeight(chart, "en"),
    ...(thumbnail
      ? { thumbnail_url: thumbnail.url, thumbnail_width: thumbnail.width, thumbnail_height: thumbnail.height }
      : {}),
  };
}

/** For text placed inside a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
