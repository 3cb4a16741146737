/**
 * Size guard: reads the built dist/ and fails when a page's gzipped JS, or its HTML, grows past its
 * budget in scripts/size-budgets.json. Sizes are deterministic (unlike timings), so this can run in CI and
 * catch a dependency that doubles the bundle the day it lands.
 *
 *   npm run size [-- --dist dist --budgets scripts/size-budgets.json]
 *
 * Each HTML file in dist is a page. Its initial JS is its module scripts and modulepreloads (and the
 * scripts its pre-paint script loads, named in <meta name="kdem-entry|kdem-interact|kdem-app">) plus
 * everything they import statically; its total JS adds every chunk reachable by dynamic import.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, posix, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { ownView } from "./lib/explorer-views.ts";

export interface Limit {
  max: number;
  goal?: number;
  note?: string;
}
export interface PageRule {
  name: string;
  /** Glob(s) on the HTML path relative to dist: `*` within a folder, `**\/` any folders. First match wins. */
  match: string | string[];
  /** The HTML as sent (gzip): what must arrive before anything of the page can paint. */
  html?: Limit;
  initialJs?: Limit;
  totalJs?: Limit;
}
export interface Budgets {
  pages: PageRule[];
  lazyChunk?: Limit;
}

export interface PageSizes {
  /** HTML path relative to dist, e.g. `embed/buyers/index.html`. */
  html: string;
  htmlBytes: number;
  htmlGzip: number;
  initialJs: string[];
  lazyJs: string[];
  css: string[];
  initialJsGzip: number;
  totalJsGzip: number;
  cssGzip: number;
}

export interface Check {
  subject: string;
  measure: "HTML" | "initial JS" | "total JS" | "lazy chunk";
  rule: string;
  bytes: number;
  limit: Limit;
  pass: boolean;
  overGoal: boolean;
}

export const gzipBytes = (content: string | Buffer): number => gzipSync(content).length;

export function globToRegExp(glob: string): RegExp {
  const pattern = glob
    .split(/(\*\*\/|\*)/)
    .map((part) => (part === "**/" ? "(?:.*/)?" : part === "*" ? "[^/]*" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${pattern}$`);
}

function walk(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return walk(full, root);
    return [relative(root, full).split("\\").join("/")];
  });
}

/** `/assets/x.js` or `./x.js` as written in `from` (a dist-relative file) → dist-relative path. */
function resolveRef(ref: string, from: string): string {
  const clean = ref.split(/[?#]/)[0]!;
  return clean.startsWith("/") ? clean.slice(1) : posix.normalize(posix.join(posix.dirname(from), clean));
}

// Static import/re-export statements, minified or not; `import(` (dynamic) does not match.
const STATIC_IMPORT =
  /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*(?:\s*as\s+[\w$]+)?)?\s*(?:from\s*)?["']([^"']+\.m?js)["']/g;

/** Static imports and lazy references of one chunk, as dist-relative paths of existing JS files. */
export function chunkEdges(
  file: string,
  code: string,
  jsFiles: readonly string[],
): { static: string[]; lazy: string[] } {
  const jsSet = new Set(jsFiles);
  const statics = new Set<string>();
  for (const match of code.matchAll(STATIC_IMPORT)) {
    const target = resolveRef(match[1]!, file);
    if (jsSet.has(target)) statics.add(target);
  }
  // Bundlers name lazy chunks in many ways (import("./x.js"), preload dependency lists); hashed file
  // names are unique, so any mention of another chunk's name that is not a static import is lazy.
  const lazy = jsFiles.filter((other) => other !== file && !statics.has(other) && code.includes(posix.basename(other)));
  return { static: [...statics], lazy };
}

function closure(roots: string[], next: (file: string) => string[]): string[] {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...next(file));
  }
  return [...seen].sort();
}

const ATTR = (tag: string, name: string) => tag.match(new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, "i"))?.[1];

/** Every page of a built dist with the JS and CSS it loads. */
export function measureDist(dist: string): PageSizes[] {
  const files = walk(dist);
  const jsFiles = files.filter((f) => /\.m?js$/.test(f));
  const read = (f: string) => readFileSync(join(dist, f));
  const gz = new Map<string, number>();
  const gzipOf = (f: string) => gz.get(f) ?? (gz.set(f, gzipBytes(read(f))), gz.get(f)!);
  const edges = new Map(jsFiles.map((f) => [f, chunkEdges(f, read(f).toString("utf8"), jsFiles)]));
  const sum = (list: string[]) => list.reduce((total, f) => total + gzipOf(f), 0);

  return files
    .filter((f) => f.endsWith(".html"))
    .sort()
    .map((html) => {
      const text = read(html).toString("utf8");
      const roots: string[] = [];
      const css: string[] = [];
      for (const [tag] of text.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
        const src = ATTR(tag, "src") ?? ATTR(tag, "href");
        if (!src || /^[a-z]+:|^\/\//i.test(src)) continue;
        const target = resolveRef(src, html);
        if (/^<script/i.test(tag) && /type\s*=\s*["']module["']/i.test(tag) && jsFiles.includes(target))
          roots.push(target);
        else if (/rel\s*=\s*["']modulepreload["']/i.test(tag) && jsFiles.includes(target)) roots.push(target);
        else if (/rel\s*=\s*["']stylesheet["']/i.test(tag) && files.includes(target)) css.push(target);
      }
      // Scripts a baked page's pre-paint script loads (scripts/lib/prepaint.ts): the embed's page script,
      // the explorer's interaction script and its app. They are the page's JS as much as a <script> is.
      for (const [, names] of text.matchAll(/<meta name="kdem-(?:entry|interact|app)" content="([^"]*)"/g))
        for (const src of names!.split(" ")) {
          const target = resolveRef(src, html);
          if (jsFiles.includes(target)) roots.push(target);
        }
      const initialJs = closure(roots, (f) => edges.get(f)?.static ?? []);
      const allJs = closure(roots, (f) => [...(edges.get(f)?.static ?? []), ...(edges.get(f)?.lazy ?? [])]);
      const lazyJs = allJs.filter((f) => !initialJs.includes(f));
      return {
        html,
        htmlBytes: text.length,
        htmlGzip: gzipBytes(text),
        initialJs,
        lazyJs,
        css,
        initialJsGzip: sum(initialJs),
        totalJsGzip: sum(allJs),
        cssGzip: sum(css),
      };
    });
}

function judge(subject: string, measure: Check["measure"], rule: string, bytes: number, limit: Limit): Check {
  return {
    subject,
    measure,
    rule,
    bytes,
    limit,
    pass: bytes <= limit.max,
    overGoal: limit.goal !== undefined && bytes > limit.goal,
  };
}

export function checkBudgets(pages: PageSizes[], budgets: Budgets, gzipOf: (file: string) => number): Check[] {
  const checks: Check[] = [];
  for (const page of pages) {
    const rule = budgets.pages.find((r) => [r.match].flat().some((glob) => globToRegExp(glob).test(page.html)));
    if (!rule) continue;
    if (rule.html) checks.push(judge(page.html, "HTML", rule.name, page.htmlGzip, rule.html));
    if (rule.initialJs) checks.push(judge(page.html, "initial JS", rule.name, page.initialJsGzip, rule.initialJs));
    if (rule.totalJs) checks.push(judge(page.html, "total JS", rule.name, page.totalJsGzip, rule.totalJs));
  }
  if (budgets.lazyChunk) {
    const initial = new Set(pages.flatMap((p) => p.initialJs));
    const lazy = [...new Set(pages.flatMap((p) => p.lazyJs))].filter((f) => !initial.has(f)).sort();
    for (const file of lazy) checks.push(judge(file, "lazy chunk", "lazy chunk", gzipOf(file), budgets.lazyChunk));
  }
  return checks;
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export function formatCheck(c: Check): string {
  const verdict = c.pass ? (c.overGoal ? "WARN" : "PASS") : "FAIL";
  const goal = c.overGoal ? `; over the goal of ${kB(c.limit.goal!)} by ${kB(c.bytes - c.limit.goal!)}` : "";
  const note = !c.pass || c.overGoal ? (c.limit.note ? ` (${c.limit.note})` : "") : "";
  return `${verdict}  ${c.rule.padEnd(11)} ${c.measure.padEnd(10)} ${kB(c.bytes).padStart(9)} ${c.pass ? "≤" : ">"} ${kB(c.limit.max)}  ${c.subject}${goal}${note}`;
}

/**
 * The explorer's baked views that have no page of their own (dist/views/, scripts/lib/explorer-views.ts):
 * the bake writes one only within the HTML budget, so a view that grows past it would lose its page
 * unseen by the checks above; it is named instead (its address then paints after a fetch).
 */
export function viewsWithoutPage(files: string[], indexView: string): string[] {
  const pages = new Set(
    files.filter((f) => f.startsWith("views/")).map((f) => f.slice("views/".length, -".html".length)),
  );
  return files
    .filter((f) => /^prerender\/[\w-]+\.\w+\.html$/.test(f))
    .map((f) => f.slice("prerender/".length, -".html".length))
    .filter((key) => key !== indexView && !pages.has(key))
    .sort();
}

function main(): number {
  const { values } = parseArgs({
    options: {
      dist: { type: "string", default: "dist" },
      budgets: { type: "string", default: "scripts/size-budgets.json" },
    },
  });
  const dist = resolve(values.dist);
  if (!existsSync(join(dist, "index.html"))) {
    console.error(`size: ${relative(process.cwd(), dist) || dist}/index.html not found; run npm run build first`);
    return 2;
  }
  const budgets = JSON.parse(readFileSync(values.budgets, "utf8")) as Budgets;
  const pages = measureDist(dist);
  const checks = checkBudgets(pages, budgets, (f) => gzipBytes(readFileSync(join(dist, f))));
  console.log(
    `size budgets (gzip, ${relative(process.cwd(), dirname(join(dist, "x"))) || "dist"}/, budgets in ${values.budgets}):`,
  );
  for (const c of checks) console.log(`  ${formatCheck(c)}`);
  const indexView = ownView(readFileSync(join(dist, "index.html"), "utf8"));
  for (const key of viewsWithoutPage(walk(dist), indexView ? `${indexView.chart}.${indexView.lang}` : ""))
    console.log(
      `  WARN  explorer    view page  ${key}: none (over the HTML budget): index.html's pre-paint script fetches it`,
    );
  const failed = checks.filter((c) => !c.pass);
  if (failed.length)
    console.error(
      `size: ${failed.length} budget(s) exceeded; shrink the bundle or, if the growth is deliberate, raise the figure in ${values.budgets} and say why`,
    );
  return failed.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) process.exitCode = main();
