/** The explorer's Embed and Present tools, wired in src/app across two features. */
import { expect, test } from "@playwright/test";
import { collectErrors, expectNoSeriousA11yViolations, openExplorer } from "./support.ts";

test("Present opens the deck at the slide of the chart being viewed, with the same range and language", async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openExplorer(page, "/?chart=world-share&from=2015&lang=ko");
  await expect(page.locator('figure[data-chart="world-share"]')).toBeVisible();
  const present = page.getByRole("link", { name: "발표" });
  await expect(present).toHaveAttribute("href", /^\/present/);
  await present.click();
  await expect(page).toHaveURL(/\/present\/?\?.*slide=5/);
  await expect(page).toHaveURL(/from=2015/);
  await expect(page).toHaveURL(/lang=ko/);
  await expect(page.getByTestId("slide-counter")).toHaveText("5 / 12");
  await expect(page.locator("[data-current] h2, [data-current] p").first()).toBeVisible();
  expect(errors).toEqual([]);
});

test("Embed opens a dialog with the code for the current chart and view", async ({ page }) => {
  await openExplorer(page, "/?chart=top-exporters&theme=dark");
  await expect(page.locator('figure[data-chart="top-exporters"]')).toBeVisible();
  await page.getByRole("button", { name: "Embed", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Embed this chart" });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator("textarea, code, pre").first()).toContainText("/embed/top-exporters");
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Embed", exact: true })).toBeFocused();
});
