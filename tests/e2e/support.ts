import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

/** Fails on any axe violation of impact serious or critical (WCAG 2.2 A/AA rules, target size included). */
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
  expect(serious, serious.join("\n")).toEqual([]);
}

/** Collects console errors and uncaught exceptions, to assert a page ran clean. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/**
 * The texts drawn in a chart's SVG, one per <text>. Recharts splits a label into one <tspan> per
 * word, so textContent loses the spaces; this puts them back.
 */
export async function svgLabels(svg: Locator): Promise<string[]> {
  return svg.locator("text").evaluateAll((nodes) =>
    nodes.map((n) => {
      const spans = [...n.querySelectorAll("tspan")].map((s) => s.textContent ?? "");
      return (spans.length ? spans.join(" ") : (n.textContent ?? "")).trim();
    }),
  );
}

/**
 * Opens the explorer with its app running, for tests of what the app does. A view the build baked
 * runs no framework until the reader reaches for a control (design §6; tests/e2e/prerender.spec.ts
 * tests that page itself), so this reaches for one, waits until the app has taken over and lets go
 * of the focus the app gave back to that control.
 */
export async function openExplorer(page: Page, url: string) {
  await page.goto(url);
  // Wait until the page shows what it will show from its HTML: a baked view in place, or nothing for the app.
  await expect(page.locator("html")).not.toHaveClass(/kdem-prepaint/);
  if ((await page.locator("[data-kdem-baked-plot]").count()) === 0) return;
  await page.locator("#root button").first().focus();
  await expect(page.locator("[data-kdem-baked-plot], .kdem-takeover")).toHaveCount(0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/**
 * The page's inline CSS is only the part its baked content uses (scripts/lib/critical-css.ts): it
 * must style that content exactly as the whole stylesheet does. Computed styles of every element
 * in `scope`, before and after the whole file (named by <meta name="kdem-css">) is added.
 */
export async function expectInlineCssComplete(page: Page, scope: string) {
  const styles = () =>
    page.evaluate((selector) => {
      const props = [
        "display",
        "position",
        "width",
        "height",
        "margin",
        "padding",
        "font-size",
        "font-weight",
        "line-height",
        "color",
        "background-color",
        "border-width",
        "visibility",
        "gap",
      ];
      return [...document.querySelectorAll(`${selector}, ${selector} *`)].map((el) => {
        const style = getComputedStyle(el);
        return `${el.tagName}.${el.getAttribute("class") ?? ""}: ${props.map((p) => style.getPropertyValue(p)).join(" | ")}`;
      });
    }, scope);
  const before = await styles();
  expect(before.length).toBeGreaterThan(20);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const link = document.createElement("link");
        link.rel = "stylesheet";
        link.href = document.querySelector<HTMLMetaElement>('meta[name="kdem-css"]')!.content;
        link.onload = () => resolve();
        link.onerror = () => reject(new Error("stylesheet failed"));
        document.head.append(link);
      }),
  );
  expect(await styles()).toEqual(before);
}

/** The app loaded the whole stylesheet (named by <meta name="kdem-css">) that the page's inline CSS is a part of. */
export async function expectWholeStylesheet(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const href = document.querySelector<HTMLMetaElement>('meta[name="kdem-css"]')?.content;
        return Boolean(href) && [...document.styleSheets].some((sheet) => sheet.href?.endsWith(href!));
      }),
    )
    .toBe(true);
}

/**
 * The bars of a baked chart SVG, drawn by the chart itself (StackedBars), whose class names the
 * build keeps (trimForPage drops only Recharts' own).
 */
export const bakedBars = (svg: Locator) => svg.locator(".kdem-bar");
