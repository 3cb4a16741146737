/** Which page the server sends for an explorer address (scripts/lib/explorer-views.ts), as nginx and vite preview read it. */
import { describe, expect, it } from "vitest";
import {
  nginxViewsMap,
  ownView,
  viewAddresses,
  viewOfPageFile,
  viewPageFile,
  viewPageFor,
} from "../../scripts/lib/explorer-views.ts";

const defaults = { chart: "annual-exports", lang: "en" };
const table = viewAddresses(
  [
    { chart: "world-share", lang: "en" },
    { chart: "annual-exports", lang: "ko" },
    { chart: "buyers", lang: "ko" },
  ],
  defaults,
);

describe("the explorer's view pages", () => {
  it("answer the addresses of their view, with the default language or chart left out", () => {
    expect(viewPageFor("chart=world-share", table)).toBe("/views/world-share.en.html");
    expect(viewPageFor("chart=world-share&lang=en", table)).toBe("/views/world-share.en.html");
    expect(viewPageFor("lang=ko", table)).toBe("/views/annual-exports.ko.html");
    expect(viewPageFor("lang=ko&chart=buyers&from=2015", table)).toBe("/views/buyers.ko.html");
  });

  it("leave every other address to index.html: the default view, a view with no page, a bad value", () => {
    for (const search of [
      "",
      "chart=annual-exports",
      "chart=annual-exports&lang=en",
      "chart=buyers",
      "chart=world-share&lang=ko",
      "chart=nope",
      "lang=xx&chart=world-share",
    ])
      expect(viewPageFor(search, table), search).toBeNull();
  });

  it("are named by their view", () => {
    expect(viewPageFile({ chart: "world-share", lang: "ko" })).toBe("views/world-share.ko.html");
    expect(viewOfPageFile("world-share.ko.html")).toEqual({ chart: "world-share", lang: "ko" });
    expect(viewOfPageFile("notes.txt")).toBeNull();
    const page =
      '<head><meta name="kdem-baked" content="annual-exports.en world-share.ko"><meta name="kdem-own" content="world-share.ko"></head>';
    expect(ownView(page)).toEqual({ chart: "world-share", lang: "ko" });
    expect(ownView("<head></head>")).toBeNull();
  });

  it("reach nginx as a map of the same table, index.html by default", () => {
    const map = nginxViewsMap(table);
    expect(map).toContain('map "$arg_chart:$arg_lang" $kdem_explorer_page {');
    expect(map).toContain("  default /index.html;");
    // Case-sensitive regular expressions: nginx compares plain keys ignoring case.
    expect(map).toContain('  "~^world-share:$" /views/world-share.en.html;');
    expect(map).toContain('  "~^:ko$" /views/annual-exports.ko.html;');
    expect(map.match(/^ {2}"/gm)).toHaveLength(table.size);
  });
});
