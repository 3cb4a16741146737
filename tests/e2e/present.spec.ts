import { expect, test, type Page } from "@playwright/test";
import { inflateSync } from "node:zlib";
import { collectErrors, expectNoSeriousA11yViolations } from "./support.ts";

const SLIDES = 9;
const counter = (page: Page) => page.getByTestId("slide-counter");
const current = (page: Page) => page.locator("[data-slide][data-current]");

test.use({ viewport: { width: 1920, height: 1080 } });

test("open /present, step with the keyboard, jump with Home/End; the URL follows, back/forward work", async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto("/present");
  await expect(current(page).getByRole("heading", { level: 1 })).toHaveText(
    "South Korea's arms exports and the 2030 goals",
  );
  await expect(counter(page)).toHaveText(`1 / ${SLIDES}`);
  await expectNoSeriousA11yViolations(page);

  await page.keyboard.press("ArrowRight");
  await expect(counter(page)).toHaveText(`2 / ${SLIDES}`);
  await expect(page).toHaveURL(/\/present\/\?slide=2$/);
  await page.keyboard.press("PageDown");
  await page.keyboard.press("Space");
  await expect(counter(page)).toHaveText(`4 / ${SLIDES}`);
  await page.keyboard.press("ArrowLeft");
  await expect(counter(page)).toHaveText(`3 / ${SLIDES}`);
  await expect(current(page).getByTestId("takeaway")).toContainText("Exports rebounded to over $15 billion in 2025");
  await expect(current(page).locator("svg .recharts-bar-rectangle")).toHaveCount(20);
  await page.keyboard.press("PageUp");
  await expect(counter(page)).toHaveText(`2 / ${SLIDES}`);
  await page.keyboard.press("End");
  await expect(counter(page)).toHaveText(`${SLIDES} / ${SLIDES}`);
  await expect(current(page).getByRole("heading", { level: 1 })).toHaveText("Sources");
  await page.keyboard.press("Home");
  await expect(counter(page)).toHaveText(`1 / ${SLIDES}`);

  // Back and forward step through the slides visited.
  await page.goBack();
  await expect(counter(page)).toHaveText(`${SLIDES} / ${SLIDES}`);
  await page.goForward();
  await expect(counter(page)).toHaveText(`1 / ${SLIDES}`);

  expect(errors).toEqual([]);
});

test("n opens the speaker notes: the basis, disputed values with their sources, the slide's sources", async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto("/present/?slide=3");
  await expect(current(page).getByTestId("takeaway")).toBeVisible();
  await page.keyboard.press("n");
  const notes = page.getByRole("complementary", { name: /Speaker notes — Slide 3 of 9/ });
  await expect(notes).toBeVisible();
  await expect(notes).toContainText("Basis: value of export contracts signed");
  await expect(notes).toContainText(/2023: \$13 billion \(.+\); also \$13\.5 billion \(.+\); \$14 billion/);
  await expect(notes.getByRole("heading", { name: "Sources for this slide's numbers" })).toBeVisible();
  // The stage shrinks to make room and still fits above the notes.
  const stage = await page.locator(".stage-frame").boundingBox();
  const panel = await notes.boundingBox();
  expect(stage!.y + stage!.height).toBeLessThanOrEqual(panel!.y + 1);
  await expectNoSeriousA11yViolations(page);
  expect(errors).toEqual([]);
});

test("reload on slide 3 lands on slide 3; a bad slide number opens the nearest slide and says so", async ({ page }) => {
  await page.goto("/present/?slide=3");
  await expect(counter(page)).toHaveText(`3 / ${SLIDES}`);
  await page.reload();
  await expect(counter(page)).toHaveText(`3 / ${SLIDES}`);
  await expect(current(page).getByTestId("takeaway")).toContainText("Exports rebounded");

  await page.goto("/present/?slide=99");
  await expect(counter(page)).toHaveText(`${SLIDES} / ${SLIDES}`);
  await expect(page.getByRole("status").filter({ hasText: "There is no slide 99" })).toContainText(
    `showing slide ${SLIDES} of ${SLIDES}`,
  );
  await expect(page).toHaveURL(new RegExp(`\\?slide=${SLIDES}$`));
  await page.goto("/present/?slide=two");
  await expect(counter(page)).toHaveText(`1 / ${SLIDES}`);
  await expect(page.getByText("“two” is not a slide number: showing slide 1 of 9.")).toBeVisible();
  await page.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByText("is not a slide number")).toHaveCount(0);
});

test("Esc goes back to the explorer with the same language, range and the slide's chart", async ({ page }) => {
  await page.goto("/present/?slide=3&lang=ko&from=2015");
  await expect(counter(page)).toHaveText(`3 / ${SLIDES}`);
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/\?from=2015&lang=ko$/);
  await expect(page.getByRole("heading", { name: "연도별 한국 방산 수출" })).toBeVisible();
});

test("Korean briefing: lang=ko, every slide in Korean, axe clean in dark", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/present/?lang=ko&theme=dark&slide=2");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(current(page).getByRole("heading", { level: 1 })).toHaveText("핵심 수치");
  await expect(current(page)).toContainText("150억 달러 이상");
  await expect(current(page)).toContainText("173억 달러");
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press("ArrowRight");
  await expect(current(page).getByTestId("takeaway")).toContainText("150억 달러 이상");
  await page.keyboard.press("End");
  await page.keyboard.press("ArrowLeft");
  await expect(current(page)).toContainText("“일생일대의 기회”");
  await expect(current(page)).toContainText("안규백 국방부 장관");
  await expectNoSeriousA11yViolations(page);
  expect(errors).toEqual([]);
});

for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
] as const) {
  for (const lang of ["en", "ko"] as const) {
    test(`${width}×${height} ${lang}: every slide fits the 16:9 stage, the stage fits the screen, nothing overflows`, async ({
      page,
    }) => {
      test.slow(); // visits every slide
      await page.setViewportSize({ width, height });
      await page.goto(`/present/?lang=${lang}`);
      for (let n = 1; n <= SLIDES; n++) {
        await expect(counter(page)).toHaveText(`${n} / ${SLIDES}`);
        // The counter shows before the dataset arrives; measure only once the slide itself is drawn.
        await expect(page.locator("[data-slide][data-current] .slide")).toBeVisible();
        await expect(current(page).locator("[data-testid=plot-placeholder]")).toHaveCount(0);
        const fit = await page.evaluate(() => {
          const slide = document.querySelector<HTMLElement>("[data-slide][data-current] .slide")!;
          const stage = document.querySelector<HTMLElement>(".stage-frame")!.getBoundingClientRect();
          // Every element's box must sit inside the slide (overflow is hidden, so it would be cut off).
          const box = slide.getBoundingClientRect();
          const outside = [...slide.querySelectorAll<HTMLElement>("h1, p, li, dd, dt, figure, table")].filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && (r.bottom > box.bottom + 1 || r.right > box.right + 1 || r.top < box.top - 1);
          });
          return {
            outside: outside.map((el) => `${el.tagName}: ${el.textContent?.slice(0, 40)}`),
            scroll: slide.scrollHeight - slide.clientHeight,
            ratio: stage.width / stage.height,
            inViewport:
              stage.left >= 0 && stage.top >= 0 && stage.right <= innerWidth + 0.5 && stage.bottom <= innerHeight + 0.5,
            pageScrolls:
              document.documentElement.scrollHeight > innerHeight || document.documentElement.scrollWidth > innerWidth,
          };
        });
        expect(fit.outside, `slide ${n}`).toEqual([]);
        expect(fit.scroll, `slide ${n}`).toBeLessThanOrEqual(1);
        expect(fit.ratio).toBeCloseTo(16 / 9, 2);
        expect(fit.inViewport).toBe(true);
        expect(fit.pageScrolls).toBe(false);
        await page.keyboard.press("ArrowRight");
      }
    });
  }
}

test("type for the back of the room at 1920×1080: body ≥ 28 px, chart labels ≥ 22 px", async ({ page }) => {
  test.slow(); // visits every slide
  await page.goto("/present");
  for (let n = 1; n <= SLIDES; n++) {
    await expect(page.locator("[data-slide][data-current] .slide")).toBeVisible();
    const sizes = await current(page).evaluate((slide) =>
      [...slide.querySelectorAll<HTMLElement>("[data-body], h1, dd")].map((el) => ({
        text: el.textContent?.slice(0, 30),
        px: parseFloat(getComputedStyle(el).fontSize),
      })),
    );
    expect(sizes.length, `slide ${n} has text to measure`).toBeGreaterThan(0);
    for (const s of sizes) expect(s.px, `slide ${n}: ${s.text}`).toBeGreaterThanOrEqual(28);
    await page.keyboard.press("ArrowRight");
  }
  // Chart labels: SVG font size × how much the SVG is scaled up on the slide.
  await page.goto("/present/?slide=3");
  await expect(current(page).locator("svg .recharts-bar-rectangle")).toHaveCount(20);
  const labels = await current(page)
    .locator(".recharts-wrapper > svg.recharts-surface")
    .evaluate((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return [...svg.querySelectorAll("text")]
        .filter((t) => t.textContent?.trim())
        .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    });
  expect(labels.length).toBeGreaterThan(10);
  expect(Math.min(...labels)).toBeGreaterThanOrEqual(22);
});

test("high contrast in light and dark, dark from the OS when theme is auto", async ({ page }) => {
  const colours = async () => {
    await expect(current(page).locator("h1")).toBeVisible();
    return page.evaluate(() => {
      const stage = getComputedStyle(document.querySelector(".stage-frame")!);
      const h1 = getComputedStyle(document.querySelector("[data-current] h1")!);
      return { background: stage.backgroundColor, ink: h1.color };
    });
  };
  await page.goto("/present/?theme=light");
  expect(await colours()).toEqual({ background: "rgb(255, 255, 255)", ink: "rgb(26, 29, 33)" });
  await page.goto("/present/?theme=dark");
  expect(await colours()).toEqual({ background: "rgb(26, 30, 36)", ink: "rgb(236, 238, 241)" });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/present/");
  expect((await colours()).background).toBe("rgb(26, 30, 36)");
  await expectNoSeriousA11yViolations(page);
});

test("no animation under prefers-reduced-motion; a short slide-in otherwise", async ({ page }) => {
  const animation = () =>
    current(page)
      .locator(".slide")
      .evaluate((el) => getComputedStyle(el).animationName);
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/present/?slide=2");
  expect(await animation()).toBe("none");
  await page.emulateMedia({ reducedMotion: "no-preference" });
  await page.keyboard.press("ArrowRight");
  expect(await animation()).toBe("kdem-slide-in");
});

test("f toggles full screen without errors; the buttons do what the keys do", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/present/");
  await page.keyboard.press("f");
  await page.getByRole("button", { name: "Next slide" }).click();
  await expect(counter(page)).toHaveText(`2 / ${SLIDES}`);
  await page.getByRole("button", { name: "Notes (n)" }).click();
  await expect(page.getByRole("complementary", { name: /Speaker notes/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the explorer (Esc)" })).toHaveAttribute("href", "/");
  expect(errors).toEqual([]);
});

/** Pages in a PDF: one "/Type /Page" object each ("/Type /Pages" is the tree node). */
function countPages(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

/** Text-showing operators (Tj, TJ) in the PDF's content streams: vector text, as opposed to pixels. */
function countTextRuns(pdf: Buffer): number {
  let runs = 0;
  const text = pdf.toString("latin1");
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = text.indexOf("endstream", start);
    try {
      runs +=
        inflateSync(pdf.subarray(start, end))
          .toString("latin1")
          .match(/\bT[Jj]\b/g)?.length ?? 0;
    } catch {
      // not a deflated content stream (fonts, images)
    }
  }
  return runs;
}

for (const [name, query] of [
  ["the deck", "?slide=3"],
  ["the deck with notes", "?notes=print&lang=ko"],
] as const) {
  test(`printing ${name} gives one landscape page per slide, charts as vectors`, async ({ page }) => {
    test.slow(); // prints the whole deck five times
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(`/present/${query}`);
    await expect(page.locator('[data-slide="3"] svg .recharts-bar-rectangle')).toHaveCount(20);
    await expect(page.locator("[data-testid=plot-placeholder]")).toHaveCount(0);
    for (const format of ["A4", "Letter"] as const) {
      const pdf = await page.pdf({ format, landscape: true });
      expect(countPages(pdf), format).toBe(SLIDES);
    }
    // Charts stay vector: their labels are PDF text. Hiding the charts' SVG removes at least one
    // text run per SVG label (were the charts pictures, it would remove none).
    const svgTexts = await page
      .locator("[data-slide] .recharts-wrapper > svg text")
      .evaluateAll((ts) => ts.filter((t) => t.textContent?.trim()).length);
    const withCharts = countTextRuns(await page.pdf({ format: "A4", landscape: true }));
    await page.addStyleTag({ content: "[data-slide] .recharts-wrapper > svg { visibility: hidden }" });
    const withoutCharts = countTextRuns(await page.pdf({ format: "A4", landscape: true }));
    expect(svgTexts).toBeGreaterThan(20);
    expect(withCharts - withoutCharts).toBeGreaterThanOrEqual(svgTexts);
    // CSS asks for landscape itself, for the browser's print dialog.
    const sized = await page.pdf({ preferCSSPageSize: true });
    const box = sized.toString("latin1").match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
    expect(Number(box![1])).toBeGreaterThan(Number(box![2]));
  });
}
