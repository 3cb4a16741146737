import { describe, expect, it } from "vitest";
import {
  browserLang,
  DEFAULT_VIEW,
  fitRange,
  fitToChart,
  parseView,
  serializeView,
  type ViewState,
} from "@/state/url-codec.ts";

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

  it("ignores parameters it does not know without complaint", () => {
    expect(parseView("?utm_source=news&chart=buyers").ignored).toEqual([]);
  });
});

describe("fitRange", () => {
  const span = { min: 2006, max: 2025 };

  it("clamps years outside the data and reports them", () => {
    const { state, ignored } = fitRange({ ...DEFAULT_VIEW, from: 1990, to: 2040 }, span);
    expect([state.from, state.to]).toEqual([undefined, undefined]);
    expect(ignored.map((i) => i.param)).toEqual(["from", "to"]);
  });

  it("keeps a range inside the data and drops ends equal to the full span", () => {
    expect(fitRange({ ...DEFAULT_VIEW, from: 2015, to: 2025 }, span)).toEqual({
      state: { ...DEFAULT_VIEW, from: 2015, to: undefined, focus: undefined },
      ignored: [],
    });
  });

  it("drops a focus year the chart does not have", () => {
    const { state, ignored } = fitRange({ ...DEFAULT_VIEW, focus: 1999 }, span);
    expect(state.focus).toBeUndefined();
    expect(ignored).toEqual([{ param: "focus", value: "1999", reason: "clamped" }]);
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

describe("fitToChart", () => {
  const annual = { span: { min: 2006, max: 2025 }, types: ["bar", "line"] as const };
  const noYears = { span: null, types: ["bar"] as const };

  it("fits the range to the chart's years and keeps a type it supports", () => {
    const { state, ignored } = fitToChart({ ...DEFAULT_VIEW, from: 2000, to: 2015, type: "line" }, annual);
    expect(state).toMatchObject({ from: undefined, to: 2015, type: "line" });
    expect(ignored).toEqual([{ param: "from", value: "2000", reason: "clamped" }]);
  });

  it("drops the chart's own default type so the URL stays canonical", () => {
    expect(fitToChart({ ...DEFAULT_VIEW, type: "bar" }, annual)).toEqual({
      state: { ...DEFAULT_VIEW, type: undefined, from: undefined, to: undefined, focus: undefined },
      ignored: [],
    });
  });

  it("drops years and an unsupported type on a chart without a year axis, naming each", () => {
    const { state, ignored } = fitToChart(
      { ...DEFAULT_VIEW, chart: "top-exporters", from: 2010, focus: 2022, type: "line" },
      noYears,
    );
    expect(state).toEqual({ ...DEFAULT_VIEW, chart: "top-exporters" });
    expect(ignored.map((i) => `${i.param}:${i.reason}`)).toEqual([
      "from:not-applicable",
      "focus:not-applicable",
      "type:not-applicable",
    ]);
  });

  it("changes nothing in a view that already fits", () => {
    const view = { ...DEFAULT_VIEW, from: 2015, type: "line" as const, focus: 2022 };
    expect(fitToChart(view, annual)).toEqual({ state: view, ignored: [] });
  });
});
