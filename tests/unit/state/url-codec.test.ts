import { describe, expect, it } from "vitest";
import { browserLang, DEFAULT_VIEW, parseView, serializeView, type ViewState } from "@/state/url-codec.ts";

describe("serializeView", () => {
  it("writes nothing for the default view", () => {
    expect(serializeView(DEFAULT_VIEW)).toBe("");
  });

  it("writes only what differs from the defaults", () => {
    expect(serializeView({ ...DEFAULT_VIEW, chart: "world-share", lang: "ko" })).toBe("?chart=world-share&lang=ko");
    expect(
      serializeView({ ...DEFAULT_VIEW, from: 2015, to: 2025, type: "line", view: "table", focus: 2022, theme: "dark" }),
    ).toBe("?from=2015&to=2025&type=line&view=table&focus=2022&theme=dark");
  });
});

describe("parseView", () => {
  it("reads every parameter of design §3", () => {
    const { state, ignored } = parseView(
      "?chart=buyers&from=2010&to=2020&type=line&view=table&focus=2014&lang=ko&theme=light",
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      chart: "buyers",
      from: 2010,
      to: 2020,
      type: "line",
      view: "table",
      focus: 2014,
      lang: "ko",
      theme: "light",
    });
  });

  it("round-trips any valid state", () => {
    const states: ViewState[] = [
      DEFAULT_VIEW,
      { ...DEFAULT_VIEW, chart: "target-path", lang: "ko" },
      {
        chart: "top-exporters",
        from: 2006,
        to: 2025,
        type: "bar",
        view: "table",
        focus: 2022,
        lang: "en",
        theme: "dark",
      },
      { ...DEFAULT_VIEW, from: 2019 },
    ];
    for (const state of states) expect(parseView(serializeView(state)).state).toEqual(state);
  });

  it("falls back to defaults and names each unusable parameter", () => {
    const { state, ignored } = parseView(
      "?chart=pie&from=abc&to=20x5&type=area&view=map&lang=fr&theme=neon&focus=soon",
    );
    expect(state).toEqual(DEFAULT_VIEW);
    expect(ignored.map((i) => `${i.param}=${i.value}:${i.reason}`)).toEqual([
      "chart=pie:unknown-value",
      "view=map:unknown-value",
      "lang=fr:unknown-value",
      "theme=neon:unknown-value",
      "type=area:unknown-value",
      "from=abc:not-a-year",
      "to=20x5:not-a-year",
      "focus=soon:not-a-year",
    ]);
  });

  it("swaps a range given backwards and says so", () => {
    const { state, ignored } = parseView("?from=2024&to=2010");
    expect([state.from, state.to]).toEqual([2010, 2024]);
    expect(ignored).toEqual([{ param: "from", value: "2024", reason: "swapped" }]);
  });

  it("uses the browser's language only when the URL names none", () => {
    expect(parseView("", "ko").state.lang).toBe("ko");
    expect(parseView("?lang=en", "ko").state.lang).toBe("en");
    expect(parseView("?lang=xx", "ko").state.lang).toBe("ko");
  });

  it("reads a five-year window and writes it back; anything else is named and dropped", () => {
    const { state, ignored } = parseView("?chart=recipients&window=2015-2019");
    expect(state.window).toEqual({ start: 2015, end: 2019 });
    expect(ignored).toEqual([]);
    expect(serializeView(state)).toBe("?chart=recipients&window=2015-2019");
    for (const raw of ["2015-2020", "2015", "latest", "2019-2015"])
      expect(parseView(`?window=${raw}`).ignored, raw).toEqual([
        { param: "window", value: raw, reason: "unknown-value" },
      ]);
  });

  it("ignores parameters it does not know without complaint", () => {
    expect(parseView("?utm_source=news&chart=buyers").ignored).toEqual([]);
  });
});

describe("browserLang", () => {
  it("picks Korean when the browser prefers it", () => {
    expect(browserLang(["ko-KR", "en-US"])).toBe("ko");
    expect(browserLang(["en-GB", "ko"])).toBe("en");
    expect(browserLang(["fr-FR", "ko"])).toBe("ko");
    expect(browserLang(["de"])).toBe("en");
    expect(browserLang([])).toBe("en");
  });
});
