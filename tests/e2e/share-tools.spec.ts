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
  await expect(page.getByTestId("slide-counter")).toHaveText("5 / 9");
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

test.describe("Copy link", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("puts the exact view URL (the address bar's) on the clipboard and announces it", async ({ page }) => {
    const errors = collectErrors(page);
    await openExplorer(page, "/?from=2012&to=2020&lang=en");
    // Change the view after load, so the link must follow the address bar rather than the first URL.
    await page.getByRole("button", { name: "Line", exact: true }).click();
    await expect(page).toHaveURL(/type=line/);
    await expect(page.getByTestId("share-status")).toHaveText("");
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByTestId("share-status")).toHaveText("Link copied");
    await expect(page.getByTestId("share-status")).toHaveAttribute("role", "status");
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(page.url());
    expect(clipboard).toMatch(/from=2012/);
    expect(clipboard).toMatch(/type=line/);
    expect(errors).toEqual([]);
  });
});

test("Copy link, clipboard refused: the link is shown selected in a text field", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) },
    });
  });
  await openExplorer(page, "/?chart=top-exporters&lang=ko");
  await page.getByRole("button", { name: "링크 복사" }).click();
  await expect(page.getByTestId("share-status")).toContainText("복사가 허용되지 않았습니다");
  const field = page.getByRole("textbox", { name: "현재 화면 링크" });
  await expect(field).toHaveValue(page.url());
  await expect(field).toBeFocused();
  const selected = await field.evaluate((el: HTMLInputElement) =>
    el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0),
  );
  expect(selected).toBe(page.url());
});

test("the explorer's HTML carries link-preview tags with absolute URLs (crawlers run no JavaScript)", async ({
  request,
}) => {
  const html = await (await request.get("/")).text();
  const meta = (key: string) =>
    new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1] ?? null;
  const url = meta("og:url");
  expect(url).toMatch(/^https?:\/\/[^/]+.*\/$/);
  expect(meta("og:title")).toBe("K-Defense Export Monitor");
  expect(meta("og:description")).toBe(/<meta\s+name="description"\s+content="([^"]*)"/.exec(html)?.[1]);
  expect(meta("twitter:card")).toMatch(/^summary(_large_image)?$/);
  const image = meta("og:image");
  // The build draws cards only with Chromium at hand; where it did, the image is absolute on the same site.
  if (meta("twitter:card") === "summary_large_image") {
    expect(image).toBe(`${url}static/annual-exports.png`);
    expect((await request.get(new URL(image!).pathname)).headers()["content-type"]).toContain("image/png");
  }
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
