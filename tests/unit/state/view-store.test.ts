import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_VIEW } from "@/state/url-codec.ts";
import { useViewStore } from "@/state/view-store.ts";

const store = () => useViewStore.getState();
beforeEach(() => store().replaceView(DEFAULT_VIEW));

describe("view store actions", () => {
  it("selectChart resets what belongs to the previous chart", () => {
    store().setView({ from: 2015, type: "line", focus: 2022, view: "table", lang: "ko" });
    store().selectChart("world-share");
    expect(store()).toMatchObject({
      chart: "world-share",
      from: undefined,
      type: undefined,
      focus: undefined,
      view: "table",
      lang: "ko",
      historyMode: "push",
    });
  });

  it("showPoint focuses the year, keeping the reader's range only when the year is inside it", () => {
    store().setView({ from: 2015, to: 2020 });
    store().showPoint("annual-exports", 2018);
    expect(store()).toMatchObject({ from: 2015, to: 2020, focus: 2018 });
    store().showPoint("annual-exports", 2022);
    expect(store()).toMatchObject({ from: undefined, to: undefined, focus: 2022 });
    store().setView({ type: "line" });
    store().showPoint("target-path", 2030);
    expect(store()).toMatchObject({ chart: "target-path", focus: 2030, type: undefined });
  });

  it("adds each ignored parameter once and dismisses them all", () => {
    const n = { param: "from", value: "1990", reason: "clamped" } as const;
    store().addNotices([n]);
    store().addNotices([n, { param: "type", value: "line", reason: "not-applicable" }]);
    expect(store().notices.map((x) => x.param)).toEqual(["from", "type"]);
    store().dismissNotices();
    expect(store().notices).toEqual([]);
  });
});

describe("replaceView", () => {
  it("clears optional fields the new view leaves out (back from a focused view)", () => {
    store().setView({ from: 2015, focus: 2022, type: "line" });
    store().replaceView({ ...DEFAULT_VIEW });
    expect(store()).toMatchObject({ from: undefined, focus: undefined, type: undefined });
  });
});
