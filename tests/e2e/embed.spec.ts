/**
 * The embed as a newsroom's reader gets it: baked chart without JavaScript, hover, tap and keys
 * without the framework, the live chart for views that were not baked, parameters, failures, and the demo article page on ANOTHER origin sizing its iframes.
 */
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { cspHashSource, EMBED_PREPAINT_SCRIPT } from "../../scripts/lib/prepaint.ts";
import { CHART_IDS } from "../../src/data/chart-ids.ts";
import { embedHeight } from "../../src/charts/registry.ts";
import {
  bakedBars,
  collectErrors,
  expectInlineCssComplete,
  expectNoSeriousA11yViolations,
  expectWholeStylesheet,
  svgLabels,
} from "./support.ts";

const EMBED = "/embed/annual-exports";
const article = (page: Page, lang = "en") => page.locator(`[data-kdem-article="${lang}"]`);
const bakedSvg = (page: Page, lang = "en") => article(page, lang).locator("svg[data-kdem-baked]:visible");
const liveSvg = (page: Page) => page.locator(".kdem-live svg.recharts-surface");

test.describe("the embed page", () => {
  test("with JavaScript off it still shows the chart's SVG, title, takeaway and source", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(EMBED);
    await expect(page.getByRole("heading", { name: "South Korea's arms exports by year" })).toBeVisible();
    await expect(page.getByTestId("takeaway").first()).toContainText("2022 record of $17.3 billion");
    const svg = bakedSvg(page);
    await expect(svg).toHaveCount(1);
    await expect(bakedBars(svg)).toHaveCount(20);
    expect(await svgLabels(svg)).toEqual(
      // At the embed's 720 px drawing the 2023–24 labels may take their short form (label layout).
      expect.arrayContaining([
        "Record $17.3B",
        expect.stringMatching(/\$13B$/),
        expect.stringMatching(/\$9\.6B$/),
        "▲ >$15B",
        "2030 goal: $20 billion",
      ]),
    );
    await expect(article(page).getByText(/^Source:/)).toBeVisible();
    await expect(article(page).getByRole("link", { name: /Explore the data/ })).toHaveAttribute("href", "/");
    // The image is named by the article's title and description for screen readers.
    await expect(svg).toHaveAttribute("role", "img");
    await expect(svg).toHaveAccessibleName("South Korea's arms exports by year");
    await expect(svg).toHaveAccessibleDescription(
      /^Chart of South Korea's arms-export contracts from 2006 to 2025.*2018, 2019, 2020 are estimates/,
    );
    await context.close();
  });

  test("the built page's one inline script is the pre-paint script and its one stylesheet is inline, each allowed by hash; oEmbed discovery and link-preview tags", async ({
    request,
  }) => {
    for (const path of [EMBED, `${EMBED}/`]) {
      const html = await (await request.get(path)).text();
      expect(html).toContain('data-kdem-chart="annual-exports"');
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.filter((tag) => tag === "<script>")).toEqual(["<script>"]);
      for (const tag of scripts.filter((tag) => tag !== "<script>")) expect(tag).toMatch(/\bsrc="\/assets\/[^"]+\.js"/);
      expect(html).not.toMatch(/\sstyle="/);
      // Nothing render-blocking between the HTML and the chart: the CSS comes with the page.
      expect(html).not.toMatch(/<link rel="stylesheet"/);
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
      expect(styles).toHaveLength(1);
      expect(styles[0]).toContain(".kdem-");
      expect(html).toContain(
        `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${cspHashSource(EMBED_PREPAINT_SCRIPT)}; style-src 'self' ${cspHashSource(styles[0]!)};`,
      );
      expect(html).toContain(`<script>${EMBED_PREPAINT_SCRIPT}</script>`);
      // Absolute, from the build's SITE_URL (crawlers run no JS): one origin for canonical, oEmbed and og:.
      const site = /<link rel="canonical" href="(https?:\/\/[^"]+)\/embed\/annual-exports"/.exec(html)?.[1];
      expect(site, "canonical is absolute").toBeTruthy();
      expect(html).toContain(
        `<link rel="alternate" type="application/json+oembed" href="${site}/oembed/annual-exports.json"`,
      );
      expect(html).toContain(`<meta property="og:url" content="${site}/embed/annual-exports" />`);
      for (const [, url] of html.matchAll(/<meta property="og:image" content="([^"]+)"/g))
        expect(url).toMatch(/^https?:\/\//);
      expect(html).toContain(`<meta property="og:title" content="South Korea's arms exports by year" />`);
    }
    const oembed = await (await request.get("/oembed/annual-exports.json")).json();
    expect(oembed).toMatchObject({
      version: "1.0",
      type: "rich",
      title: "South Korea's arms exports by year",
      provider_name: "K-Defense Export Monitor",
    });
    expect(oembed.html).toMatch(/<iframe src="https?:\/\/[^"]+\/embed\/annual-exports"/);
    expect(oembed.html).toMatch(/<script async src="https?:\/\/[^"]+\/embed\.js"/);
    expect(oembed.html).toContain("data-kdem-embed");
    const svg = await request.get("/static/annual-exports.svg");
    expect(svg.headers()["content-type"]).toContain("image/svg+xml");
    expect(await svg.text()).toContain("<title>South Korea's arms exports by year</title>");
  });

  test("Get the data links the published view's rows as CSV, with sources and basis on every row", async ({
    page,
    request,
  }) => {
    await page.goto(EMBED);
    const link = article(page).getByRole("link", { name: "Get the data (CSV)" });
    await expect(link).toHaveAttribute("href", "/static/annual-exports.csv");
    const csv = await (await request.get("/static/annual-exports.csv")).text();
    const [header, ...rows] = csv.trimEnd().split("\r\n");
    expect(header).toMatch(/^point_id,year,value,unit,qualifier,status,.*,sources,basis$/);
    expect(rows).toHaveLength(20);
    expect(rows.find((r) => r.startsWith("exports-2022,"))).toMatch(/^exports-2022,2022,17\.3,usd-bn,exact,/);
    // A computed chart's rows carry the database as their source.
    const recipients = await (await request.get("/static/recipients.csv")).text();
    expect(recipients.split("\r\n")[1]).toMatch(/Poland.*SIPRI/);
  });

  test("every chart has its baked embed page", async ({ request }) => {
    for (const id of CHART_IDS) {
      const html = await (await request.get(`/embed/${id}`)).text();
      expect(html, id).toContain(`data-kdem-chart="${id}"`);
      expect(html, id).toContain("data-kdem-baked");
      // Its points in single quotes, not a &quot; for every quote of their JSON (bytes before the chart).
      expect(html, id).toContain("data-kdem-points='[");
      expect(html, id).not.toContain('data-kdem-points="');
      expect((await request.get(`/static/${id}.svg`)).ok(), id).toBe(true);
      expect((await request.get(`/oembed/${id}.json`)).ok(), id).toBe(true);
    }
  });

  test("hover shows a point's tooltip on the baked chart, and loads nothing more", async ({ page }) => {
    const errors = collectErrors(page);
    const scripts: string[] = [];
    page.on("request", (r) => r.resourceType() === "script" && scripts.push(new URL(r.url()).pathname));
    await page.goto(EMBED);
    await expect(bakedSvg(page)).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(scripts).toHaveLength(1);
    const box = article(page).locator("[data-kdem-plot]");
    const before = await box.boundingBox();
    await bakedBars(bakedSvg(page)).nth(16).hover();
    const tip = article(page).locator("[data-kdem-tip]:visible");
    await expect(tip).toHaveText(/^2022: \$17\.3 billion/);
    // Inside the plot box, which did not move.
    const tipBox = (await tip.boundingBox())!;
    expect(tipBox.x).toBeGreaterThanOrEqual(before!.x);
    expect(tipBox.x + tipBox.width).toBeLessThanOrEqual(before!.x + before!.width + 1);
    expect(await box.boundingBox()).toEqual(before);
    await page.mouse.move(0, 0);
    await expect(tip).toHaveCount(0);
    // No framework: hover is the interaction script in the entry.
    await page.waitForLoadState("networkidle");
    expect(scripts).toHaveLength(1);
    await expectNoSeriousA11yViolations(page);
    expect(errors).toEqual([]);
  });

  test("touch: a tap on the chart shows and announces the point", async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 700 } });
    const page = await context.newPage();
    await page.goto(EMBED);
    await bakedBars(bakedSvg(page)).nth(16).tap();
    await expect(article(page).locator("[data-kdem-tip]:visible")).toHaveText(/^2022: \$17\.3 billion/);
    await expect(article(page).locator("[data-kdem-announce]").filter({ hasText: /./ })).toHaveText(
      /^2022: \$17\.3 billion\./,
    );
    await context.close();
  });

  test("keyboard: Tab to the chart, the arrow keys move through the points and each is announced", async ({ page }) => {
    await page.goto(EMBED);
    await page.keyboard.press("Tab");
    await expect(bakedSvg(page)).toBeFocused();
    // Named as the live chart is: a group to explore with the arrow keys, not a picture.
    await expect(bakedSvg(page)).toHaveAttribute("role", "group");
    await expect(bakedSvg(page)).toHaveAccessibleName(/^South Korea's arms exports by year\. Chart: .*arrow keys/);
    const announced = article(page).locator("[data-kdem-announce]").filter({ hasText: /./ });
    await expect(announced).toHaveText(/^2006: \$0\.25 billion\./);
    await page.keyboard.press("ArrowRight");
    await expect(announced).toHaveText(/^2007: \$0\.845 billion\./);
    await expect(article(page).locator("[data-kdem-tip]:visible")).toHaveText(/^2007: \$0\.845 billion/);
    await page.keyboard.press("End");
    await expect(announced).toHaveText(/^2025: over \$15 billion\./);
    await page.keyboard.press("Escape");
    await expect(article(page).locator("[data-kdem-tip]:visible")).toHaveCount(0);
    await expect(liveSvg(page)).toHaveCount(0);
  });

  test("a non-default view draws the live chart at once; controls=1 lets the reader change it", async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(`${EMBED}?type=line&from=2014&controls=1&utm_source=x`);
    await expect(liveSvg(page).locator(".recharts-line")).toBeVisible();
    // The controls are drawn by the app, with classes the page's inline CSS does not carry.
    await expectWholeStylesheet(page);
    const controls = page.getByRole("group", { name: "Chart options" });
    await expect(controls.getByLabel("From")).toHaveValue("2014");
    await controls.getByRole("button", { name: "Bars" }).click();
    await expect(liveSvg(page).locator(".kdem-bar")).toHaveCount(12);
    await controls.getByLabel("From").selectOption("2020");
    await expect(liveSvg(page).locator(".kdem-bar")).toHaveCount(6);
    // "Explore the data" opens the explorer on the same view, in canonical form (bars are this chart's default).
    await expect(article(page).getByRole("link", { name: /Explore the data/ })).toHaveAttribute("href", "/?from=2020");
    await expectNoSeriousA11yViolations(page);
    expect(errors).toEqual([]);
  });

  test("the inline CSS styles the baked page as the whole stylesheet does, in English and Korean", async ({ page }) => {
    for (const search of ["", "?lang=ko"]) {
      await page.goto(`${EMBED}${search}`);
      await expect(bakedSvg(page, search ? "ko" : "en")).toBeVisible();
      // The page script (after the first paint) adds the tooltip and live region: compare once they are there.
      await expect(bakedSvg(page, search ? "ko" : "en")).toHaveAttribute("role", "group");
      await expectInlineCssComplete(page, "#kdem");
    }
  });

  test("lang=ko shows the Korean article, chart and tooltips", async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(`${EMBED}?lang=ko`);
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await expect(page.getByRole("heading", { name: "연도별 한국 방산 수출" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "South Korea's arms exports by year" })).toBeHidden();
    await expect(page).toHaveTitle("연도별 한국 방산 수출");
    expect(await svgLabels(bakedSvg(page, "ko"))).toEqual(
      expect.arrayContaining(["최고치 173억", "▲ 150억+", "2030년 목표: 200억 달러"]),
    );
    await expect(article(page, "ko").getByText(/^출처:/)).toBeVisible();
    await expect(article(page, "ko").getByRole("link", { name: /데이터 자세히 보기/ })).toHaveAttribute(
      "href",
      "/?lang=ko",
    );
    // The page script arrives after the first paint: hover once it has enhanced the chart.
    await expect(bakedSvg(page, "ko")).toHaveAttribute("role", "group");
    await bakedBars(bakedSvg(page, "ko")).nth(16).hover();
    await expect(article(page, "ko").locator("[data-kdem-tip]:visible")).toHaveText(/^2022년: 173억 달러/);
    await expectNoSeriousA11yViolations(page);
    expect(errors).toEqual([]);
  });

  test("lang=ko without the Korean page (a failed fetch) or without JavaScript: the English page, saying so in Korean", async ({
    browser,
    page,
  }) => {
    // This server has no lang= rule (nginx has, see e2e-nginx): the English page fetches the Korean one.
    await page.route("**/embed/annual-exports/index.ko.html", (route) => route.fulfill({ status: 503 }));
    await page.goto(`${EMBED}?lang=ko`);
    await expect(page.getByRole("heading", { name: "South Korea's arms exports by year" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    // The page script arrives after the first paint: hover once it has enhanced the chart.
    await expect(bakedSvg(page)).toHaveAttribute("role", "group");
    await bakedBars(bakedSvg(page)).nth(16).hover();
    await expect(article(page).locator("[data-kdem-tip]:visible")).toHaveText(/^2022: \$17\.3 billion/);

    const context = await browser.newContext({ javaScriptEnabled: false });
    const off = await context.newPage();
    await off.goto(`${EMBED}?lang=ko`);
    await expect(off.getByRole("heading", { name: "South Korea's arms exports by year" })).toBeVisible();
    await expect(off.getByText("자바스크립트 없이는 이 프레임이 영어로 표시됩니다.")).toBeVisible();
    await context.close();
  });

  test("bg=transparent lets the publisher's page show through", async ({ page }) => {
    await page.goto(`${EMBED}?bg=transparent&theme=light`);
    await expect(page.locator("html")).toHaveAttribute("data-bg", "transparent");
    expect(await page.locator("html").evaluate((html) => getComputedStyle(html).backgroundColor)).toBe(
      "rgba(0, 0, 0, 0)",
    );
    await expect(page.locator("svg[data-kdem-baked]:visible")).toHaveCount(1);
  });

  test("theme=dark uses the dark palette, readable", async ({ page }) => {
    await page.goto(`${EMBED}?theme=dark`);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      "rgb(26, 30, 36)",
    );
    await expectNoSeriousA11yViolations(page);
  });

  test("parameter values are never written into the page as HTML", async ({ page }) => {
    const errors = collectErrors(page);
    const evil = encodeURIComponent('"><img src=x id=injected onerror=alert(1)>');
    await page.goto(`${EMBED}?lang=${evil}&theme=${evil}&from=${evil}&focus=${evil}&controls=${evil}&${evil}=1`);
    await expect(bakedSvg(page)).toBeVisible();
    await expect(page.locator("#injected")).toHaveCount(0);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(article(page).getByRole("link", { name: /Explore the data/ })).toHaveAttribute("href", "/");
    expect(errors).toEqual([]);
  });

  test("if the dataset fails to load, the baked chart and source stay and a notice explains", async ({ page }) => {
    await page.route("**/data/korea-arms-exports.json", (route) => route.fulfill({ status: 500, body: "down" }));
    await page.goto(`${EMBED}?controls=1`);
    await expect(article(page).getByRole("status").locator(":visible")).toHaveText(
      /^Interactive features are unavailable/,
    );
    await expect(bakedSvg(page)).toBeVisible();
    await expect(article(page).getByText(/^Source:/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("a chosen range never shows the baked full range as if chosen: hidden until drawn, named when it cannot be", async ({
    page,
    browser,
  }) => {
    // While the data is on its way the box keeps its size and says what is coming; no baked bar shows.
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    await page.route("**/data/korea-arms-exports.json", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${EMBED}?from=2015`);
    await expect(article(page).getByText("Drawing the chosen view…")).toBeVisible();
    await expect(bakedSvg(page)).toHaveCount(0);
    answer();
    await expect(liveSvg(page).locator(".kdem-bar")).toHaveCount(11);
    await expect(article(page).getByText("Drawing the chosen view…")).toBeHidden();
    expect(await svgLabels(liveSvg(page))).not.toContain("2006");

    // When it cannot be drawn, the baked chart comes back with a notice saying which view it is.
    const failing = await browser.newPage();
    await failing.route("**/data/korea-arms-exports.json", (route) => route.fulfill({ status: 500, body: "down" }));
    await failing.goto(`${EMBED}?from=2015`);
    await expect(article(failing).getByRole("status")).toBeVisible();
    await expect(article(failing).getByRole("status").locator(":visible")).toHaveText(
      "The chosen view could not be drawn because the data could not be loaded. Shown instead: the published view, 2006–2025.",
    );
    await expect(bakedSvg(failing)).toBeVisible();
    await failing.close();

    // Without JavaScript the baked chart says which view it is.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const off = await context.newPage();
    await off.goto(`${EMBED}?from=2015`);
    await expect(bakedSvg(off)).toBeVisible();
    await expect(
      article(off).getByText("Without JavaScript this frame shows the published view, 2006–2025."),
    ).toBeVisible();
    await context.close();
  });
});

test.describe("the demo article on another origin", () => {
  let host: Server;
  let hostOrigin: string;

  test.beforeAll(async ({ baseURL }) => {
    // The host page is public/embed-demo.html as built, served from a different origin; a <base>
    // points its iframes and embed.js at the embed origin, as absolute URLs in real articles do.
    const demo = readFileSync("dist/embed-demo.html", "utf8").replace("<head>", `<head><base href="${baseURL}/">`);
    host = createServer((req, res) => {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      // A frame of the host page's origin that forges resize messages to its parent.
      if (req.url?.startsWith("/forger.html")) {
        res.end(`<!doctype html><title>forger</title><script>
          for (const height of [1234, 200]) parent.postMessage({ type: "kdem:resize", chart: "annual-exports", height }, "*");
        </script>`);
      } else res.end(demo);
    });
    await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
    // Port 0: each worker's host server gets its own free port.
    hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

  for (const width of [375, 1280]) {
    test(`at ${width} px each iframe grows to its content's height`, async ({ page, baseURL }) => {
      const errors = collectErrors(page);
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${hostOrigin}/embed-demo.html`);
      const frames = page.locator("iframe[data-kdem-embed]");
      await expect(frames).toHaveCount(2);
      for (let i = 0; i < 2; i++) {
        const frame = frames.nth(i);
        await frame.scrollIntoViewIfNeeded();
        expect(new URL((await frame.getAttribute("src"))!, `${baseURL}/`).origin).not.toBe(new URL(hostOrigin).origin);
        const content = frame.contentFrame().locator("#kdem");
        await expect(content).toBeVisible();
        await expect
          .poll(async () => {
            const [frameBox, contentBox] = await Promise.all([frame.boundingBox(), content.boundingBox()]);
            return Math.abs(frameBox!.height - Math.ceil(contentBox!.height));
          })
          .toBeLessThanOrEqual(1);
        // Grown to fit: no scrolling inside the frame.
        expect(
          await frame
            .contentFrame()
            .locator("html")
            .evaluate((html) => html.scrollHeight - html.clientHeight),
        ).toBeLessThanOrEqual(1);
      }
      expect(errors).toEqual([]);
    });
  }

  test("a reader in dark mode sees the light embeds the publisher chose, and the host console stays clean", async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme: "dark" });
    const page = await context.newPage();
    const consoleLines: string[] = [];
    page.on("console", (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
    await page.goto(`${hostOrigin}/embed-demo.html`);
    const frame = page.locator("iframe[data-kdem-embed]").first();
    await expect(frame.contentFrame().locator("html")).toHaveAttribute("data-theme", "light");
    const background = await frame
      .contentFrame()
      .locator("body")
      .evaluate((body) => getComputedStyle(body).backgroundColor);
    // A light surface: every channel high.
    const channels = background.match(/\d+/g)!.slice(0, 3).map(Number);
    expect(Math.min(...channels)).toBeGreaterThan(200);
    // The lazy second frame is still at about:blank when embed.js starts: no postMessage warning for it.
    await page.locator("iframe[data-kdem-embed]").nth(1).scrollIntoViewIfNeeded();
    await expect
      .poll(async () => (await page.locator("iframe[data-kdem-embed]").nth(1).boundingBox())!.height)
      .not.toBe(600);
    expect(consoleLines.filter((l) => /postMessage|target origin/i.test(l))).toEqual([]);
    await context.close();
  });

  test("a forged resize message from a foreign frame or the page itself is ignored", async ({ page }) => {
    await page.goto(`${hostOrigin}/embed-demo.html`);
    const frame = page.locator("iframe[data-kdem-embed]").first();
    // First the real embed sizes its frame, which proves embed.js is listening. It may size it more
    // than once as it settles (a CI run saw 563 then 583 px), so wait until the height holds.
    let sized = 600;
    await expect
      .poll(
        async () => {
          const height = (await frame.boundingBox())!.height;
          const held = height === sized && height !== 600;
          sized = height;
          return held;
        },
        { intervals: [500] },
      )
      .toBe(true);
    await page.evaluate((origin) => {
      const forger = document.createElement("iframe");
      forger.src = `${origin}/forger.html`;
      forger.title = "forger";
      document.body.append(forger);
      // The page's own window is not the iframe either.
      window.postMessage({ type: "kdem:resize", chart: "annual-exports", height: 999 }, "*");
      return new Promise((resolve) => forger.addEventListener("load", resolve));
    }, hostOrigin);
    await page.waitForTimeout(500);
    expect((await frame.boundingBox())!.height).toBe(sized);
  });
});

test("the embed code reserves each chart's height: within a few px of the resized frame in a 640 px column", async ({
  page,
}) => {
  // A host page of our origin with the embed code's iframe (reserved height) and embed.js.
  await page.setViewportSize({ width: 800, height: 900 });
  for (const chart of CHART_IDS)
    for (const lang of ["en", "ko"] as const) {
      await page.goto("/embed-demo.html");
      const reserved = embedHeight(chart, lang);
      await page.evaluate(
        ({ chart, lang, reserved }) => {
          document.body.innerHTML = `<div style="width:640px"><iframe src="/embed/${chart}?lang=${lang}" width="100%" height="${reserved}" style="border:0;width:100%" data-kdem-embed></iframe></div>`;
          const script = document.createElement("script");
          script.src = `/embed.js?${chart}-${lang}`;
          document.body.append(script);
        },
        { chart, lang, reserved },
      );
      const frame = page.locator("iframe[data-kdem-embed]");
      const content = frame.contentFrame().locator("#kdem");
      await expect(content).toBeVisible();
      // embed.js has sized the frame to its content...
      await expect
        .poll(async () => {
          const [frameBox, contentBox] = await Promise.all([frame.boundingBox(), content.boundingBox()]);
          return Math.abs(frameBox!.height - Math.ceil(contentBox!.height));
        })
        .toBeLessThanOrEqual(1);
      // ...and that height is the one the code reserved.
      const resized = (await frame.boundingBox())!.height;
      expect(
        Math.abs(resized - reserved),
        `${chart} ${lang}: reserved ${reserved}, resized ${resized}`,
      ).toBeLessThanOrEqual(4);
    }
});
