import { describe, expect, it } from "vitest";
import { CHART_IDS } from "@/data/chart-ids.ts";
import { chartOfSlide, DECK, SLIDE_COUNT, slideNumberForChart } from "@/features/present/deck-order.ts";
import { explorerHref, parsePresent, presentHref, serializePresent } from "@/features/present/present-url.ts";
import { DEFAULT_VIEW } from "@/state/url-codec.ts";

describe("deck order", () => {
  it("has a title, key figures, one slide per chart in contract order, quotes and sources", () => {
    expect(DECK.map((s) => (s.kind === "chart" ? s.chart : s.kind))).toEqual([
      "title",
      "key-figures",
      ...CHART_IDS,
      "quotes",
      "sources",
    ]);
    expect(SLIDE_COUNT).toBe(CHART_IDS.length + 4);
  });

  it("maps every chart to its slide and back", () => {
    CHART_IDS.forEach((id, i) => {
      expect(slideNumberForChart(id)).toBe(3 + i);
      expect(chartOfSlide(slideNumberForChart(id))).toBe(id);
    });
    expect(chartOfSlide(1)).toBeUndefined();
    expect(chartOfSlide(SLIDE_COUNT)).toBeUndefined();
  });
});

describe("parsePresent", () => {
  it("reads slide, lang, theme, range and notes", () => {
    const { location, slideNotice, ignored } = parsePresent(
      "?slide=4&lang=ko&theme=dark&from=2010&to=2020&notes=print",
    );
    expect(location).toEqual({
      view: { ...DEFAULT_VIEW, lang: "ko", theme: "dark", from: 2010, to: 2020 },
      slide: 4,
      printNotes: true,
    });
    expect(slideNotice).toBeUndefined();
    expect(ignored).toEqual([]);
  });

  it("opens slide 1 by default and keeps the browser's language when the URL names none", () => {
    const { location } = parsePresent("", "ko");
    expect(location.slide).toBe(1);
    expect(location.view.lang).toBe("ko");
  });

  it.each([
    ["42", SLIDE_COUNT, "out-of-range"],
    ["0", 1, "out-of-range"],
    ["-3", 1, "out-of-range"],
    ["abc", 1, "not-a-number"],
    ["2.6", 3, "not-a-number"],
    ["0x3", 1, "not-a-number"],
    ["1e0", 1, "not-a-number"],
  ] as const)("slide=%s opens the nearest slide, %i, and says why (%s)", (raw, slide, reason) => {
    const parsed = parsePresent(`?slide=${raw}`);
    expect(parsed.location.slide).toBe(slide);
    expect(parsed.slideNotice).toEqual({ value: raw, reason });
  });

  it("drops explorer-only parameters and reports unknown values", () => {
    const { location, ignored } = parsePresent("?chart=buyers&view=table&lang=fr&notes=yes");
    expect(location.view).toEqual(DEFAULT_VIEW);
    expect(ignored.map((i) => i.param)).toEqual(["lang", "notes"]);
  });
});

describe("the presenter view's URL", () => {
  it("presenter=<session> marks the presenter window and survives every move", () => {
    const { location, ignored } = parsePresent("?slide=3&lang=ko&presenter=k3x_9-A");
    expect(location.presenter).toBe("k3x_9-A");
    expect(ignored).toEqual([]);
    expect(serializePresent({ ...location, slide: 4 })).toBe("?slide=4&lang=ko&presenter=k3x_9-A");
  });

  it.each(["", "a b", "<script>", "x".repeat(41)])(
    "presenter=%j is not a session: the audience deck opens, and says so",
    (raw) => {
      const { location, ignored } = parsePresent(`?presenter=${encodeURIComponent(raw)}`);
      expect(location.presenter).toBeUndefined();
      expect(ignored).toEqual([{ param: "presenter", value: raw, reason: "unknown-value" }]);
    },
  );
});

describe("serializePresent", () => {
  it("puts the slide first and leaves defaults out", () => {
    expect(serializePresent({ view: DEFAULT_VIEW, slide: 1, printNotes: false })).toBe("");
    expect(serializePresent({ view: { ...DEFAULT_VIEW, lang: "ko", from: 2015 }, slide: 3, printNotes: true })).toBe(
      "?slide=3&from=2015&lang=ko&notes=print",
    );
  });

  it("round-trips through parsePresent", () => {
    const location = {
      view: { ...DEFAULT_VIEW, lang: "ko" as const, theme: "light" as const, to: 2024 },
      slide: 7,
      printNotes: false,
    };
    expect(parsePresent(serializePresent(location)).location).toEqual(location);
  });
});

describe("links between the explorer and the deck", () => {
  it("Esc goes back to the explorer with the same language, theme and range, on the slide's chart", () => {
    const view = { ...DEFAULT_VIEW, lang: "ko" as const, theme: "dark" as const, from: 2010 };
    expect(explorerHref(view, "world-share")).toBe("/?chart=world-share&from=2010&lang=ko&theme=dark");
    expect(explorerHref(view)).toBe("/?from=2010&lang=ko&theme=dark");
  });

  it("the Present button opens the slide of the chart in view, keeping range and language but not the chart's own options", () => {
    const view = {
      ...DEFAULT_VIEW,
      chart: "world-share" as const,
      view: "table" as const,
      type: "line" as const,
      lang: "ko" as const,
      from: 2012,
      to: 2024,
    };
    expect(presentHref(view)).toBe(`/present/?slide=${slideNumberForChart("world-share")}&from=2012&to=2024&lang=ko`);
  });
});
