/** The address bar and the view store in step: history entries, corrections, slider gestures, back/forward. */
import { afterEach, describe, expect, it } from "vitest";
import { startUrlSync } from "@/state/url-sync.ts";
import { useViewStore } from "@/state/view-store.ts";

let stop: () => void = () => {};
const store = () => useViewStore.getState();

function start(search: string) {
  window.history.replaceState(null, "", `/${search}`);
  stop = startUrlSync(window);
}

afterEach(() => stop());

describe("startUrlSync", () => {
  it("reads the URL, names what it ignored and writes the canonical form without a history entry", () => {
    const before = window.history.length;
    start("?chart=pie&lang=ko&theme=dark&view=chart");
    expect(store()).toMatchObject({
      chart: "annual-exports",
      lang: "ko",
      theme: "dark",
      notices: [{ param: "chart", value: "pie", reason: "unknown-value" }],
    });
    expect(window.location.search).toBe("?lang=ko&theme=dark");
    expect(window.history.length).toBe(before);
    expect(document.documentElement.lang).toBe("ko");
    expect(document.documentElement.dataset.theme).toBe("dark");
  });

  it("pushes one entry per view change, and replaces for corrections", () => {
    start("");
    const before = window.history.length;
    store().setView({ view: "table" });
    expect(window.location.search).toBe("?view=table");
    store().selectChart("world-share");
    expect(window.history.length).toBe(before + 2);
    store().setView({ focus: 2024 }, "replace");
    expect(window.location.search).toBe("?chart=world-share&view=table&focus=2024");
    expect(window.history.length).toBe(before + 2);
  });

  it("turns a run of range changes (dragging, arrow keys, typing) into one entry", () => {
    start("");
    const before = window.history.length;
    for (let year = 2007; year <= 2015; year++) store().setView({ from: year });
    store().setView({ to: 2020 });
    expect(window.location.search).toBe("?from=2015&to=2020");
    expect(window.history.length).toBe(before + 1);
    // After another kind of change, touching the range again is a new step back.
    store().setView({ view: "table" });
    store().setView({ from: 2016 });
    expect(window.history.length).toBe(before + 3);
  });

  it("restores the view on back and forward", async () => {
    start("");
    store().setView({ view: "table" });
    store().selectChart("buyers");
    const popped = () => new Promise((resolve) => window.addEventListener("popstate", resolve, { once: true }));
    let wait = popped();
    window.history.back();
    await wait;
    expect(store()).toMatchObject({ chart: "annual-exports", view: "table" });
    wait = popped();
    window.history.forward();
    await wait;
    expect(store().chart).toBe("buyers");
  });
});
