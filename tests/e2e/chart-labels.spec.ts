/**
 * Value labels as a reader sees them on a phone and a desktop: each inside the drawing, on no other
 * label, bar or point, and the story's key figures (latest year, record) always there.
 */
import { expect, test, type Page } from "@playwright/test";
import { openExplorer } from "./support.ts";

test.describe.configure({ timeout: 60_000 });

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}
interface Drawing {
  svg: Box;
  labels: { text: string; box: Box }[];
  /** The goal line's label, also text a value label must not cover. */
  others: { text: string; box: Box }[];
  marks: Box[];
}

/** What the annual chart draws, as boxes on screen (getBoundingClientRect of each SVG element). */
function drawing(page: Page): Promise<Drawing> {
  return page.locator('figure[data-chart="annual-exports"] svg.recharts-surface').evaluate((svg) => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
    };
    const texts = (selector: string) =>
      [...svg.querySelectorAll(selector)].map((t) => ({ text: t.textContent ?? "", box: box(t) }));
    return {
      svg: box(svg),
      labels: texts("text.kdem-story-label"),
      others: texts(".recharts-reference-line text"),
      marks: [...svg.querySelectorAll(".recharts-bar-rectangle path, .kdem-bar, .recharts-line-dots circle")].map(box),
    };
  });
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

for (const lang of ["en", "ko"] as const)
  for (const type of ["bar", "line"] as const)
    test(`${lang} ${type}: value labels stay clear and inside at 320, 390 and 1440 px`, async ({ page }) => {
      const keyFigures = lang === "en" ? [/15B/, /\$17\.3B/] : [/150억/, /173억/];
      await page.setViewportSize({ width: 320, height: 800 });
      // The live chart: the baked one it replaces is checked by the visual references.
      await openExplorer(page, `/?lang=${lang}${type === "line" ? "&type=line" : ""}`);
      for (const width of [320, 390, 1440]) {
        await page.setViewportSize({ width, height: 800 });
        // The chart follows its box; wait until the drawing has settled at this width.
        let last = "";
        await expect
          .poll(async () => {
            const now = JSON.stringify(await drawing(page));
            const settled = now === last && JSON.parse(now).labels.length > 0;
            last = now;
            return settled;
          })
          .toBe(true);
        const { svg, labels, others, marks } = await drawing(page);
        const problems: string[] = [];
        for (const [i, { text, box }] of labels.entries()) {
          if (box.x0 < svg.x0 || box.x1 > svg.x1 || box.y0 < svg.y0 || box.y1 > svg.y1)
            problems.push(`"${text}" is cut off`);
          for (const other of [...labels.slice(i + 1), ...others])
            if (overlaps(box, other.box)) problems.push(`"${text}" covers "${other.text}"`);
          if (marks.some((m) => overlaps(box, m)))
            problems.push(`"${text}" sits on a ${type === "bar" ? "bar" : "point"}`);
        }
        expect(problems, `${width} px`).toEqual([]);
        for (const figure of keyFigures)
          expect(
            labels.map((l) => l.text),
            `${width} px`,
          ).toContainEqual(expect.stringMatching(figure));
      }
    });

test("the Korean world-share axis on a 390 px phone names a window between its ends, no label on another", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openExplorer(page, "/?chart=world-share&lang=ko");
  const svg = page.locator('figure[data-chart="world-share"] svg.recharts-surface');
  const windows = await svg.locator("text").evaluateAll((nodes) =>
    nodes
      .filter((n) => /^\d{4}~\d{4}년$/.test(n.textContent ?? ""))
      .map((n) => {
        const r = n.getBoundingClientRect();
        return { text: n.textContent!, x0: r.left, x1: r.right };
      }),
  );
  // "1995~1999년" and "2021~2025년" are 79 px wide: a phone once showed only these two.
  expect(windows.length).toBeGreaterThanOrEqual(3);
  expect(windows[0]!.text).toBe("1995~1999년");
  expect(windows.at(-1)!.text).toBe("2021~2025년");
  for (let i = 1; i < windows.length; i++) expect(windows[i]!.x0).toBeGreaterThan(windows[i - 1]!.x1);
});
