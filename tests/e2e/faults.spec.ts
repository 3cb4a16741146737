/**
 * Faults and hostile input as readers met them (issue 12, items 9–11): chunks that fail to download,
 * `?data=` links, a server that never answers, oversized and odd addresses.
 */
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test, type Page, type Route } from "@playwright/test";
import { SYNTHETIC_FILE, syntheticDataset } from "../../scripts/gen-synthetic-dataset.ts";
import { collectErrors, openExplorer } from "./support.ts";

const CHUNKS = /\/assets\/[^/]+\.js$/;
const abort = (route: Route) => route.abort("internetdisconnected");
const drawn = (page: Page, chart: string) => page.locator(`figure[data-chart="${chart}"] svg.recharts-surface`);
/** The chart as a reader sees it: drawn by the app, or baked into the page a reload brought. */
const shown = (page: Page, chart: string) =>
  page
    .locator(`figure[data-chart="${chart}"]`)
    .locator("svg.recharts-surface, svg[data-kdem-baked]")
    .filter({ visible: true });

test.describe("a chunk that fails to download", () => {
  test("leaves the working chart, says so, and Try again recovers once the network is back", async ({ page }) => {
    await openExplorer(page, "/");
    await expect(drawn(page, "annual-exports")).toBeVisible();
    await page.route(CHUNKS, abort);

    await page.getByRole("button", { name: "Sources and methods" }).click();
    const notDownloaded = page.getByRole("alert").filter({ hasText: "could not be downloaded" });
    await expect(notDownloaded).toHaveCount(1);
    await page.getByRole("button", { name: "Embed", exact: true }).click();
    await expect(notDownloaded).toHaveCount(2);
    // The dialogs failed on their own: the chart is still there, not "could not be drawn".
    await expect(drawn(page, "annual-exports")).toBeVisible();
    await expect(page.getByText("This chart could not be drawn")).toHaveCount(0);

    await page.getByRole("navigation", { name: "Choose a chart" }).getByRole("button", { name: "World share" }).click();
    const chartError = page.locator('[data-chart-error="world-share"]');
    await expect(chartError).toContainText("could not be downloaded");
    await expect(chartError).not.toContainText("Failed to fetch");

    await page.unroute(CHUNKS, abort);
    await chartError.getByRole("button", { name: "Try again" }).click();
    // Try again reloads the page (the server answers), which now shows the chart linked, baked.
    await expect(shown(page, "world-share")).toHaveCount(1);
    await expect(page).toHaveURL(/\?chart=world-share$/);
    await page.getByRole("button", { name: "Sources and methods" }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
  });

  test("offers a reload when a new version was deployed and the old chunks are gone", async ({ page }) => {
    await openExplorer(page, "/");
    await expect(drawn(page, "annual-exports")).toBeVisible();
    const html = await (await page.request.get("/")).text();
    const deployed = (route: Route) =>
      route.fulfill({
        contentType: "text/html",
        body: html.replace(/\/assets\/main-[\w-]+\.js/, "/assets/main-NEW.js"),
      });
    await page.route((url) => url.pathname === "/", deployed);
    await page.route(CHUNKS, (route) => route.fulfill({ status: 404, body: "gone" }));

    await page.getByRole("button", { name: "Sources and methods" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "A new version of this site has been published" });
    await expect(alert).toBeVisible();
    await expect(drawn(page, "annual-exports")).toBeVisible();

    await page.unrouteAll();
    await alert.getByRole("button", { name: "Reload the page" }).click();
    await expect(shown(page, "annual-exports")).toHaveCount(1);
    await expect(page.getByRole("alert")).toHaveCount(0);
  });
});

test.describe("?data=", () => {
  test("an unknown file is ignored with a notice and the real data loads", async ({ page }) => {
    const errors = collectErrors(page);
    await openExplorer(page, "/?data=/data/nope.json");
    await expect(page.getByTestId("notice")).toContainText("“data=/data/nope.json” is not one of this site's datasets");
    await expect(drawn(page, "annual-exports")).toBeVisible();
    await expect(page.getByTestId("alternative-dataset")).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test("the deck ignores an unknown file the same way", async ({ page }) => {
    await page.goto("/present?data=/data/nope.json");
    await expect(page.getByRole("status").filter({ hasText: "Ignored data=/data/nope.json" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    await expect(page.getByText("could not be loaded")).toHaveCount(0);
  });

  test("an alternative dataset on the list is named on screen and kept in the URL", async ({ page }) => {
    // Served by the test: the build never publishes it (see the next test).
    await page.route(
      (url) => url.pathname === `/data/${SYNTHETIC_FILE}`,
      (route) => route.fulfill({ json: syntheticDataset() }),
    );
    await openExplorer(page, `/?data=/data/${SYNTHETIC_FILE}`);
    await expect(page.getByTestId("alternative-dataset")).toHaveText(
      `Alternative dataset: /data/${SYNTHETIC_FILE}. These are not the published figures.`,
    );
    await page.getByRole("navigation", { name: "Choose a chart" }).getByRole("button", { name: "World share" }).click();
    await expect(page).toHaveURL(
      new RegExp(`\\?chart=world-share&data=/data/${SYNTHETIC_FILE.replace(/\./g, "\\.")}$`),
    );
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/\\?data=/data/${SYNTHETIC_FILE.replace(/\./g, "\\.")}$`));
  });

  test("the build publishes the shipped dataset only: nothing the benchmark writes is deployed", async ({
    request,
  }) => {
    expect(readdirSync(resolve(import.meta.dirname, "../../dist/data"))).toEqual(["korea-arms-exports.json"]);
    const response = await request.get(`/data/${SYNTHETIC_FILE}`);
    expect(response.headers()["content-type"]).not.toContain("json");
  });
});

test.describe("a dataset file that is wrong (the page draws while a worker validates it)", () => {
  const serve = (page: Page, edit: (data: Record<string, any>) => void) =>
    page.route("**/data/korea-arms-exports.json", async (route) => {
      const data = await (await route.fetch()).json();
      edit(data);
      await route.fulfill({ json: data });
    });

  test("a file that breaks the schema gives way to its problems, listed with their paths", async ({ page }) => {
    const workers: string[] = [];
    page.on("worker", (worker) => workers.push(new URL(worker.url()).pathname));
    await serve(page, (data) => delete data.sources[0].url);
    await page.goto("/?chart=world-share&from=2015");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("The dataset file does not match the expected format (1 problem)");
    await alert.getByText("Technical details").click();
    await expect(alert).toContainText("$.sources[0].url: missing (expected string)");
    await expect(drawn(page, "world-share")).toHaveCount(0);
    expect(workers).toEqual([expect.stringMatching(/check\.worker/)]);
  });

  test("a Try again that cannot reach the server says so, not the old file's problems", async ({ page }) => {
    let reachable = true;
    await page.route("**/data/korea-arms-exports.json", async (route) => {
      if (!reachable) return route.abort("internetdisconnected");
      const data = await (await route.fetch()).json();
      delete data.sources[0].url;
      await route.fulfill({ json: data });
    });
    await page.goto("/?chart=world-share&from=2015");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("does not match the expected format");
    reachable = false;
    await alert.getByRole("button", { name: "Try again" }).click();
    await expect(alert).toContainText("The network request failed");
    await expect(alert).not.toContainText("does not match the expected format");
  });

  test("a file too broken to draw from shows its problems, not a blank page", async ({ page }) => {
    await serve(page, (data) => delete data.annualExports);
    // The worker's script is held back, so the page certainly tries to draw before the check ends.
    let releaseWorker = () => {};
    const workerHeld = new Promise<void>((resolve) => (releaseWorker = resolve));
    await page.route(/\/assets\/check\.worker-[\w-]+\.js$/, async (route) => {
      await workerHeld;
      await route.continue();
    });
    await page.goto("/?chart=world-share&from=2015");
    await expect(page.getByRole("status").filter({ hasText: "Checking the dataset…" })).toBeVisible();
    releaseWorker();
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("The dataset file does not match the expected format");
    await alert.getByText("Technical details").click();
    await expect(alert).toContainText("$.annualExports: missing (expected object)");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("K-Defense Export Monitor");
  });
});

test.describe("smaller faults", () => {
  test("a server that never answers is reported after one timeout, with a Try again that works", async ({ page }) => {
    await page.clock.install();
    let answer = false;
    await page.route("**/data/korea-arms-exports.json", (route) => (answer ? route.fallback() : undefined));
    // A view the build did not bake, so the app's own loading state is what the reader sees.
    await openExplorer(page, "/?from=2010");
    await expect(page.getByText("Loading the dataset…")).toBeVisible();
    // 15 s of silence, then the reader is told (not after three tries and ≈49 s).
    await page.clock.runFor(15_500);
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("The server did not answer in time");
    answer = true;
    await alert.getByRole("button", { name: "Try again" }).click();
    await page.clock.runFor(2_000);
    await expect(page.locator('figure[data-chart="annual-exports"]')).toBeVisible();
  });

  test("a 10,000-character parameter is cut in the notice and does not widen the page", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await openExplorer(page, `/?chart=${"x".repeat(10_000)}`);
    const notice = page.getByTestId("notice");
    await expect(notice).toContainText("“chart=xxxx");
    expect((await notice.textContent())!.length).toBeLessThan(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  for (const [name, path] of [
    ["explorer", "//evil.example/?from=abc"],
    // A deck address whose path, read as a relative URL, names the host "present".
    ["deck", "//present/?slide=abc"],
  ] as const) {
    test(`a ${name} address starting with // stays on this site and shows the page`, async ({ page, baseURL }) => {
      const errors = collectErrors(page);
      const origin = new URL(baseURL!).origin;
      await openExplorer(page, `${origin}${path}`);
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      await expect(page.getByText(/“from=abc” is not a year|“abc” is not a slide number/)).toBeVisible();
      expect(new URL(page.url()).origin).toBe(origin);
      expect(errors).toEqual([]);
    });
  }
});
