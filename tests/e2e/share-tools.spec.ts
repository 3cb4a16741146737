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

test("Copy link puts the exact view's address on the clipboard and says so; without the clipboard it shows the link to copy", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await openExplorer(page, "/?chart=recipients&window=2015-2019&lang=ko");
  await page.getByRole("button", { name: "링크 복사" }).click();
  await expect(page.getByRole("status").filter({ hasText: "이 보기의 링크를 복사했습니다" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(new URL(copied).search).toBe("?chart=recipients&window=2015-2019&lang=ko");

  // A browser that refuses the clipboard: the link appears, selected, to copy by hand.
  await page.evaluate(() => {
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: () => Promise.reject(new Error("denied")) },
    });
  });
  await page.getByRole("button", { name: "링크 복사" }).click();
  const field = page.getByLabel("이 링크를 복사하세요:");
  await expect(field).toHaveValue(page.url());
  await expectNoSeriousA11yViolations(page);
});

test("the explorer's HTML carries link-preview tags for the default view, as the embeds do", async ({ request }) => {
  const html = await (await request.get("/")).text();
  expect(html).toContain(
    `<meta property="og:title" content="K-Defense Export Monitor: South Korea's arms exports by year" />`,
  );
  expect(html).toMatch(/<meta property="og:description" content="Exports rebounded to over \$15 billion in 2025/);
  // Absolute (crawlers run no JavaScript): SITE_URL's origin, or the local preview's for a local build.
  const site = /<meta property="og:url" content="(https?:\/\/[^"]+)\/" \/>/.exec(html)?.[1];
  expect(site, "og:url is absolute").toBeTruthy();
  for (const [, url] of html.matchAll(/<meta property="og:image" content="([^"]+)"/g))
    expect(url).toMatch(/^https?:\/\//);
  expect(html).toMatch(/<meta name="twitter:card" content="summary(_large_image)?" \/>/);
  expect(html).toContain(`<link rel="canonical" href="${site}/" />`);
});

test("the Embed dialog's static SVG link is the chosen view's picture, in its language, or is not offered", async ({
  page,
  request,
}) => {
  await openExplorer(page, "/?chart=world-share");
  await page.getByRole("button", { name: "Embed", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Embed this chart" });
  const svgLink = dialog.getByRole("link", { name: "Static image (SVG)" });
  await expect(svgLink).toHaveAttribute("href", /\/static\/world-share\.svg$/);
  await dialog.getByLabel("Language").selectOption("ko");
  await expect(svgLink).toHaveAttribute("href", /\/static\/world-share\.ko\.svg$/);
  const korean = await request.get(new URL((await svgLink.getAttribute("href"))!).pathname);
  expect(korean.ok()).toBe(true);
  expect(await korean.text()).toMatch(/<title>[^<]*[가-힣][^<]*<\/title>/);
  await page.keyboard.press("Escape");

  // A narrower range has no published picture: no link to the full range, a pointer to the download instead.
  await openExplorer(page, "/?chart=world-share&from=2015");
  await page.getByRole("button", { name: "Embed", exact: true }).click();
  await expect(dialog.getByTestId("svg-default-only")).toContainText("Image (SVG)");
  await expect(dialog.getByRole("link", { name: "Static image (SVG)" })).toHaveCount(0);
});
