/** The chart as a keyboard and screen-reader user meets it: one named stop, values read out, nothing unnamed. */
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support.ts";

const annual = (page: Page) => page.locator('figure[data-chart="annual-exports"]');

/** Describes the focused element: its role and accessible name as the test can read them, and whether it is on screen. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement!;
    const r = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute("role"),
      name: el.getAttribute("aria-label") ?? "",
      onScreen: r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= innerWidth,
    };
  });
}

for (const [lang, url, title, instructions] of [
  ["en", "/", "South Korea's arms exports by year", /arrow keys/],
  ["ko", "/?lang=ko", "연도별 한국 방산 수출", /화살표 키/],
] as const) {
  test(`${lang}: the chart is one named Tab stop between the view switch and the year controls`, async ({ page }) => {
    await page.goto(url);
    const chart = annual(page).getByRole("group", { name: title });
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAccessibleName(instructions);
    // No part of the chart presents itself as an application (screen readers stop reading there).
    await expect(annual(page).locator('[role="application"]')).toHaveCount(0);
    // The figure's own name and description come from the title and the generated text alternative.
    await expect(annual(page)).toHaveAccessibleName(title);
    await expect(annual(page)).toHaveAccessibleDescription(/\d/);

    // From the last control above the chart, Tab reaches the chart once, then the first year slider.
    await annual(page)
      .getByRole("button", { name: lang === "en" ? "Table" : "표" })
      .focus();
    const stops = [];
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press("Tab");
      const now = await focused(page);
      if (now.tag === "input") break;
      stops.push(now);
    }
    expect(stops).toEqual([{ tag: "svg", role: "group", name: expect.stringMatching(title), onScreen: true }]);
    await expect(page.getByRole("slider").first()).toBeFocused();
  });
}

test("arrowing through the chart reads each point's value out through a polite live region", async ({ page }) => {
  await page.goto("/?from=2021");
  const chart = annual(page).getByRole("group", { name: /^South Korea's arms exports by year/ });
  const live = annual(page).getByTestId("chart-live");
  await expect(live).toHaveAttribute("aria-live", "polite");
  await expect(live).toHaveText("");
  // Focus shows the first point (Recharts' keyboard layer), and says so.
  await chart.focus();
  await expect(live).toHaveText(/^2021: \$7\.2\d* billion\. /);
  await page.keyboard.press("ArrowRight");
  // The record year, with its status and sources, as the tooltip shows it.
  await expect(live).toHaveText(/^2022: \$17\.3 billion\. .*·/);
  await expect(annual(page).locator(".recharts-tooltip-wrapper")).toContainText(/^2022: \$17\.3 billion/);
  await page.keyboard.press("ArrowLeft");
  await expect(live).toHaveText(/^2021: /);
  await expectNoSeriousA11yViolations(page);
});
