import { describe, expect, it } from "vitest";
import { escapeAttribute } from "@/features/embed/embed-code.ts";
import { LOCAL_SITE_URL, previewTags, siteUrl } from "../../scripts/lib/site-url.ts";

describe("siteUrl (the build's SITE_URL)", () => {
  it("keeps the origin (and a sub-path), without a trailing slash", () => {
    expect(siteUrl("https://charts.example.org/")).toEqual({ origin: "https://charts.example.org", local: false });
    expect(siteUrl(" https://example.org/kdem// ")).toEqual({ origin: "https://example.org/kdem", local: false });
  });

  it("falls back to the local preview address when unset, and says it is local", () => {
    expect(siteUrl(undefined)).toEqual({ origin: LOCAL_SITE_URL, local: true });
    expect(siteUrl("")).toEqual({ origin: LOCAL_SITE_URL, local: true });
    expect(LOCAL_SITE_URL).toMatch(/^http:\/\/localhost:\d+$/);
  });

  it.each(["charts.example.org", "/relative", "ftp://example.org", "https://example.org/?x=1"])(
    "rejects %s with a message naming SITE_URL",
    (value) => {
      expect(() => siteUrl(value)).toThrow(/SITE_URL/);
    },
  );
});

describe("previewTags", () => {
  const { origin } = siteUrl("https://graphics.newsroom.example");
  const page = {
    siteName: "K-Defense Export Monitor",
    title: `Arms "exports" & more`,
    description: "A takeaway",
    url: `${origin}/embed/buyers`,
  };

  it("writes og:url and og:image as the absolute URLs built from the setting, and a large card", () => {
    const tags = previewTags(escapeAttribute, {
      ...page,
      card: { url: `${origin}/static/buyers.png`, width: 1200, height: 630, alt: "Buyers" },
    }).join("\n");
    expect(tags).toContain('<meta property="og:url" content="https://graphics.newsroom.example/embed/buyers" />');
    expect(tags).toContain(
      '<meta property="og:image" content="https://graphics.newsroom.example/static/buyers.png" />',
    );
    expect(tags).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(tags).toContain('<meta property="og:title" content="Arms &quot;exports&quot; &amp; more" />');
    for (const url of tags.matchAll(/content="(\w+:\/\/[^"]*|\/[^"]*)"/g)) expect(url[1]).toMatch(/^https:\/\//);
  });

  it("without a card: a summary card and no og:image", () => {
    const tags = previewTags(escapeAttribute, page).join("\n");
    expect(tags).toContain('<meta name="twitter:card" content="summary" />');
    expect(tags).not.toContain("og:image");
  });
});
