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
