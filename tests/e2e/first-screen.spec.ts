import { expect, test, type Page } from "@playwright/test";
import { collectErrors, expectNoSeriousA11yViolations, svgLabels, openExplorer } from "./support.ts";

const chart = (page: Page) => page.locator('figure[data-chart="annual-exports"]');

test("the annual chart shows the 2022 record, the 2023–24 declines and 2025 from the dataset, with sources", async ({
  page,
}) => {
  const errors = collectErrors(page);
  // Wide enough for every label in full; narrower screens keep the most important (chart-labels.spec.ts).
  await page.setViewportSize({ width: 1440, height: 900 });
  await openExplorer(page, "/");
  const figure = chart(page);
  await expect(figure.getByRole("heading", { name: "South Korea's arms exports by year" })).toBeVisible();
  // One bar per year 2006–2025, drawn as SVG by Recharts.
  await expect(figure.locator("svg .kdem-bar")).toHaveCount(20);
  // Bar labels appear once the entry animation ends.
  await expect
    .poll(() => svgLabels(figure.locator("svg.recharts-surface")))
    .toEqual(expect.arrayContaining(["Record $17.3B", "▼ $13B", "▼ $9.6B", "▲ >$15B", "2030 goal: $20 billion"]));
  const labels = await svgLabels(figure.locator("svg.recharts-surface"));
  // Only the story's years and the run of estimates (one "≈" label, so an estimate never reads as exact)
  // are labelled on the bars; the rest are in tooltip and table.
  expect(labels.filter((l) => l.includes("$") && !l.startsWith("$") && !l.includes("goal")).sort()).toEqual(
    ["≈$3B", "Record $17.3B", "▼ $13B", "▼ $9.6B", "▲ >$15B"].sort(),
  );
  await expect(figure.getByTestId("takeaway")).toHaveText(
    "Exports rebounded to over $15 billion in 2025 (at least +56.3% on 2024) after 2 years of decline from the 2022 record of $17.3 billion. The 2030 goal is $20 billion a year.",
  );
  await expect(figure.getByText(/^Source:/)).toBeVisible();
  // primary sources (government bodies) lead the line, ahead of news and copies
  await expect(figure.getByRole("link", { name: "export.gov" })).toHaveAttribute(
    "href",
    /^https:\/\/www\.export\.gov\//,
  );
  await expect(figure.getByText(/Basis: value of export contracts signed/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  expect(errors).toEqual([]);
});

test("the table view lists every year with disputed values and their sources", async ({ page }) => {
  await openExplorer(page, "/");
  await chart(page).getByRole("button", { name: "Table" }).click();
  await expect(page).toHaveURL(/view=table/);
  const table = chart(page).getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(21);
  const row2023 = table.getByRole("row", { name: /^2023/ });
  await expect(row2023).toContainText("$13 billion");
  await expect(row2023).toContainText("$13.5 billion");
  await expect(row2023).toContainText("$14 billion");
  await expect(table.getByRole("row", { name: /^2019/ })).toContainText("≈ $3 billion");
  await expect(table.getByRole("row", { name: /^2019/ })).toContainText("estimate");
  await expectNoSeriousA11yViolations(page);
  // The view survives a reload: it lives in the URL.
  await page.reload();
  await expect(chart(page).getByRole("table")).toBeVisible();
});

test("Korean: every number and label is localised", async ({ page }) => {
  await openExplorer(page, "/?lang=ko");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(chart(page).getByRole("heading", { name: "연도별 한국 방산 수출" })).toBeVisible();
  await expect(chart(page).locator("svg .kdem-bar")).toHaveCount(20);
  await expect
    .poll(() => svgLabels(chart(page).locator("svg.recharts-surface")))
    .toEqual(expect.arrayContaining(["최고치 173억", "▼ 130억", "▲ 150억+", "2030년 목표: 200억 달러"]));
  await expect(chart(page).getByTestId("takeaway")).toContainText("150억 달러 이상");
  await expectNoSeriousA11yViolations(page);
});

for (const width of [390, 320]) {
  test(`Korean key figures on a ${width} px phone break lines only between words`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await openExplorer(page, "/?lang=ko");
    const figures = page.getByRole("region", { name: "핵심 수치" });
    await expect(figures.getByRole("listitem")).toHaveCount(5);
    // Each word (text between spaces) must sit on one line: a Range over it has one line box.
    const brokenWords = await figures.evaluate((root) => {
      const broken: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(match[0]);
        }
      }
      return broken;
    });
    expect(brokenWords).toEqual([]);
  });
}

test("a failed fetch shows what went wrong and recovers with Try again", async ({ page }) => {
  let fail = true;
  await page.route("**/data/korea-arms-exports.json", (route) =>
    fail ? route.fulfill({ status: 404, body: "not found" }) : route.continue(),
  );
  await openExplorer(page, "/");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("The data could not be loaded");
  await expect(alert).toContainText("not found on the server (404)");
  await expectNoSeriousA11yViolations(page);
  fail = false;
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(chart(page).locator("svg .kdem-bar")).toHaveCount(20);
});

test("dark theme from the URL keeps text readable", async ({ page }) => {
  await openExplorer(page, "/?theme=dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(chart(page).locator("svg .kdem-bar")).toHaveCount(20);
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe("rgb(17, 20, 24)");
  await expectNoSeriousA11yViolations(page);
});
