import { expect, test, type Page } from "@playwright/test";
import { inflateSync } from "node:zlib";
import { CHART_IDS } from "../../src/data/chart-ids.ts";
import { collectErrors, expectNoSeriousA11yViolations } from "./support.ts";

/** Title, key figures, one slide per chart, quotes, sources. */
const SLIDES = CHART_IDS.length + 4;
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
  await expect(current(page).locator("svg .kdem-bar")).toHaveCount(20);
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
  const notes = page.getByRole("complementary", { name: new RegExp(`Speaker notes — Slide 3 of ${SLIDES}`) });
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
  await expect(page.getByText(`“two” is not a slide number: showing slide 1 of ${SLIDES}.`)).toBeVisible();
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
          // A chart slide's headline is one short sentence (the full takeaway is in the notes).
          const headline = slide.querySelector<HTMLElement>("[data-testid=takeaway]");
          const headlineLines = headline
            ? Math.round(headline.getBoundingClientRect().height / parseFloat(getComputedStyle(headline).lineHeight))
            : 0;
          return {
            headlineLines,
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
        expect(fit.headlineLines, `slide ${n}: the headline is one line`).toBeLessThanOrEqual(1);
        expect(fit.scroll, `slide ${n}`).toBeLessThanOrEqual(1);
        expect(fit.ratio).toBeCloseTo(16 / 9, 2);
        expect(fit.inViewport).toBe(true);
        expect(fit.pageScrolls).toBe(false);
        await page.keyboard.press("ArrowRight");
      }
    });
  }
}

test("type for the back of the room at 1920×1080: body ≥ 28 px, chart labels ≥ 24 px", async ({ page }) => {
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
});

// Chart labels: SVG font size × how much the SVG is scaled up on the slide. A 1280×720 projector
// fills the same wall with fewer pixels, so the floor scales with the screen's height.
for (const [width, height, floor] of [
  [1920, 1080, 24],
  [1280, 720, 16],
] as const) {
  test(`chart labels on every chart slide at ${width}×${height}: ≥ ${floor} px (Korean too)`, async ({ page }) => {
    test.slow(); // visits every chart slide twice
    await page.setViewportSize({ width, height });
    for (const lang of ["en", "ko"]) {
      for (let n = 3; n <= SLIDES - 2; n++) {
        await page.goto(`/present/?slide=${n}&lang=${lang}`);
        const svg = current(page).locator(".recharts-wrapper > svg.recharts-surface").first();
        await expect(svg.locator("text").first()).toBeVisible();
        const labels = await svg.evaluate((el) => {
          const scale = el.getBoundingClientRect().width / (el as SVGSVGElement).viewBox.baseVal.width;
          return [...el.querySelectorAll("text")]
            .filter((t) => t.textContent?.trim())
            .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
        });
        expect(labels.length, `slide ${n} ${lang}`).toBeGreaterThan(5);
        expect(Math.min(...labels), `slide ${n} ${lang}`).toBeGreaterThanOrEqual(floor);
      }
    }
  });
}

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

test("f toggles full screen; notes never show while full screen (projected), only on the laptop out of it; the buttons do what the keys do", async ({
  page,
}) => {
  const errors = collectErrors(page);
  const isFullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
  await page.goto("/present/");
  await expect(current(page).locator("h1")).toBeVisible();
  await page.keyboard.press("f");
  await expect.poll(isFullscreen).toBe(true);
  await page.getByRole("button", { name: "Next slide" }).click();
  await expect(counter(page)).toHaveText(`2 / ${SLIDES}`);
  await page.getByRole("button", { name: "Notes (n)" }).click();
  await expect(page.getByText("Speaker notes are in the presenter view (s)")).toBeVisible();
  await expect(page.getByRole("complementary")).toHaveCount(0);
  await page.keyboard.press("f");
  await expect.poll(isFullscreen).toBe(false);
  await page.getByRole("button", { name: "Notes (n)" }).click();
  await expect(page.getByRole("complementary", { name: /Speaker notes/ })).toBeVisible();
  // Going full screen with the notes open hides them.
  await page.getByRole("button", { name: "Full screen (f)" }).click();
  await expect.poll(isFullscreen).toBe(true);
  await expect(page.getByRole("complementary")).toHaveCount(0);
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
    await expect(page.locator('[data-slide="3"] svg .kdem-bar')).toHaveCount(20);
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

test("s opens the presenter window: notes, next slide, timer; either window moves both; the room sees only the slide", async ({
  page,
  context,
}) => {
  // Frozen time (charts drawn without motion, so nothing waits on animation frames): the timer reads exactly.
  await page.emulateMedia({ reducedMotion: "reduce" });
  await context.clock.install({ time: new Date("2026-12-03T09:00:00Z") });
  const errors = collectErrors(page);
  await page.goto("/present/?slide=3");
  await expect(current(page).getByTestId("takeaway")).toBeVisible();

  const [presenter] = await Promise.all([context.waitForEvent("page"), page.keyboard.press("s")]);
  await presenter.emulateMedia({ reducedMotion: "reduce" });
  const presenterErrors = collectErrors(presenter);
  await expect(presenter).toHaveURL(/\/present\/\?slide=3&presenter=[\w-]+$/);
  await expect(presenter.getByRole("heading", { name: "Presenter view", level: 1 })).toBeVisible();
  const notes = presenter.getByRole("region", { name: new RegExp(`Speaker notes — Slide 3 of ${SLIDES}`) });
  await expect(notes).toContainText("The chart's takeaway in full");
  await expect(notes).toContainText("Basis: value of export contracts signed");
  await expect(notes).toContainText(/2023: \$13 billion \(.+\); also \$13\.5 billion/);
  await expect(presenter.getByRole("heading", { name: `Next: Slide 4 of ${SLIDES}` })).toBeVisible();
  await expect(presenter.getByTestId("next-slide").getByTestId("takeaway")).toContainText("$20 billion a year by 2030");
  await expect(presenter.getByTestId("audience-status")).toHaveText("Audience window: in step");
  await expectNoSeriousA11yViolations(presenter);

  // Elapsed time: an hour after the deck opened (the window opened a moment later), then reset, then 65 s.
  await context.clock.pauseAt(new Date("2026-12-03T10:00:00Z"));
  await expect(presenter.getByRole("timer")).toHaveText(/^(59:[0-5]\d|1:00:00)$/);
  await presenter.getByRole("button", { name: "Reset timer" }).click();
  await expect(presenter.getByRole("timer")).toHaveText("0:00");
  await context.clock.runFor(65_000);
  await expect(presenter.getByRole("timer")).toHaveText("1:05");

  // → in the presenter window moves the room's slide; ← in the room moves the presenter's.
  await presenter.keyboard.press("ArrowRight");
  await expect(counter(presenter)).toHaveText(`4 / ${SLIDES}`);
  await expect(counter(page)).toHaveText(`4 / ${SLIDES}`);
  await expect(page).toHaveURL(/\/present\/\?slide=4$/);
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(counter(page)).toHaveText(`2 / ${SLIDES}`);
  await expect(counter(presenter)).toHaveText(`2 / ${SLIDES}`);
  await expect(
    presenter.getByRole("region", { name: new RegExp(`Speaker notes — Slide 2 of ${SLIDES}`) }),
  ).toBeVisible();

  // b in the presenter window blanks the room; a key in the room brings the slide back in both.
  await presenter.keyboard.press("b");
  await expect(page.getByTestId("blank")).toBeVisible();
  await expect(presenter.getByTestId("blank-status")).toHaveText("Audience screen is black (any key restores)");
  await expect(presenter.getByRole("region", { name: /Speaker notes/ })).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("blank")).toHaveCount(0);
  await expect(presenter.getByTestId("blank-status")).toBeEmpty();
  await expect(counter(page)).toHaveText(`2 / ${SLIDES}`);

  // The room never sees notes while the presenter window is open: n only says where they are.
  await page.keyboard.press("n");
  await expect(page.getByText("Speaker notes are in the presenter view (s)")).toBeVisible();
  await expect(page.getByRole("complementary")).toHaveCount(0);
  await expect(page.getByText("Disputed values")).toHaveCount(0);

  // s again brings the same window forward rather than opening a second one.
  await page.keyboard.press("s");
  expect(context.pages()).toHaveLength(2);

  // Closed, the presenter window says goodbye: notes may show on the laptop again (rehearsal).
  await presenter.close({ runBeforeUnload: true });
  // n only says "presenter view" until the goodbye has arrived, then opens the notes.
  await expect(async () => {
    await page.keyboard.press("n");
    await expect(
      page.getByRole("complementary", { name: new RegExp(`Speaker notes — Slide 2 of ${SLIDES}`) }),
    ).toBeVisible({
      timeout: 500,
    });
  }).toPass();
  expect(errors).toEqual([]);
  expect(presenterErrors).toEqual([]);
});

test("b and . blank the screen black, w white; any key or a click brings the slide back without moving", async ({
  page,
}) => {
  await page.goto("/present/?slide=3");
  await expect(current(page).getByTestId("takeaway")).toBeVisible();
  const blankAtCentre = () =>
    page.evaluate(() => {
      const el = document.elementFromPoint(innerWidth / 2, innerHeight / 2) as HTMLElement | null;
      return el?.dataset.testid === "blank" ? getComputedStyle(el).backgroundColor : null;
    });
  await page.keyboard.press("b");
  expect(await blankAtCentre()).toBe("rgb(0, 0, 0)");
  await page.keyboard.press("ArrowRight");
  expect(await blankAtCentre()).toBeNull();
  await expect(counter(page)).toHaveText(`3 / ${SLIDES}`);
  await page.keyboard.press(".");
  expect(await blankAtCentre()).toBe("rgb(0, 0, 0)");
  await page.mouse.click(400, 300);
  expect(await blankAtCentre()).toBeNull();
  await page.keyboard.press("w");
  expect(await blankAtCentre()).toBe("rgb(255, 255, 255)");
  await page.keyboard.press("Escape");
  expect(await blankAtCentre()).toBeNull();
  await expect(page).toHaveURL(/\/present\/\?slide=3$/);
});

test("a clicker's start (F5, Shift+F5) and stop (Esc) enter and leave full screen on the same slide; Esc outside full screen leaves the deck", async ({
  page,
}) => {
  await page.clock.install();
  await page.goto("/present/?slide=3");
  await expect(current(page).getByTestId("takeaway")).toBeVisible();
  const isFullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
  // A reload would lose this mark: F5 must not reload the deck.
  await page.evaluate(() => ((window as unknown as { mark: number }).mark = 1));
  await page.keyboard.press("F5");
  await expect.poll(isFullscreen).toBe(true);
  await page.keyboard.press("Escape");
  await expect.poll(isFullscreen).toBe(false);
  await page.keyboard.press("Shift+F5");
  await expect.poll(isFullscreen).toBe(true);
  await page.keyboard.press("Escape");
  await expect.poll(isFullscreen).toBe(false);
  await expect(page).toHaveURL(/\/present\/\?slide=3$/);
  await expect(counter(page)).toHaveText(`3 / ${SLIDES}`);
  expect(await page.evaluate(() => (window as unknown as { mark?: number }).mark)).toBe(1);
  // Out of full screen (and not the same keypress), Esc goes back to the explorer.
  await page.clock.fastForward(1000);
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/\?chart=annual-exports$|\/$/);
});

test("the controls fade when the pointer rests and come back on a move or on keyboard focus", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.clock.install();
  await page.goto("/present/?slide=3");
  await expect(current(page).getByTestId("takeaway")).toBeVisible();
  const next = page.getByRole("button", { name: "Next slide" });
  const shown = () => next.evaluate((el) => getComputedStyle(el.parentElement!).opacity);
  await page.mouse.move(300, 300);
  expect(await shown()).toBe("1");
  await page.clock.fastForward(3000);
  await expect.poll(shown).toBe("0");
  expect(await page.locator(".deck").evaluate((el) => getComputedStyle(el).cursor)).toBe("none");
  // The progress bar stays.
  expect(await page.locator(".deck-progress").evaluate((el) => getComputedStyle(el).opacity)).toBe("1");
  await page.mouse.move(500, 400);
  await expect.poll(shown).toBe("1");
  await page.clock.fastForward(3000);
  await expect.poll(shown).toBe("0");
  // Tab through the slide's own links (sources) until the focus reaches the controls.
  const inControls = () => page.evaluate(() => document.activeElement?.closest(".deck-controls") != null);
  for (let i = 0; i < 20 && !(await inControls()); i++) await page.keyboard.press("Tab");
  expect(await inControls()).toBe(true);
  await expect.poll(shown).toBe("1");
  // With motion allowed they fade rather than vanish.
  await page.emulateMedia({ reducedMotion: "no-preference" });
  expect(await next.evaluate((el) => getComputedStyle(el.parentElement!).transitionDuration)).toBe("0.3s");
});
