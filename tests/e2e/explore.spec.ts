/** The explorer as an analyst uses it: charts, ranges, table, links that restore views, article, downloads, sources. */
import { expect, test, type Download, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { collectErrors, expectNoSeriousA11yViolations, svgLabels, openExplorer } from "./support.ts";

// Several steps and axe scans per test, on a machine shared with other builds: allow more than the default.
test.describe.configure({ timeout: 60_000 });

const annual = (page: Page) => page.locator('figure[data-chart="annual-exports"]');
const bars = (page: Page) => annual(page).locator("svg .kdem-bar");

async function read(download: Download): Promise<string> {
  return readFileSync((await download.path())!, "utf8");
}

test("a range set with the keyboard is one step in the history", async ({ page }) => {
  const errors = collectErrors(page);
  await openExplorer(page, "/");
  await expect(bars(page)).toHaveCount(20);
  // Keyboard on the slider: each arrow press moves the first year.
  const fromSlider = page.getByRole("slider", { name: "First year shown" });
  await fromSlider.focus();
  for (let i = 0; i < 9; i++) await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/\?from=2015$/);
  await expect(bars(page)).toHaveCount(11);
  // The nine presses were one change of range: one step back returns to the full range.
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(bars(page)).toHaveCount(20);
  await page.goForward();
  await expect(bars(page)).toHaveCount(11);
  expect(errors).toEqual([]);
});

/** Drags a slider's thumb with the mouse from its current value to `to`, in small steps as a hand does. */
async function dragThumb(page: Page, slider: ReturnType<Page["getByRole"]>, span: [number, number], to: number) {
  await slider.scrollIntoViewIfNeeded();
  const box = (await slider.boundingBox())!;
  // Chromium's range thumb is 16 px wide: its centre runs from 8 px to width − 8 px.
  const x = (year: number) => box.x + 8 + ((year - span[0]) / (span[1] - span[0])) * (box.width - 16);
  const y = box.y + box.height / 2;
  await page.mouse.move(x(Number(await slider.inputValue())), y);
  await page.mouse.down();
  await page.mouse.move(x(to), y, { steps: 12 });
  await page.mouse.up();
}

test("dragging either thumb moves it as far as the pointer goes, in chart and table view", async ({ page }) => {
  await openExplorer(page, "/");
  await expect(bars(page)).toHaveCount(20);
  const fromSlider = page.getByRole("slider", { name: "First year shown" });
  await dragThumb(page, fromSlider, [2006, 2025], 2012);
  await expect(fromSlider).toHaveValue("2012");
  await expect(page).toHaveURL(/\?from=2012$/);
  await expect(bars(page)).toHaveCount(14);
  await page.getByRole("button", { name: "Table" }).click();
  const toSlider = page.getByRole("slider", { name: "Last year shown" });
  await dragThumb(page, toSlider, [2006, 2025], 2019);
  await expect(toSlider).toHaveValue("2019");
  await expect(annual(page).getByRole("table").locator("tbody tr")).toHaveCount(8);
});

test("a typed year out of range or out of order shows why and is not applied", async ({ page }) => {
  await openExplorer(page, "/?from=2015");
  const from = page.getByRole("spinbutton", { name: "From" });
  await from.fill("2030");
  await expect(page.getByText("Enter a year from 2006 to 2025.")).toBeVisible();
  await expect(from).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\?from=2015$/);
  const to = page.getByRole("spinbutton", { name: "To" });
  await to.fill("2010");
  await expect(page.getByText("Enter a year from 2015 to 2025.")).toBeVisible();
  await expect(page).toHaveURL(/\?from=2015$/);
});

test("at 280 px the year controls fit the screen", async ({ page }) => {
  await page.setViewportSize({ width: 280, height: 800 });
  await openExplorer(page, "/");
  await expect(bars(page)).toHaveCount(20);
  const range = page.getByRole("group", { name: "Years" });
  const box = (await range.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(280);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(280);
});

test("the tab title names the chart on screen, in the view's language", async ({ page }) => {
  await openExplorer(page, "/?chart=world-share&lang=ko");
  await expect(page).toHaveTitle("세계 무기 수출에서 한국의 점유율 · K-방산 수출 모니터");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page).toHaveTitle(/· K-Defense Export Monitor$/);
  await page
    .getByRole("navigation", { name: "Choose a chart" })
    .getByRole("button", { name: "Exports by year" })
    .click();
  await expect(page).toHaveTitle("South Korea's arms exports by year · K-Defense Export Monitor");
});

test("typed years, the table view, a reload that restores the view, and back", async ({ page }) => {
  const errors = collectErrors(page);
  await openExplorer(page, "/?from=2015");
  await expect(bars(page)).toHaveCount(11);
  // Typed years, for small screens.
  const to = page.getByRole("spinbutton", { name: "To" });
  await to.fill("2022");
  await expect(page).toHaveURL(/from=2015&to=2022/);
  await annual(page).getByRole("button", { name: "Table" }).click();
  await expect(page).toHaveURL(/from=2015&to=2022&view=table/);
  const rows = annual(page).getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(9);
  await expectNoSeriousA11yViolations(page);

  await page.reload();
  await expect(annual(page).getByRole("table").getByRole("row")).toHaveCount(9);
  await expect(page.getByRole("spinbutton", { name: "From" })).toHaveValue("2015");
  await page.goBack();
  await expect(annual(page).locator("svg .kdem-bar")).toHaveCount(8);
  expect(errors).toEqual([]);
});

test("the sources' ranges grow with the bars when a range change animates them, and stand still with reduced motion", async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openExplorer(page, "/");
  const whiskers = annual(page).locator("svg .kdem-whisker");
  const growing = annual(page).locator("svg .kdem-whisker-grow");
  await expect(whiskers.first()).toBeAttached();
  const disputed = await whiskers.count();
  // Taken over from the page's HTML, which drew them already: nothing grows.
  await expect(growing).toHaveCount(0);

  const from = page.getByRole("spinbutton", { name: "From" });
  await from.fill("2015");
  await expect(page).toHaveURL(/from=2015/);
  // The disputed years are all after 2015: each moves with the new scale and grows from its value.
  await expect(growing).toHaveCount(disputed);
  expect(await growing.first().evaluate((g) => getComputedStyle(g).animationName)).toBe("kdem-grow");
  // The bars of the new range grow from the axis with them.
  const growingBars = annual(page).locator("svg .kdem-bars.kdem-grow");
  await expect(growingBars).toHaveCount(1);
  expect(await growingBars.evaluate((g) => getComputedStyle(g).animationName)).toBe("kdem-grow");

  await page.emulateMedia({ reducedMotion: "reduce" });
  await from.fill("2016");
  await expect(page).toHaveURL(/from=2016/);
  await expect(bars(page)).toHaveCount(10);
  await expect(whiskers.first()).toBeAttached();
  await expect(growing).toHaveCount(0);
  await expect(growingBars).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("line view and a chart picked from the picker are part of the link", async ({ page }) => {
  await openExplorer(page, "/");
  await annual(page).getByRole("button", { name: "Line" }).click();
  await expect(page).toHaveURL(/type=line/);
  await expect(annual(page).locator("svg .recharts-line-curve")).toHaveCount(1);
  await page
    .getByRole("navigation", { name: "Choose a chart" })
    .getByRole("button", { name: "Path to the export goal" })
    .click();
  await expect(page).toHaveURL(/\?chart=target-path$/);
  await page.goBack();
  await expect(page).toHaveURL(/\?type=line$/);
  await expect(annual(page).locator("svg .recharts-line-curve")).toHaveCount(1);
});

test("a figure in the article shows its point in the chart, and the chart's point lights its sentence", async ({
  page,
}) => {
  await openExplorer(page, "/?from=2006&to=2012");
  const article = page.getByTestId("article");
  await article.getByRole("button", { name: "$17.3 billion" }).first().click();
  // The range is widened so the point is visible, and the point is highlighted.
  await expect(page).toHaveURL(/\?focus=2022$/);
  await expect(annual(page).locator('svg .kdem-bar[fill="var(--color-bar-highlight)"]')).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Clear highlight (2022)" })).toBeVisible();
  await expect(article.locator("li[data-active]")).toHaveText(/record \$17\.3 billion/);
  await expectNoSeriousA11yViolations(page);

  // Pointing at the 2025 bar lights the sentence that cites 2025.
  await page.getByRole("button", { name: "Clear highlight (2022)" }).click();
  await expect(article.locator("li[data-active]")).toHaveCount(0);
  await bars(page).last().hover();
  await expect(article.locator("li[data-active]")).toHaveText(/over \$15 billion/);
  await page.mouse.move(0, 0);
  await expect(article.locator("li[data-active]")).toHaveCount(0);

  // The same from the keyboard: arrow keys move through the chart's points.
  await openExplorer(page, "/?from=2023");
  await expect(bars(page)).toHaveCount(3);
  await annual(page).locator("svg.recharts-surface").first().focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(annual(page).locator(".recharts-tooltip-wrapper")).toContainText(/^2025: over \$15 billion/);
  await expect(page.getByTestId("article").locator("li[data-active]")).toHaveText(/over \$15 billion/);
});

test("downloads: CSV of the visible rows, the dataset, and images with title, takeaway and source", async ({
  page,
}) => {
  await openExplorer(page, "/?from=2015");
  await expect(bars(page)).toHaveCount(11);
  const actions = annual(page).getByTestId("chart-actions");

  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    actions.getByRole("button", { name: "Data (CSV)" }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe("annual-exports-2015-2025.csv");
  const lines = (await read(csv))
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
  // One header of fixed names, one row per visible year, plain numbers, nothing under the data.
  expect(lines[0]).toBe(
    "point_id,year,value,unit,qualifier,status,change_pct_computed,change_bound,other_reported_values,sources,basis",
  );
  expect(lines.slice(1).map((l) => l.split(",")[1])).toEqual([
    "2015",
    "2016",
    "2017",
    "2018",
    "2019",
    "2020",
    "2021",
    "2022",
    "2023",
    "2024",
    "2025",
  ]);
  expect(lines[8]).toMatch(
    /^exports-2022,2022,17\.3,usd-bn,exact,official,138\.6,exact,,.*https:\/\/.*,"?Basis: value of export contracts signed/,
  );

  const [datasetCsv] = await Promise.all([
    page.waitForEvent("download"),
    actions.getByRole("button", { name: "Full dataset (CSV)" }).click(),
  ]);
  expect(datasetCsv.suggestedFilename()).toBe("korea-arms-exports.csv");
  const datasetLines = (await read(datasetCsv)).trimEnd().split("\r\n");
  expect(datasetLines[0]).toMatch(/^\uFEFF?point_id,chart,year,/);
  expect(datasetLines.some((l) => l.startsWith("exports-2022,annual-exports,2022,,,17.3,usd-bn"))).toBe(true);

  const [json] = await Promise.all([
    page.waitForEvent("download"),
    actions.getByRole("link", { name: "Full dataset (JSON)" }).click(),
  ]);
  expect(json.suggestedFilename()).toBe("korea-arms-exports.json");
  expect(JSON.parse(await read(json)).annualExports.points).toHaveLength(20);

  const [svg] = await Promise.all([
    page.waitForEvent("download"),
    actions.getByRole("button", { name: "Image (SVG)" }).click(),
  ]);
  expect(svg.suggestedFilename()).toBe("annual-exports-2015-2025.svg");
  const svgText = await read(svg);
  expect(svgText).toContain("South Korea&apos;s arms exports by year".replace("&apos;", "'"));
  expect(svgText).toContain("Exports rebounded to over $15 billion in 2025");
  expect(svgText).toContain("Source: ");
  // Styles are concrete colours, not variables the file could not resolve.
  expect(svgText).not.toContain("var(--");
  // Where it came from travels with it: site, the exact view's address, the day it was made.
  expect(svgText).toContain("Chart: K-Defense Export Monitor");
  expect(svgText).toMatch(/http:\/\/127\.0\.0\.1:\d+\/\?from=2015/);
  // A picture, not a widget: none of the page's interactive attributes, classes or inline styles,
  // and the hatching of estimate years points into the file itself, not at the page's address.
  expect(svgText).not.toMatch(/\s(role|tabindex|class|style|aria-[a-z]+)="/);
  expect(svgText).not.toMatch(/url\(["']?http/);
  expect(svgText).toMatch(/fill="url\(#[^)]+\)"/);
  expect(svgText.length).toBeLessThan(40_000);
  expect(svgText.match(/<path/g)?.length).toBeGreaterThanOrEqual(11);

  const [png] = await Promise.all([
    page.waitForEvent("download"),
    actions.getByRole("button", { name: "Image (PNG)" }).click(),
  ]);
  expect(png.suggestedFilename()).toBe("annual-exports-2015-2025.png");
  const bytes = readFileSync((await png.path())!);
  expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
  expect(bytes.length).toBeGreaterThan(10_000);
});

test("sources and methods list every source, the measurement notes and the disputed values", async ({ page }) => {
  await openExplorer(page, "/");
  await annual(page).getByRole("button", { name: "Sources and methods" }).click();
  const dialog = page.getByRole("dialog", { name: /Sources and methods/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("heading", { name: /Sources behind this view \(\d+\)/ })).toBeVisible();
  await expect(dialog).toContainText("What the annual export figures measure");
  await expect(dialog).toContainText("2023: $13 billion / $13.5 billion / $14 billion");
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(annual(page).getByRole("button", { name: "Sources and methods" })).toBeFocused();
  // The disclosure of further sources under the chart is a target a finger can hit (WCAG 2.5.8: 24 px).
  const more = annual(page).locator("summary", { hasText: /and \d+ more sources/ });
  expect((await more.boundingBox())!.height).toBeGreaterThanOrEqual(24);
});

test("bad link parameters: the nearest valid view and a notice naming each", async ({ page }) => {
  const errors = collectErrors(page);
  await openExplorer(page, "/?chart=pie&from=abc&to=2099&type=area&lang=xx&theme=neon&view=map");
  await expect(bars(page)).toHaveCount(20);
  const notice = page.getByTestId("notice");
  for (const text of [
    "“chart=pie” is not a known value",
    "“from=abc” is not a year",
    "“to=2099” is outside the years",
    "“type=area”",
    "“lang=xx”",
    "“theme=neon”",
    "“view=map”",
  ])
    await expect(notice).toContainText(text);
  await expect(page).toHaveURL(/\/$/);
  await expectNoSeriousA11yViolations(page);
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toBeHidden();

  await openExplorer(page, "/?from=2020&to=2010");
  await expect(page.getByTestId("notice")).toContainText("“from” came after “to”, so the two were swapped");
  await expect(page).toHaveURL(/\?from=2010&to=2020$/);
  expect(errors).toEqual([]);
});

test("a chart that fails to draw shows a message in its place; the rest of the page works", async ({ page }) => {
  await page.route("**/assets/AnnualExportsChart-*.js", (route) => route.abort());
  await openExplorer(page, "/");
  const alert = page.locator("[data-chart-error]");
  // The chart's code did not download: the message says so and how to recover (issue 12 item 9).
  await expect(alert).toContainText("could not be downloaded");
  await expect(page.getByRole("region", { name: "Key figures" })).toBeVisible();
  await page.getByRole("button", { name: "한국어" }).click();
  await expect(page.getByTestId("article")).toContainText("기사 요약");
  await expectNoSeriousA11yViolations(page);
});

test("keyboard only: skip link, picker, view switch, theme and language", async ({ page }) => {
  // As a keyboard reader meets the page: the baked view; the app comes when Tab reaches a control.
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to the chart" })).toBeFocused();
  // Tab through to the dark theme button and press it.
  const dark = page.getByRole("button", { name: "Dark" });
  for (let i = 0; i < 10 && !(await dark.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(dark).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(bars(page)).toHaveCount(20);
  const table = annual(page).getByRole("button", { name: "Table" });
  await table.focus();
  await page.keyboard.press("Space");
  await expect(annual(page).getByRole("table")).toBeVisible();
  // The chart's points are reachable by keyboard (Recharts accessibility layer) and announce their values.
  await annual(page).getByRole("button", { name: "Chart" }).press("Enter");
  await annual(page).locator("svg.recharts-surface").first().focus();
  const tooltip = annual(page).locator(".recharts-tooltip-wrapper");
  await page.keyboard.press("ArrowRight");
  await expect(tooltip).toContainText(/^2007: \$0\.845 billion/);
  await page.keyboard.press("ArrowRight");
  await expect(tooltip).toContainText(/^2008: \$1\.03 billion/);
  await expect(page.getByTestId("article")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

for (const [name, url] of [
  ["Korean, dark", "/?lang=ko&theme=dark"],
  ["English, dark, table", "/?theme=dark&view=table"],
  ["Korean, light, table", "/?lang=ko&theme=light&view=table&focus=2023"],
] as const) {
  test(`axe finds nothing serious: ${name}`, async ({ page }) => {
    await openExplorer(page, url);
    await expect(annual(page)).toBeVisible();
    await expect(page.getByTestId("article")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}

test("Korean: controls, key figures and article in Korean", async ({ page }) => {
  await openExplorer(page, "/?lang=ko");
  await expect(page.getByRole("region", { name: "핵심 수치" })).toContainText("150억 달러 이상");
  await expect(page.getByRole("navigation", { name: "차트 선택" })).toContainText("연도별 수출");
  await expect(page.getByTestId("article")).toContainText("2026년 1월");
  await expect(page.getByTestId("article")).toContainText("“일생일대의 기회”");
  await expect
    .poll(() => svgLabels(annual(page).locator("svg.recharts-surface")))
    .toEqual(expect.arrayContaining(["최고치 173억"]));
});

test.describe("phone width", () => {
  test.use({ viewport: { width: 360, height: 780 } });
  test("no horizontal scrolling; the article follows the chart; a figure scrolls back to its chart", async ({
    page,
  }) => {
    await openExplorer(page, "/?lang=ko&theme=dark");
    await expect(bars(page)).toHaveCount(20);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const chartBox = (await annual(page).boundingBox())!;
    const articleBox = (await page.getByTestId("article").boundingBox())!;
    expect(articleBox.y).toBeGreaterThan(chartBox.y + chartBox.height);
    await page.getByTestId("article").getByRole("button", { name: "173억 달러" }).first().click();
    await expect(page).toHaveURL(/focus=2022/);
    await expect.poll(async () => (await annual(page).boundingBox())!.y).toBeLessThan(780);
    await annual(page).getByRole("button", { name: "표" }).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoSeriousA11yViolations(page);
  });
});

for (const [id, button] of [
  ["target-path", "Path to the export goal"],
  ["world-share", "World share"],
  ["top-exporters", "Top exporters"],
  ["buyers", "Buyers and deals"],
] as const) {
  test(`the ${id} chart from the picker: drawn, its table, its sources, in both themes`, async ({ page }) => {
    const errors = collectErrors(page);
    await openExplorer(page, "/?theme=dark");
    await page.getByRole("navigation", { name: "Choose a chart" }).getByRole("button", { name: button }).click();
    await expect(page).toHaveURL(new RegExp(`\\?chart=${id}&theme=dark$`));
    const figure = page.locator(`figure[data-chart="${id}"]`);
    await expect(figure.locator("svg.recharts-surface").first()).toBeVisible();
    await expect(figure.getByTestId("takeaway")).not.toBeEmpty();
    await expect(figure.getByText(/^Source:/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await figure.getByRole("button", { name: "Table" }).click();
    await expect(figure.getByRole("table").getByRole("row").nth(1)).toBeVisible();
    await page.getByRole("button", { name: "Light" }).click();
    await expectNoSeriousA11yViolations(page);
    await figure.getByRole("button", { name: "Sources and methods" }).click();
    await expect(page.getByRole("dialog")).toContainText(/Sources behind this view \(\d+\)/);
    await page.keyboard.press("Escape");
    expect(errors).toEqual([]);
  });
}

test("a figure that lives in another chart opens that chart", async ({ page }) => {
  await openExplorer(page, "/");
  await page.getByTestId("article").getByRole("button", { name: "4th" }).click();
  await expect(page).toHaveURL(/\?chart=top-exporters$/);
  await expect(page.locator('figure[data-chart="top-exporters"]')).toBeVisible();
  await page
    .getByRole("region", { name: "Key figures" })
    .getByRole("button", { name: /Record, 2022/ })
    .click();
  await expect(page).toHaveURL(/\?focus=2022$/);
});

test("the chart follows its box as the window narrows and widens: never wider than the page", async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openExplorer(page, "/");
  await expect(bars(page)).toHaveCount(20);
  const svg = annual(page).locator("svg.recharts-surface");
  // The live chart's width and its box's (PlotArea: box > zero-width div > Recharts' wrapper > svg).
  const widths = () =>
    svg.evaluate((s) => ({
      svg: Number(s.getAttribute("width")),
      box: s.closest(".recharts-wrapper")!.parentElement!.parentElement!.clientWidth,
      pageScrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    }));
  const wide = await widths();
  expect(wide.svg).toBe(wide.box);
  const drawn = [wide.svg];
  for (const width of [390, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    // Until the chart has followed its new box: the svg at the box's width, not the one it had.
    await expect
      .poll(async () => {
        const now = await widths();
        return now.svg === now.box && now.svg !== drawn.at(-1);
      })
      .toBe(true);
    const now = await widths();
    expect(now.svg, `at ${width} px`).toBeLessThan(width);
    expect(now.svg, `at ${width} px`).toBe(now.box);
    expect(now.pageScrolls, `at ${width} px`).toBe(false);
    drawn.push(now.svg);
  }
  // Narrower at 390 px than at 1440, and wider again at 1024.
  expect(drawn[1]!).toBeLessThan(drawn[0]!);
  expect(drawn[2]!).toBeGreaterThan(drawn[1]!);
  await expect(bars(page)).toHaveCount(20);
  expect(errors).toEqual([]);
});
