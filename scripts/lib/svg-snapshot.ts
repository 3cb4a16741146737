/**
 * Visual regression snapshots of chart SVGs, after Our World in Data's SVG tester: a drawn chart
 * becomes normalised text (stable ids, rounded numbers, sorted attributes, one element a line,
 * colours resolved for one scheme) that is committed and compared; a difference is summarised as
 * what moved, element by element, rather than dumped.
 */
import { styleToAttributes } from "@/charts/shared/svg-style.ts";

export type Scheme = "light" | "dark";
/** Colour variable name (without "--") → its value in each scheme. */
export type Palette = Map<string, Record<Scheme, string>>;

/** The colour variables of a `:root { --x: light-dark(a, b); … }` block. */
export function parsePalette(colorCss: string): Palette {
  const palette: Palette = new Map();
  for (const [, name, light, dark] of colorCss.matchAll(/--([\w-]+):\s*light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)/g))
    palette.set(name!, { light: light!, dark: dark! });
  return palette;
}

/**
 * The snapshot text of a chart's SVG. Colours are resolved for `scheme` (the charts draw with the
 * page's CSS variables, so the scheme is where light and dark differ, and the file then displays
 * as it looks in any SVG viewer); a background in the surface colour makes it viewable on its own.
 */
export function normaliseSvg(svg: SVGSVGElement, palette: Palette, scheme: Scheme): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.removeAttribute("style");
  styleToAttributes(copy);
  const background = copy.ownerDocument.createElementNS("http://www.w3.org/2000/svg", "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", "var(--color-surface)");
  copy.prepend(background);
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  stableIds(copy);
  const resolve = (value: string) =>
    value.replace(/var\(--([\w-]+)(?:\s*,[^)]*)?\)/g, (whole, name: string) => palette.get(name)?.[scheme] ?? whole);
  const lines: string[] = [];
  write(copy, 0, lines, resolve);
  return `${lines.join("\n")}\n`;
}

/**
 * Renames ids in document order to their stem and a counter (Recharts and React number them by
 * how many charts were drawn before), and every reference to them.
 */
function stableIds(root: Element) {
  const ids = new Map<string, string>();
  for (const el of root.querySelectorAll("[id]")) {
    const stem =
      el.id
        .replace(/_r_[\da-z]+_|\d+/g, "")
        .replace(/-+/g, "-")
        .replace(/^-|-$/g, "") || "id";
    ids.set(el.id, `${stem}-${ids.size + 1}`);
    el.id = ids.get(el.id)!;
  }
  for (const el of [root, ...root.querySelectorAll("*")])
    for (const attr of [...el.attributes]) {
      const value = attr.value
        .replace(/url\(#([^)]+)\)/g, (whole, id: string) => (ids.has(id) ? `url(#${ids.get(id)})` : whole))
        .replace(/^#(.+)$/, (whole, id: string) => (ids.has(id) ? `#${ids.get(id)}` : whole));
      if (value !== attr.value) el.setAttribute(attr.name, value);
    }
}

/** Decimal numbers to two places: sub-pixel noise is not a visual change. */
function roundNumbers(value: string): string {
  return value.replace(/-?\d+\.\d+(?:e[-+]?\d+)?/gi, (n) => {
    const rounded = Number(Number(n).toFixed(2));
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

function write(el: Element, depth: number, lines: string[], resolve: (value: string) => string) {
  const indent = "  ".repeat(depth);
  const attrs = [...el.attributes]
    // Recharts breaks long path data over lines; one line per element keeps a changed `d` readable as itself.
    .map((a) => [a.name, roundNumbers(resolve(a.value.replace(/\s+/g, " ").trim()))] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join("");
  const children = [...el.childNodes].filter(
    (n) => n.nodeType === n.ELEMENT_NODE || (n.nodeType === n.TEXT_NODE && n.textContent!.trim()),
  );
  const tag = el.localName;
  if (!children.length) lines.push(`${indent}<${tag}${attrs}/>`);
  else if (children.every((n) => n.nodeType === n.TEXT_NODE))
    lines.push(`${indent}<${tag}${attrs}>${escapeXml(el.textContent!.trim())}</${tag}>`);
  else {
    lines.push(`${indent}<${tag}${attrs}>`);
    for (const child of children)
      if (child.nodeType === child.TEXT_NODE) lines.push(`${indent}  ${escapeXml(child.textContent!.trim())}`);
      else write(child as Element, depth + 1, lines, resolve);
    lines.push(`${indent}</${tag}>`);
  }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** One element (or text) line of a snapshot, with where it sits. */
interface Entry {
  line: string;
  /** e.g. `svg > g.recharts-bar > path[3]` */
  path: string;
  /** The path without sibling numbers, to pair a removed line with the added line that replaced it. */
  shape: string;
  attrs: Map<string, string>;
  text: string | undefined;
}

const ELEMENT = /^\s*<([\w:-]+)((?:\s+[\w:-]+="[^"]*")*)\s*\/?>(?:(.*)<\/\1>)?$/;

function entries(snapshot: string): Entry[] {
  const result: Entry[] = [];
  const stack: { label: string; counts: Map<string, number> }[] = [];
  const root = { label: "", counts: new Map<string, number>() };
  for (const line of snapshot.split("\n")) {
    const depth = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith("</")) continue;
    stack.length = Math.min(stack.length, depth / 2);
    const parent = stack.at(-1) ?? root;
    const match = ELEMENT.exec(line);
    const attrs = new Map([...(match?.[2] ?? "").matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, n, v]) => [n!, v!]));
    const cls = attrs.get("class")?.split(/\s+/)[0];
    const label = match ? `${match[1]}${cls ? `.${cls}` : ""}` : "#text";
    const nth = (parent.counts.get(label) ?? 0) + 1;
    parent.counts.set(label, nth);
    const ancestors = stack.map((s) => s.label);
    const own = nth > 1 ? `${label}[${nth}]` : label;
    result.push({
      line: trimmed,
      path: [...ancestors, own].join(" > "),
      shape: [...ancestors.map((a) => a.replace(/\[\d+\]$/, "")), label].join(" > "),
      attrs,
      text: match ? match[3] : trimmed,
    });
    if (match && !trimmed.endsWith("/>") && match[3] === undefined) stack.push({ label: own, counts: new Map() });
  }
  return result;
}

/**
 * What differs between a reference snapshot and a new one, as at most `limit` readable lines after
 * a count (`~` changed, `+` added, `-` removed element), or null when they are the same.
 */
export function summariseDifferences(expected: string, actual: string, limit = 12): string | null {
  if (expected === actual) return null;
  const before = entries(expected);
  const after = entries(actual);
  // Longest common subsequence of lines; what is outside it was removed or added.
  const n = before.length;
  const m = after.length;
  const table = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i * (m + 1) + j] =
        before[i]!.line === after[j]!.line
          ? table[(i + 1) * (m + 1) + j + 1]! + 1
          : Math.max(table[(i + 1) * (m + 1) + j]!, table[i * (m + 1) + j + 1]!);
  const notes: string[] = [];
  const counts = { changed: 0, added: 0, removed: 0 };
  let removed: Entry[] = [];
  let added: Entry[] = [];
  const flush = () => {
    for (const gone of removed) {
      const index = added.findIndex((a) => a.shape === gone.shape);
      if (index < 0) {
        counts.removed++;
        notes.push(`- ${gone.path}${describe(gone)}`);
        continue;
      }
      const [now] = added.splice(index, 1);
      counts.changed++;
      notes.push(`~ ${now!.path}: ${changes(gone, now!)}`);
    }
    for (const now of added) {
      counts.added++;
      notes.push(`+ ${now.path}${describe(now)}`);
    }
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i]!.line === after[j]!.line) {
      flush();
      i++;
      j++;
    } else if (j >= m || (i < n && table[(i + 1) * (m + 1) + j]! >= table[i * (m + 1) + j + 1]!))
      removed.push(before[i++]!);
    else added.push(after[j++]!);
  }
  flush();
  const count = (k: number, word: string) => `${k} ${word}`;
  const head = `${count(counts.changed, "changed")}, ${count(counts.added, "added")}, ${count(counts.removed, "removed")}`;
  const more = notes.length > limit ? [`  … and ${notes.length - limit} more`] : [];
  return [head, ...notes.slice(0, limit).map((note) => `  ${note}`), ...more].join("\n");
}

function describe(entry: Entry): string {
  return entry.text ? ` "${clip(entry.text)}"` : "";
}

function changes(before: Entry, after: Entry): string {
  const parts: string[] = [];
  if (before.text !== after.text) parts.push(`text ${clipPair(before.text ?? "", after.text ?? "", '"')}`);
  for (const name of new Set([...before.attrs.keys(), ...after.attrs.keys()])) {
    const was = before.attrs.get(name);
    const now = after.attrs.get(name);
    if (was === now) continue;
    if (was === undefined) parts.push(`+${name}="${clip(now!)}"`);
    else if (now === undefined) parts.push(`-${name}`);
    else parts.push(`${name} ${clipPair(was, now)}`);
  }
  return parts.join(", ");
}

/** "old → new", from a little before where they first differ when that is far in (long path data). */
function clipPair(was: string, now: string, quote = ""): string {
  let start = 0;
  while (start < was.length && was[start] === now[start]) start++;
  const from = start > 16 ? start - 8 : 0;
  const cut = (text: string) => `${quote}${from ? "…" : ""}${clip(text.slice(from), 40)}${quote}`;
  return `${cut(was)} → ${cut(now)}`;
}

function clip(text: string, max = 48): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
