/** The size guard on a small fake dist: which files count as initial or lazy, and when it fails. */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import {
  checkBudgets,
  chunkEdges,
  globToRegExp,
  gzipBytes,
  measureDist,
  viewsWithoutPage,
  type Budgets,
} from "../../scripts/check-size.ts";

const ROOT = resolve(import.meta.dirname, "../..");

/** Incompressible filler, so gzip sizes are predictable: about `n` bytes even after gzip. */
function noise(n: number, seed: number): string {
  let x = seed;
  let out = "";
  while (out.length < n) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out += x.toString(36);
  }
  return `/*${out.slice(0, n)}*/`;
}

function fakeDist(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "kdem-size-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const html = (entry: string, preload: string[] = []) =>
  `<!doctype html><html><head><script type="module" crossorigin src="/assets/${entry}"></script>${preload
    .map((p) => `<link rel="modulepreload" crossorigin href="/assets/${p}">`)
    .join("")}<link rel="stylesheet" crossorigin href="/assets/main-c1.css"></head><body></body></html>`;

// Shaped like rolldown's output: minified static imports, template-literal dynamic imports.
const DIST = {
  "index.html": html("main-a1.js"),
  "embed/buyers/index.html": html("embed-e1.js", ["shared-s1.js"]),
  "assets/main-a1.js": `import{a as e}from"./shared-s1.js";const l=()=>import(\`./Chart-b1.js\`);${noise(20_000, 1)}`,
  "assets/embed-e1.js": `import"./shared-s1.js";const l=()=>import("./Chart-b1.js");${noise(5_000, 2)}`,
  "assets/shared-s1.js": `export{x as a};${noise(30_000, 3)}`,
  "assets/Chart-b1.js": `import{a as e}from"./shared-s1.js";${noise(60_000, 4)}`,
  "assets/unused-u1.js": noise(1_000, 5),
  "assets/main-c1.css": "body{color:red}",
};

describe("size guard (scripts/check-size.ts)", () => {
  it("tells static imports from lazy ones, minified or not", () => {
    const js = ["assets/a.js", "assets/b-1.js", "assets/c-2.js", "assets/d-3.js"];
    const code = `import{x as y}from"./b-1.js";export*from './d-3.js';const s="import('not-a-file.js')";import(\`./c-2.js\`)`;
    expect(chunkEdges("assets/a.js", code, js)).toEqual({
      static: ["assets/b-1.js", "assets/d-3.js"],
      lazy: ["assets/c-2.js"],
    });
  });

  it("names the explorer's baked views that have no page of their own, but for index.html's", () => {
    const files = [
      "index.html",
      "prerender/annual-exports.en.html",
      "prerender/annual-exports.en.points.json",
      "prerender/world-share.en.html",
      "prerender/world-share.ko.html",
      "views/world-share.en.html",
    ];
    expect(viewsWithoutPage(files, "annual-exports.en")).toEqual(["world-share.ko"]);
    expect(viewsWithoutPage([...files, "views/world-share.ko.html"], "annual-exports.en")).toEqual([]);
  });

  it("matches page globs like the budgets file uses them", () => {
    expect(globToRegExp("index.html").test("index.html")).toBe(true);
    expect(globToRegExp("index.html").test("embed/x/index.html")).toBe(false);
    expect(globToRegExp("embed/*/index.html").test("embed/buyers/index.html")).toBe(true);
    expect(globToRegExp("embed/*/index.html").test("embed/a/b/index.html")).toBe(false);
    expect(globToRegExp("embed/*/index*.html").test("embed/buyers/index.ko.html")).toBe(true);
    expect(globToRegExp("**/index.html").test("present/index.html")).toBe(true);
    expect(globToRegExp("**/index.html").test("index.html")).toBe(true);
  });

  it("measures each page's initial and total JS from its HTML and import graph", () => {
    const dist = fakeDist(DIST);
    const pages = measureDist(dist);
    expect(pages.map((p) => p.html)).toEqual(["embed/buyers/index.html", "index.html"]);
    const [embed, explorer] = pages;
    expect(explorer!.initialJs).toEqual(["assets/main-a1.js", "assets/shared-s1.js"]);
    expect(explorer!.lazyJs).toEqual(["assets/Chart-b1.js"]);
    expect(explorer!.css).toEqual(["assets/main-c1.css"]);
    const gz = (f: string) => gzipBytes(DIST[f as keyof typeof DIST]);
    expect(explorer!.initialJsGzip).toBe(gz("assets/main-a1.js") + gz("assets/shared-s1.js"));
    expect(explorer!.totalJsGzip).toBe(explorer!.initialJsGzip + gz("assets/Chart-b1.js"));
    expect(embed!.initialJs).toEqual(["assets/embed-e1.js", "assets/shared-s1.js"]);
    expect(embed!.htmlGzip).toBe(gzipBytes(DIST["embed/buyers/index.html"]));
  });

  it("counts the scripts a baked page's pre-paint script loads, named in its <meta> tags, as the page's JS", () => {
    const dist = fakeDist({
      ...DIST,
      "index.html": `<!doctype html><html><head><meta name="kdem-interact" content="/assets/unused-u1.js" /><meta name="kdem-app" content="/assets/main-a1.js /assets/shared-s1.js" /></head></html>`,
      "embed/buyers/index.html": `<!doctype html><html><head><meta name="kdem-entry" content="/assets/embed-e1.js" /></head></html>`,
    });
    const [embed, explorer] = measureDist(dist);
    expect([...explorer!.initialJs].sort()).toEqual([
      "assets/main-a1.js",
      "assets/shared-s1.js",
      "assets/unused-u1.js",
    ]);
    expect(explorer!.lazyJs).toEqual(["assets/Chart-b1.js"]);
    expect(embed!.initialJs).toEqual(["assets/embed-e1.js", "assets/shared-s1.js"]);
    expect(embed!.lazyJs).toEqual(["assets/Chart-b1.js"]);
  });

  it("fails a page over its max, warns over its goal, and caps every lazy chunk", () => {
    const dist = fakeDist(DIST);
    const pages = measureDist(dist);
    const explorer = pages.find((p) => p.html === "index.html")!;
    const budgets: Budgets = {
      pages: [
        {
          name: "explorer",
          match: "index.html",
          initialJs: { goal: explorer.initialJsGzip - 1, max: explorer.initialJsGzip },
        },
        { name: "embed", match: "embed/*/index.html", html: { max: 1000 }, totalJs: { max: 1000 } },
      ],
      lazyChunk: { max: 100_000 },
    };
    const checks = checkBudgets(pages, budgets, (f) => gzipBytes(DIST[f as keyof typeof DIST]));
    expect(checks.map((c) => [c.rule, c.measure, c.subject, c.pass, c.overGoal])).toEqual([
      ["embed", "HTML", "embed/buyers/index.html", true, false],
      ["embed", "total JS", "embed/buyers/index.html", false, false],
      ["explorer", "initial JS", "index.html", true, true],
      ["lazy chunk", "lazy chunk", "assets/Chart-b1.js", true, false],
    ]);
    const embed = pages.find((p) => p.html === "embed/buyers/index.html")!;
    expect(embed.htmlGzip).toBe(gzipBytes(DIST["embed/buyers/index.html"]));
    const tight = { pages: [{ name: "embed", match: "embed/*/index.html", html: { max: embed.htmlGzip - 1 } }] };
    expect(checkBudgets(pages, tight, () => 0).map((c) => [c.measure, c.pass])).toEqual([["HTML", false]]);
  });

  it(
    "runs as `npm run size`: exit 1 and a FAIL line when a budget is exceeded, 0 when all pass",
    { timeout: 30_000 },
    async () => {
      const dist = fakeDist(DIST);
      const run = (budgets: Budgets) => {
        const file = join(dist, "budgets.json");
        writeFileSync(file, JSON.stringify(budgets));
        return promisify(execFile)(
          join(ROOT, "node_modules/.bin/tsx"),
          ["scripts/check-size.ts", "--dist", dist, "--budgets", file],
          { cwd: ROOT },
        ).then(
          (r) => ({ code: 0, ...r }),
          (e: { code: number; stdout: string; stderr: string }) => e,
        );
      };
      const tight = await run({ pages: [{ name: "explorer", match: "index.html", initialJs: { max: 10_000 } }] });
      expect(tight.code).toBe(1);
      expect(tight.stdout).toMatch(/FAIL +explorer +initial JS .* > 10\.0 kB +index\.html/);
      expect(tight.stderr).toMatch(/1 budget\(s\) exceeded/);
      const loose = await run({ pages: [{ name: "explorer", match: "index.html", initialJs: { max: 200_000 } }] });
      expect(loose.code).toBe(0);
      expect(loose.stdout).toMatch(/PASS +explorer/);
    },
  );
});
