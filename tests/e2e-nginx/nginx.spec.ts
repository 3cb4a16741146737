/**
 * The shipped server configuration (deploy/nginx.conf on Debian's nginx) serving dist/: every page
 * carries the security headers, embeds and only embeds can be framed by another site, hashed
 * assets are cached for good and pages revalidated, and the explorer, deck and embeds run under the
 * Content-Security-Policy without a single violation.
 */
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";

/** Records CSP violations and console errors from the first script on. */
async function watch(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`csp: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  return async () => [...errors, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

const PAGES = [
  { path: "/", frameable: false },
  { path: "/?chart=buyers&lang=ko", frameable: false },
  // index.html for any address, as a host that cannot read the query sends it (its pre-paint script fetches the view).
  { path: "/index.html?chart=buyers&lang=ko", frameable: false },
  { path: "/present", frameable: false },
  { path: "/present/?slide=3", frameable: false },
  { path: "/embed/annual-exports", frameable: true },
  { path: "/embed/world-share/", frameable: true },
  // The Korean page itself, served for lang=ko (one language per embed page).
  { path: "/embed/annual-exports?lang=ko&theme=dark", frameable: true },
  { path: "/embed/world-share/?lang=ko", frameable: true },
  { path: "/embed-demo.html", frameable: false },
  { path: "/sources/annual-exports.ko.html", frameable: false },
];

test("every page carries the security headers, and embeds alone may be framed by any site", async ({ request }) => {
  for (const { path, frameable } of PAGES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const h = response.headers();
    expect(h["content-type"], path).toBe("text/html; charset=utf-8");
    expect(h["content-security-policy"], path).toContain("default-src 'self'; script-src 'self'");
    expect(h["content-security-policy"], path).toContain(frameable ? "frame-ancestors *" : "frame-ancestors 'none'");
    expect(h["x-frame-options"], path).toBe(frameable ? undefined : "DENY");
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["cache-control"], path).toBe("no-cache");
    // A page's inline stylesheet (the explorer's and the embeds') is allowed by its hash, and only it.
    const html = await response.text();
    if (path.startsWith("/embed/"))
      expect(html, path).toContain(`<html lang="${path.includes("lang=ko") ? "ko" : "en"}">`);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1];
    if (path.startsWith("/embed/") || path.startsWith("/?") || path === "/") expect(style, path).toBeDefined();
    if (style !== undefined) {
      const source = `'sha256-${createHash("sha256").update(style).digest("base64")}'`;
      expect(/style-src ([^;]*)/.exec(h["content-security-policy"]!)?.[1], path).toContain(source);
    }
  }
  // The build's includes for nginx are not part of the site.
  for (const path of ["/csp-styles.conf", "/explorer-views.conf"])
    expect((await request.get(path)).status(), path).toBe(404);
});

test("an explorer address gets the page of the view it names where the build wrote one, else index.html", async ({
  request,
}) => {
  const served = async (path: string) => {
    const html = await (await request.get(path)).text();
    return /<meta name="kdem-own" content="([\w.-]+)/.exec(html)?.[1];
  };
  expect(await served("/")).toBe("annual-exports.en");
  expect(await served("/?chart=world-share")).toBe("world-share.en");
  expect(await served("/?chart=buyers&lang=ko")).toBe("buyers.ko");
  expect(await served("/?lang=ko&theme=dark")).toBe("annual-exports.ko");
  expect(await served("/?chart=buyers&from=2015")).toBe("buyers.en");
  expect(await served("/?chart=nope")).toBe("annual-exports.en");
  // nginx compares map keys ignoring case; the app reads a mis-cased chart as none.
  expect(await served("/?chart=World-Share")).toBe("annual-exports.en");
  expect(await served("/index.html?chart=world-share")).toBe("annual-exports.en");
  // The view pages have no address of their own.
  expect((await request.get("/views/world-share.en.html")).status()).toBe(404);
  expect((await request.get("/views/world-share.en")).status()).toBe(404);
});

test("hashed assets are cached for good, linked names for an hour, the dataset and a missing file revalidated", async ({
  request,
}) => {
  const asset = readdirSync("dist/assets").find((f) => f.endsWith(".js"))!;
  const hashed = await request.get(`/assets/${asset}`);
  expect(hashed.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(hashed.headers()["content-type"]).toBe("application/javascript; charset=utf-8");
  const data = await request.get("/data/korea-arms-exports.json");
  expect(data.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect(data.headers()["cache-control"]).toBe("no-cache");
  for (const path of ["/embed.js", "/static/annual-exports.svg", "/oembed/annual-exports.json"])
    expect((await request.get(path)).headers()["cache-control"], path).toBe("public, max-age=3600");
  expect((await request.get("/oembed/annual-exports.json")).headers()["access-control-allow-origin"]).toBe("*");
  expect((await request.get("/")).headers()["access-control-allow-origin"]).toBeUndefined();
  const gone = await request.get("/assets/main-GONE.js");
  expect(gone.status()).toBe(404);
  expect(gone.headers()["cache-control"]).toBe("no-cache");
  expect(gone.headers()["content-security-policy"]).toContain("default-src 'self'");
});

test("the explorer runs under the CSP: chart, Sources, Embed and its preview, PNG download", async ({ page }) => {
  const problems = await watch(page);
  const workers: string[] = [];
  const scripts: string[] = [];
  page.on("worker", (worker) => workers.push(new URL(worker.url()).pathname));
  page.on("request", (request) => scripts.push(new URL(request.url()).pathname));
  await page.goto("/");
  // The chart baked into the HTML paints under the CSP (the pre-paint script is allowed by its hash) …
  await expect(page.locator('figure[data-chart="annual-exports"] svg.kdem-baked:visible')).toHaveCount(1);
  // The source list the page links to comes back in place when opened (fetched from its own page).
  await page.waitForLoadState("networkidle");
  await page.getByText(/^and \d+ more sources$/).click();
  await expect.poll(() => page.locator("figure details[open] li").count()).toBeGreaterThan(3);
  await page.getByRole("button", { name: "Sources and methods" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  // … and the app that takes over when a control is used draws the live chart.
  await expect(page.locator('figure[data-chart="annual-exports"] svg.recharts-surface')).toBeVisible();
  // The dataset was validated by the worker the CSP allows ('self'), not by the page's fallback.
  expect(workers).toEqual([expect.stringMatching(/^\/assets\/check\.worker-[\w-]+\.js$/)]);
  expect(scripts.filter((path) => path.includes("/validate-"))).toEqual([]);
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Embed", exact: true }).click();
  const preview = page.frameLocator("dialog[open] iframe").first();
  await expect(preview.locator("svg").first()).toBeVisible();
  await page.keyboard.press("Escape");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Image (PNG)" }).click();
  expect((await download).suggestedFilename()).toMatch(/\.png$/);
  expect(await problems()).toEqual([]);
});

test("a view's own page paints and answers hover under the CSP (its points file is fetched)", async ({ page }) => {
  const problems = await watch(page);
  await page.goto("/?chart=buyers&lang=ko");
  const chart = page.locator('figure[data-chart="buyers"] svg.kdem-baked:visible');
  await expect(chart).toHaveCount(1);
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(chart).toHaveAttribute("role", "group");
  const box = (await chart.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2);
  await expect(page.locator("[data-kdem-tip]:visible")).toHaveCount(1);
  expect(await problems()).toEqual([]);
});

test("a chart's page of sources shows styled under the CSP", async ({ page }) => {
  const problems = await watch(page);
  await page.goto("/sources/world-share.en.html");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Sources: South Korea's share of world arms exports",
  );
  // The app's stylesheet applies: the list is indented as in the explorer.
  expect(await page.locator("#kdem-sources").evaluate((ul) => getComputedStyle(ul).paddingLeft)).toBe("16px");
  expect(await problems()).toEqual([]);
});

test("the deck runs under the CSP", async ({ page }) => {
  const problems = await watch(page);
  await page.goto("/present?slide=3");
  await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/slide=4/);
  expect(await problems()).toEqual([]);
});

test("an embed runs under the CSP, framed by another site; the explorer refuses to be framed", async ({
  page,
  baseURL,
}) => {
  const problems = await watch(page);
  // A news site on another origin (a real local server: Chromium refuses to let a page it cannot
  // place on the network frame a local one, whatever the headers say).
  const article = `<!doctype html><title>host</title>
    <iframe id="embed" src="${baseURL}/embed/annual-exports?controls=1" style="width:600px;height:500px"></iframe>
    <iframe id="explorer" src="${baseURL}/" style="width:600px;height:500px"></iframe>`;
  const host = createServer((_req, res) => res.writeHead(200, { "Content-Type": "text/html" }).end(article));
  await new Promise<void>((done) => host.listen(0, "127.0.0.1", done));
  await page.goto(`http://localhost:${(host.address() as AddressInfo).port}/`);
  const embed = page.frameLocator("#embed");
  await expect(embed.locator("svg").first()).toBeVisible();
  await expect(embed.getByRole("link", { name: "Explore the data" }).first()).toBeVisible();
  // A refused frame never gets the page: it has no document with the explorer's heading.
  await expect
    .poll(() => page.frames().find((f) => f.url().startsWith(`${baseURL}/`) && !f.url().includes("/embed/")))
    .toBeUndefined();
  // The one complaint is the refusal itself: the explorer may not be framed by another site.
  expect((await problems()).map((p) => p.trim())).toEqual([
    `console: Framing '${baseURL}/' violates the following Content Security Policy directive: "frame-ancestors 'none'". The request has been blocked.`,
  ]);
  host.close();
});
