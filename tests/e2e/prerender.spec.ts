/**
 * The prerendered explorer (issue 11 item 1) as readers meet it: the chart is in the HTML, a baked
 * linked view paints before any of the app's JS has run, and the app takes over without moving a
 * pixel of layout.
 */
import { expect, test, type Page } from "@playwright/test";
import { collectErrors } from "./support.ts";

const APP_JS = /\/assets\/[^/]+\.js$/;

/** Sums layout shifts from the first paint on, as CLS does (shifts right after input excluded). */
async function watchLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!entry.hadRecentInput) w.__shift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { __shift: number }).__shift);
}

test("with JavaScript off, / shows the annual chart with the 2022 record, its figures and sources", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  const figure = page.locator('figure[data-chart="annual-exports"]');
  await expect(figure.getByRole("heading", { name: "South Korea's arms exports by year" })).toBeVisible();
  const chart = figure.locator("svg[data-kdem-baked]").filter({ visible: true });
  await expect(chart).toHaveCount(1);
  await expect(chart).toHaveAccessibleName("South Korea's arms exports by year");
  await expect(chart.getByText("Record $17.3B")).toBeVisible();
  expect((await chart.boundingBox())!.height).toBe(360);
  await expect(page.getByRole("region", { name: "Key figures" }).getByText("Record, 2022")).toBeVisible();
  await expect(figure.getByTestId("takeaway")).toContainText("the 2022 record of $17.3 billion");
  await expect(figure.getByRole("link", { name: "export.gov" })).toBeVisible();
  await expect(page.getByTestId("article")).toBeVisible();
  // What needs the app is switched off rather than pretending to work.
  await expect(figure.getByRole("button", { name: "Table" })).toBeDisabled();
  await context.close();
});

test("a baked linked view paints its own chart before any of the app's JS has run", async ({ page }) => {
  const blocked: string[] = [];
  await page.route(APP_JS, (route) => {
    blocked.push(route.request().url());
    return route.abort();
  });
  await page.goto("/?chart=world-share&lang=ko");
  const figure = page.locator('figure[data-chart="world-share"]');
  await expect(figure.getByRole("heading", { name: "세계 무기 수출에서 한국의 점유율" })).toBeVisible();
  await expect(figure.locator("svg[data-kdem-baked]").filter({ visible: true })).toHaveCount(1);
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  // The HTML's own view (annual exports, English) never shows in its place.
  await expect(page.locator('figure[data-chart="annual-exports"]')).toHaveCount(0);
  // The app was asked for, after the view, and could not come: the chart is there anyway.
  await expect.poll(() => blocked.length).toBeGreaterThan(0);
  await expect(page.locator("svg.recharts-surface")).toHaveCount(0);
});

test("a view that was not baked never shows the HTML's chart as if it were the one linked", async ({ page }) => {
  await page.route(APP_JS, (route) => route.abort());
  await page.goto("/?from=2015");
  await expect(page.locator("#root")).toBeHidden();
});

for (const [name, url, chart] of [
  ["/", "/", "annual-exports"],
  ["a linked view", "/?chart=world-share&lang=ko", "world-share"],
] as const) {
  test(`the app takes over ${name} without a layout shift`, async ({ page }) => {
    const errors = collectErrors(page);
    const shifts = await watchLayoutShifts(page);
    await page.goto(url);
    // Taken over: the app's own chart shows, the prerendered content is gone.
    await expect(page.locator(`figure[data-chart="${chart}"] svg.recharts-surface`)).toBeVisible();
    await expect(page.locator("[data-kdem-baked]")).toHaveCount(0);
    await expect(page.locator(".kdem-takeover")).toHaveCount(0);
    await expect(page.getByTestId("article")).toBeVisible();
    expect(await shifts()).toBe(0);
    // And it works: a control of the app answers.
    await page
      .locator(`figure[data-chart="${chart}"]`)
      .getByRole("button", { name: /^(Table|표)$/ })
      .click();
    await expect(page.locator(`figure[data-chart="${chart}"] table`)).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test("while the dataset is on its way, the prerendered chart stays in view", async ({ page }) => {
  await page.route("**/data/korea-arms-exports.json", () => {
    /* never answered */
  });
  await page.goto("/");
  await expect(
    page.locator('figure[data-chart="annual-exports"] svg[data-kdem-baked]').filter({ visible: true }),
  ).toHaveCount(1);
  // The app's loading state stays where it is drawn, out of sight, until the app has the data.
  await expect(page.getByText("Loading the dataset…")).toBeHidden();
});
