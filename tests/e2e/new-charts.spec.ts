/**
 * The three charts issue 10 added, as an analyst and a newsroom meet them: recipients answers "how much
 * goes to Poland" in its table and by window; exporter-race draws Korea against 4th place; contracts and
 * deliveries sit on two titled scales. Each one also works as an embed with JavaScript off.
 */
import { expect, test, type Page } from "@playwright/test";
import { collectErrors, expectNoSeriousA11yViolations, openExplorer, svgLabels } from "./support.ts";

const figure = (page: Page, chart: string) => page.locator(`figure[data-chart="${chart}"]`);
const liveSvg = (page: Page, chart: string) => figure(page, chart).locator("svg.recharts-surface");

test("recipients: the table shows Poland's 2020–24 share, computed and as SIPRI published it; another window changes it", async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openExplorer(page, "/?chart=recipients&view=table");
  const table = figure(page, "recipients").getByRole("table");
  const poland = table.getByRole("row", { name: /Poland/ });
  await expect(poland).toContainText("46.2%");
  await expect(poland).toContainText("46%");
  await expect(figure(page, "recipients").getByRole("heading", { level: 2 })).toHaveText(
    "Who receives South Korea's arms, 2020–24",
  );

  await page.getByLabel("Five-year window").selectOption("2015-2019");
  await expect(page).toHaveURL(/window=2015-2019/);
  await expect(figure(page, "recipients").getByRole("heading", { level: 2 })).toHaveText(
    "Who receives South Korea's arms, 2015–19",
  );
  await expect(table.getByRole("row", { name: /Poland/ })).not.toContainText("46.2%");

  // SIPRI's newest fact sheet, which the database does not cover yet, is shown as published.
  await page.getByLabel("Five-year window").selectOption("2021-2025");
  await expect(table.getByRole("row", { name: /Poland/ })).toContainText("58%");
  await expectNoSeriousA11yViolations(page);
  expect(errors).toEqual([]);
});

test("a window the data lacks is named in a notice and the latest is shown", async ({ page }) => {
  await openExplorer(page, "/?chart=recipients&window=1980-1984");
  await expect(page.getByRole("status").filter({ hasText: "window" })).toContainText("1980-1984");
  await expect(figure(page, "recipients").getByRole("heading", { level: 2 })).toHaveText(
    "Who receives South Korea's arms, 2020–24",
  );
});

test("exporter-race: Korea's line and 4th place's, the goals, and SIPRI's 2021–25 edition apart", async ({ page }) => {
  const errors = collectErrors(page);
  await openExplorer(page, "/?chart=exporter-race&view=table");
  const table = figure(page, "exporter-race").getByRole("table");
  await expect(table.getByRole("row", { name: /^2020–24/ })).toContainText("China 5.9%");
  await expect(table.getByRole("row", { name: /2021–25, SIPRI published/ })).toContainText("≈ 3%");
  const windows = (await table.getByRole("row").count()) - 1; // the header row
  await figure(page, "exporter-race").getByRole("button", { name: "Chart", exact: true }).click();
  const svg = liveSvg(page, "exporter-race");
  // Two computed lines; the published edition as two hollow diamonds, joined to neither.
  await expect(svg.locator(".recharts-line")).toHaveCount(2);
  await expect(svg.locator('rect[transform^="rotate(45"]')).toHaveCount(2);
  await expect
    .poll(() => svgLabels(svg))
    .toEqual(expect.arrayContaining(["South Korea 2.2%", "4th place 5.9%", "2030 goal: 6%", "2027 goal: 5%", "≈ 3%"]));
  // Every window reads out by keyboard, the published edition's (no computed line reaches it) last.
  await figure(page, "exporter-race")
    .getByRole("group", { name: /arrow keys/ })
    .focus();
  for (let i = 1; i < windows; i++) await page.keyboard.press("ArrowRight");
  await expect(figure(page, "exporter-race").locator(".recharts-tooltip-wrapper")).toContainText(/^2021–25 · SIPRI/);
  await expectNoSeriousA11yViolations(page);
  expect(errors).toEqual([]);
});

test("contracts-vs-deliveries: two scales, each titled with its unit; the range follows the link", async ({ page }) => {
  const errors = collectErrors(page);
  await openExplorer(page, "/?chart=contracts-vs-deliveries&from=2020");
  const svg = liveSvg(page, "contracts-vs-deliveries");
  await expect(svg.locator(".recharts-yAxis")).toHaveCount(2);
  await expect
    .poll(() => svgLabels(svg))
    .toEqual(
      expect.arrayContaining([
        "Contracts signed, USD billion (DAPA)",
        "Deliveries, SIPRI TIV millions (computed)",
        "2020",
        "2025",
      ]),
    );
  await expect(svg.locator(".kdem-bar")).toHaveCount(6 + 5);
  // The tooltip reads the year under the pointer in either panel: the bars are drawn from the scales,
  // and a hidden anchor gives Recharts' tooltip its points. Contracts' bars come first (2020–2025).
  const tooltip = figure(page, "contracts-vs-deliveries").locator(".recharts-tooltip-wrapper");
  await svg.locator(".kdem-bar").nth(2).hover();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText("2022");
  await expect(tooltip.locator("p").first()).toHaveText("2022");
  await expect(tooltip).toContainText("Contracts: $17.3 billion (official)");
  await expect(tooltip).toContainText(/Deliveries: [\d.,]+ million TIV/);
  await svg
    .locator(".kdem-bar")
    .nth(6 + 1)
    .hover();
  await expect(tooltip).toContainText("2021");
  await expect(tooltip.locator("p").first()).toHaveText("2021");
  await expectNoSeriousA11yViolations(page);
  expect(errors).toEqual([]);
});

for (const [chart, text] of [
  ["recipients", "Poland"],
  ["exporter-race", "South Korea 2.2%"],
  ["contracts-vs-deliveries", "Contracts signed, USD billion (DAPA)"],
] as const)
  test(`${chart}: the embed shows its chart with JavaScript off`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/embed/${chart}`);
    const svg = page.locator('[data-kdem-article="en"] svg[data-kdem-baked]:visible');
    await expect(svg).toHaveCount(1);
    expect(await svgLabels(svg)).toContain(text);
    await context.close();
  });

test("recipients on a 390 px phone: the window picker wraps under its label and stays inside the figure", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await openExplorer(page, "/?chart=recipients");
  const picker = page.getByLabel("Five-year window");
  // Its longest option ("2021–25, SIPRI published") made it run past the figure's edge.
  await picker.selectOption("2021-2025");
  const [select, chart] = [(await picker.boundingBox())!, (await figure(page, "recipients").boundingBox())!];
  expect(select.x + select.width).toBeLessThanOrEqual(chart.x + chart.width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("recipients with JavaScript off: the window picker shows the window the chart shows", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/?chart=recipients");
  await expect(figure(page, "recipients").getByRole("heading", { level: 2 })).toHaveText(
    "Who receives South Korea's arms, 2020–24",
  );
  // React set the choice as a property the baked markup did not carry: the page showed 2021–25 above a 2020–24 chart.
  await expect(page.getByLabel("Five-year window")).toHaveValue("2020-2024");
  await context.close();
});
