/**
 * The prerendered explorer (issue 11 item 1) as readers meet it: the chart is in the HTML, a baked
 * linked view paints before any of the app's JS has run, and the app takes over without moving a
 * pixel of layout.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import {
  bakedBars,
  collectErrors,
  expectInlineCssComplete,
  expectNoSeriousA11yViolations,
  expectWholeStylesheet,
} from "./support.ts";

const APP_JS = /\/assets\/[^/]+\.js$/;
/** The framework's chunks: any of ours but the interaction script, which a baked page loads after its paint. */
const isFramework = (url: string) => APP_JS.test(url) && !/\/assets\/interact-[\w-]+\.js$/.test(url);

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

/** An explorer page with JavaScript off, as a reader without it gets `/` (or the address given, showing `chart`). */
async function explorerWithoutJs(browser: Browser, address = "/", chart = "annual-exports") {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(address);
  return { context, page, figure: page.locator(`figure[data-chart="${chart}"]`) };
}

/** Holds the dataset's response (so the app cannot take over yet) until the returned function is called. */
async function holdDataset(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/data/korea-arms-exports.json", async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test("with JavaScript off, / shows the annual chart with the 2022 record, its figures and sources", async ({
  browser,
}) => {
  const { context, page, figure } = await explorerWithoutJs(browser);
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

test("nothing render-blocking stands between the explorer's HTML and its chart: the page's CSS is inline", async ({
  request,
}) => {
  const html = await (await request.get("/")).text();
  expect(html).not.toMatch(/<link rel="stylesheet"/);
  expect(html.match(/<style>/g)).toHaveLength(1);
  expect(html.indexOf("<style>")).toBeLessThan(html.indexOf('<div id="root">'));
  // The baked charts' hover points are in a file of their own, which only the interaction script reads.
  expect(html).not.toContain("data-kdem-points=");
  expect(
    html.match(/data-kdem-points-src="\/prerender\/annual-exports\.en\.points\.json#(narrow|wide)"/g),
  ).toHaveLength(2);
});

test("the explorer's inline CSS styles its baked page as the whole stylesheet does", async ({ page }) => {
  // The app (and with it the whole stylesheet) loads only when a control is reached for.
  await page.goto("/");
  await expect(page.locator("figure svg[data-kdem-baked]:visible")).toBeVisible();
  // The interaction script (after the first paint) adds the tooltip and live region: compare once they are there.
  await expect(page.locator("figure svg[data-kdem-baked]:visible")).toHaveAttribute("role", "group");
  await expectInlineCssComplete(page, "#root");
});

test("a baked linked view paints its own chart before any of the app's JS has run", async ({ page }) => {
  const blocked: string[] = [];
  await page.route(APP_JS, (route) => {
    blocked.push(route.request().url());
    return route.abort();
  });
  // index.html, as a host that cannot read the query sends it for any address: its pre-paint script fetches the view.
  const fragment = page.waitForRequest("**/prerender/world-share.ko.html");
  await page.goto("/index.html?chart=world-share&lang=ko");
  await fragment;
  const figure = page.locator('figure[data-chart="world-share"]');
  await expect(figure.getByRole("heading", { name: "세계 무기 수출에서 한국의 점유율" })).toBeVisible();
  await expect(figure.locator("svg[data-kdem-baked]").filter({ visible: true })).toHaveCount(1);
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  // The HTML's own view (annual exports, English) never shows in its place.
  await expect(page.locator('figure[data-chart="annual-exports"]')).toHaveCount(0);
  // Reading the view asked for none of the framework's JS.
  await page.waitForLoadState("networkidle");
  expect(blocked.filter(isFramework)).toEqual([]);
});

test("a linked view with a page of its own arrives whole in the one response: nothing fetched before it paints, and it reads without JavaScript", async ({
  page,
  browser,
}) => {
  const fetched: string[] = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto("/?chart=world-share");
  const figure = page.locator('figure[data-chart="world-share"]');
  const chart = figure.locator("svg[data-kdem-baked]").filter({ visible: true });
  await expect(chart).toHaveCount(1);
  await expect(page).toHaveTitle("South Korea's share of world arms exports · K-Defense Export Monitor");
  // Hover answers once the interaction script has read the view's points file (after the paint).
  await expect(chart).toHaveAttribute("role", "group");
  const box = (await chart.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
  await expect(figure.locator("[data-kdem-tip]").filter({ visible: true })).toHaveCount(1);
  expect(fetched.filter((path) => path.startsWith("/prerender/"))).toEqual(["/prerender/world-share.en.points.json"]);

  const withoutJs = await explorerWithoutJs(browser, "/?chart=world-share", "world-share");
  await expect(withoutJs.figure.locator("svg[data-kdem-baked]").filter({ visible: true })).toHaveCount(1);
  await expect(withoutJs.page.locator('figure[data-chart="annual-exports"]')).toHaveCount(0);
  // A shared link's preview (crawlers run no script) names this view, not the explorer's default.
  await expect(withoutJs.page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/\?chart=world-share$/);
  await expect(withoutJs.page.locator('meta[property="og:title"]')).toHaveAttribute(
    "content",
    "K-Defense Export Monitor: South Korea's share of world arms exports",
  );
  await withoutJs.context.close();
});

test("a linked theme is the one pressed in the baked page's controls, before any of the app's JS has run", async ({
  page,
}) => {
  await page.route(APP_JS, (route) => (isFramework(route.request().url()) ? route.abort() : route.continue()));
  await page.goto("/?theme=dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const themes = page.getByRole("group", { name: "Colour theme" });
  await expect(themes.getByRole("button", { name: "Dark" })).toHaveAttribute("aria-pressed", "true");
  await expect(themes.getByRole("button", { name: "Auto" })).toHaveAttribute("aria-pressed", "false");
  await expect(page.locator("svg[data-kdem-baked]").filter({ visible: true })).toHaveCount(1);
});

test("a view that was not baked never shows the HTML's chart as if it were the one linked", async ({ page }) => {
  await page.route(APP_JS, (route) => route.abort());
  await page.goto("/?from=2015");
  await expect(page.locator("#root")).toBeHidden();
});

for (const [name, url, chart, table] of [
  ["/", "/", "annual-exports", "Table"],
  // index.html, as a host that cannot read the query sends it: the pre-paint script fetches the view.
  ["a linked view", "/index.html?chart=world-share&lang=ko", "world-share", "표"],
  ["a view's own page", "/?chart=buyers&lang=ko", "buyers", "표"],
] as const) {
  test(`${name}: the app loads when a control is reached for, and takes over without a layout shift`, async ({
    page,
  }) => {
    const errors = collectErrors(page);
    const appRequests: string[] = [];
    page.on("request", (request) => isFramework(request.url()) && appRequests.push(request.url()));
    const shifts = await watchLayoutShifts(page);
    await page.goto(url);
    const figure = page.locator(`figure[data-chart="${chart}"]`);
    await expect(figure.locator("svg[data-kdem-baked]").filter({ visible: true })).toHaveCount(1);
    // Reading the page loads no framework.
    await page.waitForLoadState("networkidle");
    expect(appRequests).toEqual([]);

    // Focus (not a click, so no layout shift is excused as following input) asks for the app.
    await figure.getByRole("button", { name: table, exact: true }).focus();
    await expect(figure.locator("svg.recharts-surface")).toBeVisible();
    await expect(page.locator("[data-kdem-baked]")).toHaveCount(0);
    await expect(page.locator(".kdem-takeover")).toHaveCount(0);
    await expect(page.getByTestId("article")).toBeVisible();
    await expectWholeStylesheet(page);
    expect(await shifts()).toBe(0);
    // Focus stayed on the control, now the app's, and it works.
    await expect(figure.getByRole("button", { name: table, exact: true })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(figure.locator("table")).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test("a click on the prerendered page is not lost: the app repeats it once it has taken over", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Choose a chart" }).getByRole("button", { name: "World share" }).click();
  await expect(page.locator('figure[data-chart="world-share"] svg.recharts-surface')).toBeVisible();
  await expect(page).toHaveURL(/\?chart=world-share$/);
});

test("while the app waits for the dataset, the prerendered page stays as it was", async ({ page }) => {
  const dataset: string[] = [];
  await page.route("**/data/korea-arms-exports.json", (route) => {
    dataset.push(route.request().url()); // and never answered
  });
  await page.goto("/");
  await page.getByRole("button", { name: "Table", exact: true }).click();
  await expect.poll(() => dataset.length).toBe(1);
  await expect(
    page.locator('figure[data-chart="annual-exports"] svg[data-kdem-baked]').filter({ visible: true }),
  ).toHaveCount(1);
  // The app's loading state stays where it is drawn, out of sight, until the app has the data.
  await expect(page.getByText("Loading the dataset…")).toBeHidden();
});

test("a reader who tabs on while the app loads stays where they are when it takes over", async ({ page }) => {
  const release = await holdDataset(page);
  await page.goto("/");
  const figure = page.locator('figure[data-chart="annual-exports"]');
  // Reaching the Table button starts the app; the reader tabs on to the baked chart before it is ready.
  await figure.getByRole("button", { name: "Table", exact: true }).focus();
  await page.keyboard.press("Tab");
  await expect(figure.locator("svg[data-kdem-baked]").filter({ visible: true })).toBeFocused();
  release();
  await expect(page.locator(".kdem-takeover")).toHaveCount(0);
  await expect(figure.locator("svg[data-kdem-baked]")).toHaveCount(0);
  // Still on the chart (the live one), not sent back to the button that started the app.
  await expect(figure.locator("svg.recharts-surface")).toBeFocused();
});

test("a year dragged or typed into the prerendered range while the app loads is kept when it takes over", async ({
  page,
}) => {
  const release = await holdDataset(page);
  await page.goto("/");
  const figure = page.locator('figure[data-chart="annual-exports"]');
  const slider = figure.getByRole("slider", { name: "First year shown" });
  await expect(slider).toBeEnabled();
  // Reaching for the slider starts the app; the reader moves it before the app can take over.
  await slider.focus();
  for (let i = 0; i < 9; i++) await page.keyboard.press("ArrowRight");
  await expect(slider).toHaveValue("2015");
  await expect(figure.locator("svg[data-kdem-baked]").filter({ visible: true })).toHaveCount(1);
  release();
  await expect(page.locator(".kdem-takeover")).toHaveCount(0);
  await expect(page).toHaveURL(/from=2015/);
  await expect(figure.getByRole("spinbutton", { name: "From" })).toHaveValue("2015");
  await expect(figure.locator("svg.recharts-surface .kdem-bar")).toHaveCount(11);
});

test("the explorer's baked chart answers hover and keys, and the article's figures lead to their point and back, with no framework", async ({
  page,
}) => {
  const framework: string[] = [];
  page.on("request", (request) => isFramework(request.url()) && framework.push(request.url()));
  await page.goto("/");
  const figure = page.locator('figure[data-chart="annual-exports"]');
  const chart = figure.locator("svg[data-kdem-baked]:visible");
  // The interaction script arrives after the first paint, which may come after the load event.
  await expect(chart).toHaveAttribute("role", "group");
  await bakedBars(chart).nth(16).hover();
  await expect(figure.locator("[data-kdem-tip]:visible")).toHaveText(/^2022: \$17\.3 billion/);

  // The key figure "Record, 2022" names the 2022 point of this chart: focus goes there, Escape comes back.
  const record = page.getByRole("region", { name: "Key figures" }).getByRole("button", { name: /Record, 2022/ });
  await record.click();
  await expect(chart).toBeFocused();
  const announced = figure.locator("[data-kdem-announce]").filter({ hasText: /./ });
  await expect(announced).toHaveText(/^2022: \$17\.3 billion\./);
  await page.keyboard.press("ArrowLeft");
  await expect(announced).toHaveText(/^2021: \$7\.25 billion\./);
  await page.keyboard.press("Escape");
  await expect(record).toBeFocused();
  await page.waitForLoadState("networkidle");
  expect(framework).toEqual([]);
});

test("the chart's full source list is a page of its own without JavaScript, and opens in place with it", async ({
  browser,
  page,
}) => {
  // Without JavaScript: the disclosure links to the list's page, which lists every source with its link.
  const { context, page: nojs, figure } = await explorerWithoutJs(browser);
  await figure.getByText(/^and \d+ more sources$/).click();
  const link = figure.getByRole("link", { name: /^All \d+ sources, on a page of their own$/ });
  const count = Number(/\d+/.exec((await link.textContent())!)![0]);
  await link.click();
  await expect(nojs).toHaveURL(/\/sources\/annual-exports\.en\.html$/);
  await expect(nojs.getByRole("heading", { level: 1 })).toHaveText("Sources: South Korea's arms exports by year");
  await expect(nojs.locator("#kdem-sources > li")).toHaveCount(count);
  await expect(nojs.locator("#kdem-sources a[href^='http']")).toHaveCount(count);
  await nojs.getByRole("link", { name: "Back to the chart" }).click();
  await expect(nojs.locator('figure[data-chart="annual-exports"] svg[data-kdem-baked]:visible')).toBeVisible();
  await context.close();

  // The Korean page, as a reader with JavaScript meets it (axe runs as a script).
  await page.goto("/sources/annual-exports.ko.html");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("출처: 연도별 한국 방산 수출");
  await expect(page.locator("#kdem-sources > li")).toHaveCount(count);
  await expectNoSeriousA11yViolations(page);

  // With it, before the app: opening the disclosure shows the list itself, as the app would.
  const appRequests: string[] = [];
  page.on("request", (request) => isFramework(request.url()) && appRequests.push(request.url()));
  await page.goto("/");
  const live = page.locator('figure[data-chart="annual-exports"]');
  await page.waitForLoadState("networkidle");
  await live.getByText(/^and \d+ more sources$/).click();
  const items = live.locator("details[open] li");
  await expect(items).toHaveCount(count);
  await expect(items.first().getByRole("link")).toHaveAttribute("href", /^https?:\/\//);
  expect(appRequests).toEqual([]);
  await expectInlineCssComplete(page, "figure details");
  // The app takes over with the list still open.
  await live.getByRole("button", { name: "Table", exact: true }).focus();
  await expect(live.locator("svg.recharts-surface")).toBeVisible();
  await expect(page.locator(".kdem-takeover")).toHaveCount(0);
  await expect(live.locator("details[open] li")).toHaveCount(count);
});

test("a reader on the link to the sources' page when the app takes over is on the live list's summary", async ({
  page,
}) => {
  // The list's page does not answer, so the link stays in place of the list.
  await page.route("**/sources/**", () => {});
  const release = await holdDataset(page);
  await page.goto("/");
  await page.waitForLoadState("load");
  const figure = page.locator('figure[data-chart="annual-exports"]');
  await figure.getByText(/^and \d+ more sources$/).click();
  const link = figure.getByRole("link", { name: /^All \d+ sources, on a page of their own$/ });
  // Reaching for a control starts the app; the reader then goes to the link while it loads.
  await figure.getByRole("button", { name: "Table", exact: true }).focus();
  await link.focus();
  release();
  await expect(page.locator(".kdem-takeover")).toHaveCount(0);
  await expect(figure.locator("svg.recharts-surface")).toBeVisible();
  await expect(figure.locator("details summary")).toBeFocused();
  await expect(figure.locator("details")).toHaveAttribute("open", "");
});
