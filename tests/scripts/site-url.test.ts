import { describe, expect, it } from "vitest";
import { LOCAL_SITE_URL, siteUrl } from "../../scripts/lib/site-url.ts";

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
