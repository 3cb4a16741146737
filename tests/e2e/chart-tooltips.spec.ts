/** Tooltips as a reader meets them, by pointer and by keyboard: beside or above the bar being read, never on it; short. */
import { expect, test, type Page } from "@playwright/test";
import { openExplorer } from "./support.ts";

test.describe.configure({ timeout: 90_000 });

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The shown tooltip's box, its text lines, and the boxes of every bar at the active year (under Recharts' cursor line). */
function reading(page: Page, chart: string) {
  return page.locator(`figure[data-chart="${chart}"] .recharts-wrapper`).evaluate((wrapper) => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
    };
    const tip = wrapper.querySelector(".recharts-tooltip-wrapper > div");
    const cursor = wrapper.querySelector(".recharts-tooltip-cursor");
    if (!tip || !cursor || getComputedStyle(tip.parentElement!).visibility === "hidden") return null;
    const at = (box(cursor).x0 + box(cursor).x1) / 2;
    // Bars, and the buyers chart's annual-total ticks.
    const bars = [...wrapper.querySelectorAll(".kdem-bar, .kdem-total-tick")]
      .map(box)
      .filter((b) => b.y1 - b.y0 > 0 && b.x0 <= at && at <= b.x1);
    return {
      tip: box(tip),
      title: tip.querySelector("p")?.textContent ?? "",
      lines: tip.querySelectorAll("p").length,
      bars,
    };
  });
}

for (const width of [390, 1280])
  for (const [chart, url, years] of [
    ["annual-exports", "/", 20],
    ["buyers", "/?chart=buyers", 0],
  ] as const)
    test(`${chart} at ${width} px: the tooltip never covers the bar it describes`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openExplorer(page, url);
      const figure = page.locator(`figure[data-chart="${chart}"]`);
      const surface = figure.getByRole("group", { name: /arrow keys/ });
      await expect(figure.locator(".kdem-bar").first()).toBeVisible();
      await surface.scrollIntoViewIfNeeded();
      const count = years || (await figure.locator(".recharts-xAxis .recharts-cartesian-axis-tick").count());
      const seen: string[] = [];

      // Keyboard: every year, from the first (shown on focus) to the last.
      await surface.focus();
      for (let i = 0; i < count; i++) {
        if (i > 0) await page.keyboard.press("ArrowRight");
        await expect.poll(async () => (await reading(page, chart))?.title ?? "").not.toBe(seen.at(-1) ?? "");
        const r = (await reading(page, chart))!;
        seen.push(r.title);
        // Every year has a bar, except a buyers year whose deals have no reported value.
        if (!/value not reported/.test(r.title)) expect(r.bars.length, r.title).toBeGreaterThan(0);
        for (const bar of r.bars) expect(overlaps(r.tip, bar), `${r.title} (keyboard)`).toBe(false);
        if (chart === "buyers") expect(r.lines, r.title).toBeLessThanOrEqual(5);
      }
      expect(new Set(seen).size).toBe(count);

      // Pointer: on the left edge, the middle and the right edge of the tallest bars, where the old tooltip sat.
      await page.locator("h1").first().focus();
      const rects = figure.locator(".kdem-bar");
      const boxes = (await rects.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) as DOMRect[];
      const tallest = boxes
        .map((b, i) => ({ b, i }))
        .sort((p, q) => q.b.height - p.b.height)
        .slice(0, 3);
      for (const { b } of tallest)
        for (const fx of [0.15, 0.5, 0.85]) {
          await page.mouse.move(b.x + b.width * fx, b.y + b.height * 0.5);
          await expect.poll(async () => (await reading(page, chart)) !== null).toBe(true);
          const r = (await reading(page, chart))!;
          for (const bar of r.bars) expect(overlaps(r.tip, bar), `${r.title} (pointer)`).toBe(false);
        }
    });

for (const chart of [
  "world-share",
  "target-path",
  "exporter-race",
  "top-exporters",
  "recipients",
  "contracts-vs-deliveries",
])
  test(`${chart} on a 390 px phone, in Korean: every tooltip stays on the screen`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openExplorer(page, `/?chart=${chart}&lang=ko`);
    const figure = page.locator(`figure[data-chart="${chart}"]`);
    const surface = figure.getByRole("group", { name: /화살표/ });
    await surface.scrollIntoViewIfNeeded();
    // Keyboard through every point: the widest tooltips (SIPRI's published lines) are on a phone too.
    await surface.focus();
    let last = "";
    for (let i = 0; i < 80; i++) {
      if (i > 0) await page.keyboard.press("ArrowRight");
      await expect.poll(async () => (await reading(page, chart))?.title ?? null).not.toBeNull();
      const r = (await reading(page, chart))!;
      if (i > 0 && r.title === last) break; // the last point
      last = r.title;
      expect(r.tip.x0, r.title).toBeGreaterThanOrEqual(0);
      expect(r.tip.x1, r.title).toBeLessThanOrEqual(390);
    }
  });
