/**
 * Visual regression tests of every chart: `npm run test:visual` draws each chart id × language ×
 * baked size (and, in English at the wide size, the dark scheme too) through the embed bake's
 * rendering path, normalises the SVG (scripts/lib/svg-snapshot.ts) and compares it with the
 * committed reference in tests/visual/references/<chart>--<lang>--<size>[--dark].svg.
 *
 *   --update       rewrite the references that differ (after a deliberate change) and drop stale ones
 *   --refs DIR     compare with (or update) the references in DIR instead
 *   --chart ID     only this chart (repeatable); stale references are then not looked for
 *
 * The drawing is deterministic: text is measured by an estimate from the font size, never by a
 * system font, and ids and sub-pixel numbers are normalised, so every machine gets the same files.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { readColorCss, readShippedDataset, ROOT, startChartDrawing } from "./lib/chart-svg.ts";
import { normaliseSvg, parsePalette, type Scheme, summariseDifferences } from "./lib/svg-snapshot.ts";

const { values } = parseArgs({
  options: {
    update: { type: "boolean", default: false },
    refs: { type: "string", default: join(ROOT, "tests/visual/references") },
    chart: { type: "string", multiple: true },
  },
});
const refs = resolve(values.refs);

const drawSvg = await startChartDrawing();
const { chartModel } = await import("@/charts/registry.ts");
const { CHART_IDS, isChartId } = await import("@/data/chart-ids.ts");
const { LANGS } = await import("@/data/langs.ts");
const { BAKED_SIZES } = await import("@/features/embed/baked-svg.ts");

const unknown = (values.chart ?? []).filter((id) => !isChartId(id));
if (unknown.length) fail(`visual: no chart ${unknown.join(", ")} (chart ids: ${CHART_IDS.join(", ")})`);
const charts = CHART_IDS.filter((id) => !values.chart || values.chart.includes(id));
const data = readShippedDataset();
const palette = parsePalette(readColorCss());

const seen = new Set<string>();
const failures: string[] = [];
const written: string[] = [];
for (const chart of charts)
  for (const lang of LANGS) {
    const model = chartModel(chart, data, lang);
    for (const size of ["narrow", "wide"] as const) {
      const svg = await drawSvg(model, BAKED_SIZES[size]);
      // Light and dark differ in colours only, not layout: one dark drawing per chart covers them.
      const schemes: Scheme[] = lang === "en" && size === "wide" ? ["light", "dark"] : ["light"];
      for (const scheme of schemes) {
        const name = `${chart}--${lang}--${size}${scheme === "dark" ? "--dark" : ""}.svg`;
        seen.add(name);
        const file = join(refs, name);
        const snapshot = normaliseSvg(svg, palette, scheme);
        const reference = existsSync(file) ? readFileSync(file, "utf8") : undefined;
        if (reference === snapshot) continue;
        if (values.update) {
          mkdirSync(refs, { recursive: true });
          writeFileSync(file, snapshot);
          written.push(name);
        } else if (reference === undefined) failures.push(`${name}: no reference`);
        else failures.push(`${name}: ${summariseDifferences(reference, snapshot)}`);
      }
    }
  }

// A reference nothing draws any more (a chart id dropped, a size renamed) would pass unnoticed.
const stale =
  values.chart || !existsSync(refs) ? [] : readdirSync(refs).filter((f) => f.endsWith(".svg") && !seen.has(f));
for (const name of stale) {
  if (values.update) {
    rmSync(join(refs, name));
    written.push(`${name} (removed)`);
  } else failures.push(`${name}: stale reference, no chart draws it`);
}

const where = relative(process.cwd(), refs) || ".";
if (values.update) {
  console.log(
    written.length
      ? `visual: updated ${written.length} of ${seen.size} references in ${where}:\n  ${written.join("\n  ")}`
      : `visual: all ${seen.size} references in ${where} were up to date`,
  );
} else if (failures.length) {
  console.error(`visual: ${failures.length} of ${seen.size + stale.length} references in ${where} differ\n`);
  console.error(failures.join("\n\n"));
  console.error(
    `\nIf the change is deliberate: npm run test:visual -- --update, then review and commit the references.`,
  );
  process.exit(1);
} else console.log(`visual: ${seen.size} charts match their references in ${where}`);
process.exit(0);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
