/** Embed parameters and the code a newsroom pastes: pure functions, tested on their own. */
import { describe, expect, it } from "vitest";
import { embedCode, embedUrl, escapeAttribute, oembed, staticSvgUrl } from "@/features/embed/embed-code.ts";
import { embedHeight } from "@/charts/registry.ts";
import {
  DEFAULT_EMBED,
  exploreHref,
  isBakedView,
  parseEmbedParams,
  serializeEmbedParams,
} from "@/features/embed/embed-params.ts";

const ORIGIN = "https://charts.example.org";

describe("embed parameters", () => {
  it("reads the documented parameters and ignores everything else", () => {
    expect(
      parseEmbedParams(
        "?lang=ko&theme=dark&from=2014&to=2020&type=line&focus=2018&controls=1&chart=buyers&view=table&utm_source=x",
      ),
    ).toEqual({
      lang: "ko",
      theme: "dark",
      from: 2014,
      to: 2020,
      type: "line",
      focus: 2018,
      controls: true,
    });
    expect(parseEmbedParams("")).toEqual(DEFAULT_EMBED);
  });

  it("falls back to the default for invalid values, and does not follow the browser's language", () => {
    expect(parseEmbedParams("?lang=fr&theme=<b>&from=20x4&type=pie&controls=yes")).toEqual(DEFAULT_EMBED);
    expect(parseEmbedParams("?from=2020&to=2010")).toMatchObject({ from: 2010, to: 2020 });
  });

  it("writes defaults out, so links stay short and round-trip", () => {
    expect(serializeEmbedParams(DEFAULT_EMBED)).toBe("");
    // A transparent background round-trips, before controls in the canonical order.
    expect(serializeEmbedParams({ ...DEFAULT_EMBED, transparent: true, controls: true })).toBe(
      "?bg=transparent&controls=1",
    );
    expect(parseEmbedParams("?bg=transparent").transparent).toBe(true);
    expect(parseEmbedParams("?bg=pink").transparent).toBeUndefined();
    const params = { lang: "ko", theme: "dark", from: 2014, type: "line", controls: true } as const;
    expect(serializeEmbedParams(params)).toBe("?from=2014&type=line&lang=ko&theme=dark&controls=1");
    expect(parseEmbedParams(serializeEmbedParams(params))).toEqual({ ...params, to: undefined, focus: undefined });
  });

  it("knows when the baked (default) view is enough", () => {
    expect(isBakedView(parseEmbedParams("?lang=ko&theme=dark&controls=1"))).toBe(true);
    for (const q of ["?from=2010", "?to=2020", "?type=line", "?focus=2022"])
      expect(isBakedView(parseEmbedParams(q)), q).toBe(false);
  });

  it("links to the explorer view of the same chart with the same parameters", () => {
    expect(exploreHref("annual-exports", DEFAULT_EMBED)).toBe("/");
    expect(exploreHref("world-share", { lang: "ko", theme: "auto", from: 2014 })).toBe(
      "/?chart=world-share&from=2014&lang=ko",
    );
  });
});

describe("embed code", () => {
  it("is an iframe with a reserved height and data-kdem-embed, plus the async sizing script", () => {
    const code = embedCode(
      ORIGIN,
      "annual-exports",
      { ...DEFAULT_EMBED, lang: "ko", from: 2014 },
      "연도별 한국 방산 수출",
    );
    const [iframe, script] = code.split("\n");
    expect(iframe).toBe(
      `<iframe src="${ORIGIN}/embed/annual-exports?from=2014&amp;lang=ko" title="연도별 한국 방산 수출" width="100%" height="${embedHeight("annual-exports", "ko")}" loading="lazy" style="border:0;width:100%;max-width:100%" data-kdem-embed></iframe>`,
    );
    expect(script).toBe(`<script async src="${ORIGIN}/embed.js"></script>`);
  });

  it("escapes the title, so a quote cannot break out of the attribute", () => {
    const code = embedCode(ORIGIN, "buyers", DEFAULT_EMBED, `A "quoted" <b>title</b> & more`);
    expect(code).toContain(`title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more"`);
    expect(escapeAttribute(`"'<>&`)).toBe("&quot;'&lt;&gt;&amp;");
  });

  it("gives the plain and static-image links", () => {
    expect(embedUrl(ORIGIN, "world-share", { ...DEFAULT_EMBED, theme: "dark" })).toBe(
      `${ORIGIN}/embed/world-share?theme=dark`,
    );
    expect(staticSvgUrl("", "buyers")).toBe("/static/buyers.svg");
    expect(staticSvgUrl(ORIGIN, "buyers", "en")).toBe(`${ORIGIN}/static/buyers.svg`);
    expect(staticSvgUrl(ORIGIN, "buyers", "ko")).toBe(`${ORIGIN}/static/buyers.ko.svg`);
  });

  it("answers oEmbed as a rich embed with the same code", () => {
    const answer = oembed(ORIGIN, "target-path", "The path", "K-Defense Export Monitor", {
      url: `${ORIGIN}/static/target-path.png`,
      width: 1200,
      height: 630,
    });
    expect(answer).toEqual({
      version: "1.0",
      type: "rich",
      title: "The path",
      provider_name: "K-Defense Export Monitor",
      provider_url: `${ORIGIN}/`,
      html: embedCode(ORIGIN, "target-path", DEFAULT_EMBED, "The path"),
      width: 640,
      height: embedHeight("target-path", "en"),
      thumbnail_url: `${ORIGIN}/static/target-path.png`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(oembed(ORIGIN, "buyers", "B", "P")).not.toHaveProperty("thumbnail_url");
  });
});
