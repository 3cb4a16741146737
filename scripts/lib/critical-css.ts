/**
 * The part of the app's stylesheet a baked page needs before the app runs. The pages carry their CSS
 * inline (a stylesheet file is a request the first paint waits for), and every byte of the page is
 * time before the chart on a slow link: the whole Tailwind build is ~6 kB gzip, mostly utilities the
 * baked pages never use. The full stylesheet still comes, with the app (src/ui/full-stylesheet.ts).
 *
 * Utilities are dropped when their class name (the Tailwind candidate, as Tailwind itself finds
 * them) is in no class attribute of what the page can show before the app (its HTML, the views the
 * pre-paint script may put in) and no class its plain scripts give the elements they add; base rules when the page has none of the
 * elements they name; @property rules no remaining rule uses. The theme and the app's own rules stay
 * whole.
 */
import postcss, { type AtRule, type Node, type Root, type Rule } from "postcss";

export function criticalCss(css: string, content: readonly string[], scripts: readonly string[] = []): string {
  const candidates = candidatesIn([...content.map(classAttributesIn), ...scripts.map(classNamesIn)]);
  const tags = tagsIn(content, scripts);
  const root = postcss.parse(css);
  keepInLayer(root, "utilities", (selector) => isUsed(selector, candidates));
  keepInLayer(root, "base", (selector) => mayMatch(selector, tags));
  dropUnusedProperties(root);
  dropUnusedVariables(root, [...content, ...scripts]);
  return root.toString();
}

/**
 * The base layer (Tailwind's preflight) styles elements by name: a rule for elements the page has
 * none of (code, table, sub…) goes, and one for the parts of form controls it has none of (a date
 * field's, a file picker's). A selector that names no element is kept.
 */
function mayMatch(selector: string, tags: Set<string>): boolean {
  // Functional pseudo-classes only narrow what the selector before them matches.
  const outer = selector.replace(/:[\w-]+\((?:[^()]|\([^()]*\))*\)/g, "");
  const names = [...outer.matchAll(/(?:^|[\s>+~])([a-z][a-z0-9]*)/g)].map((m) => m[1]!);
  for (const [part, types] of CONTROL_PARTS)
    if (part.test(outer) && !tags.has("input:*") && !types.some((type) => tags.has(`input:${type}`))) return false;
  if (/::placeholder/.test(outer)) names.push("input");
  return names.every((name) => tags.has(name) || (name === "input" && tags.has("textarea")));
}

/** The pseudo-elements of form controls, and the input types that have them. */
const CONTROL_PARTS: [RegExp, string[]][] = [
  [/::-webkit-(?:datetime|date-and-time|calendar-picker)/, ["date", "time", "datetime-local", "month", "week"]],
  [/::-webkit-(?:inner|outer)-spin/, ["number"]],
  [/::-webkit-search/, ["search"]],
  [/::file-selector-button/, ["file"]],
];

/**
 * Elements the content has: tags in its HTML, and the ones its scripts create; inputs also as
 * `input:<type>` (`input:*` for one a script creates, whose type it may set to anything).
 */
function tagsIn(content: readonly string[], scripts: readonly string[]): Set<string> {
  const tags = new Set(["html", "body", "head"]);
  for (const text of content)
    for (const [input] of text.matchAll(/<input\b[^>]*>/gi))
      tags.add(`input:${(/\stype=["']?([\w-]+)/i.exec(input)?.[1] ?? "text").toLowerCase()}`);
  // Markup in a script's strings (innerHTML) counts as well: a stray `i<n ` only keeps a rule too many.
  for (const text of [...content, ...scripts]) {
    for (const [, tag] of text.matchAll(/<([a-z][a-z0-9]*)[\s>/]/gi)) tags.add(tag!.toLowerCase());
    for (const [, tag] of text.matchAll(/createElement(?:NS)?\([^)]*?["'`]([a-z][a-z0-9]*)["'`]\)/g)) {
      tags.add(tag!);
      if (tag === "input") tags.add("input:*");
    }
  }
  return tags;
}

/**
 * Tailwind registers the custom properties its utilities use (`@property --tw-shadow`, with a
 * fallback in `@layer properties`); one that no remaining rule uses goes too.
 */
function dropUnusedProperties(root: Root): void {
  let used = "";
  root.walkDecls((decl) => {
    if (!isInProperties(decl)) used += `${decl.prop}:${decl.value};`;
  });
  const unused = (name: string) => !new RegExp(`${name.replace(/[-]/g, "\\-")}(?![\\w-])`).test(used);
  root.walkAtRules("property", (rule) => {
    if (unused(rule.params.trim())) rule.remove();
  });
  root.walkDecls((decl) => {
    if (decl.prop.startsWith("--") && isInProperties(decl) && unused(decl.prop)) decl.remove();
  });
}

/**
 * The theme's and the app's custom properties that nothing left reads (no remaining declaration uses
 * them with var(), and the content names none: its SVGs fill with var(--color-bar)), then keyframes
 * that no remaining declaration names. Tailwind's own (--tw-*) are dropUnusedProperties' to judge.
 */
function dropUnusedVariables(root: Root, content: readonly string[]): void {
  const named = new Set<string>();
  for (const text of content) for (const [name] of text.matchAll(/--[\w-]+/g)) named.add(name);
  for (let removed = true; removed;) {
    removed = false;
    const read = new Set(named);
    root.walkDecls((decl) => {
      for (const [, name] of decl.value.matchAll(/var\(\s*(--[\w-]+)/g)) read.add(name!);
    });
    root.walkDecls((decl) => {
      if (!decl.prop.startsWith("--") || decl.prop.startsWith("--tw-") || read.has(decl.prop)) return;
      const rule = decl.parent;
      decl.remove();
      removed = true;
      if (rule?.type === "rule" && !(rule as Rule).nodes.length) removeWithEmptyParents(rule);
    });
  }
  let values = "";
  root.walkDecls((decl) => {
    values += ` ${decl.value} `;
  });
  root.walkAtRules("keyframes", (rule) => {
    if (!new RegExp(`(^|[\\s,])${rule.params.trim()}([\\s,;]|$)`).test(values)) rule.remove();
  });
}

/** Removes a node, and the @media, @supports or @layer it leaves empty (up to `keep`, which stays). */
function removeWithEmptyParents(node: Node, keep?: Node): void {
  const parent = node.parent;
  node.remove();
  if (parent?.type === "atrule" && parent !== keep && !(parent as AtRule).nodes?.length)
    removeWithEmptyParents(parent as AtRule, keep);
}

function isInProperties(node: Node): boolean {
  for (let parent = node.parent; parent; parent = parent.parent)
    if (
      parent.type === "atrule" &&
      ((parent as AtRule).name === "property" ||
        ((parent as AtRule).name === "layer" && (parent as AtRule).params === "properties"))
    )
      return true;
  return false;
}

/** Removes the rules of a layer none of whose selectors `keep` accepts. */
function keepInLayer(root: Root, name: string, keep: (selector: string) => boolean): void {
  root.walkAtRules("layer", (layer) => {
    if (layer.params !== name) return;
    layer.walkRules((rule) => {
      // An @media or @supports left empty inside the layer goes with its last rule; the layer stays.
      if (!rule.selectors.some(keep)) removeWithEmptyParents(rule, layer);
    });
  });
}

/** A utility's selector starts with its class; a selector that does not is kept. */
function isUsed(selector: Rule["selector"], candidates: Set<string>): boolean {
  const leading = /^\.((?:\\.|[\w-])+)/.exec(selector.trim());
  return !leading || candidates.has(leading[1]!.replace(/\\(.)/g, "$1"));
}

/** The class attributes of a page's HTML: its other words (a button's data-value="table") name no class. */
function classAttributesIn(html: string): string {
  return [...html.matchAll(/\sclass=(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g)].map((m) => m[1] ?? m[2] ?? m[3]).join(" ");
}

/**
 * The class names a script gives the elements it adds: the strings it assigns to `className` or a
 * class attribute, or passes to `classList`. Only those: every other word of a script (an event
 * named "blur", a "hidden" flag, a "transform" it sets as a style property) would keep a utility,
 * and the custom properties it needs, that no element of the page has. A className assigned from an
 * expression fails the build rather than leave its classes out.
 */
function classNamesIn(script: string): string {
  // A class name from an expression (a variable, a condition) is one this cannot see: refuse it.
  const dynamic = /className\s*=\s*(?!["'`=\s])/.exec(script);
  if (dynamic)
    throw new Error(
      `critical-css: a page script sets className from an expression ("${script.slice(dynamic.index, dynamic.index + 48)}…"): give it string literals, or the page's inline CSS may lack its classes`,
    );
  const names: string[] = [];
  const assigned = /(?:className\s*=\s*|setAttribute\(\s*["'`]class["'`]\s*,\s*|class=\\?)(["'`])((?:(?!\1)[^\\])*)/g;
  for (const [, , value] of script.matchAll(assigned)) names.push(value!);
  for (const [, args] of script.matchAll(/classList\.(?:add|toggle|replace)\(([^)]*)\)/g)) names.push(args!);
  return names.join(" ");
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/**
 * Every string that could be a class name: split at spaces and quotes (class="…", className = "…"),
 * and again at tag and attribute punctuation. Too many candidates keep a rule too many, never too few.
 */
function candidatesIn(content: readonly string[]): Set<string> {
  const candidates = new Set<string>();
  for (const text of content) {
    const decoded = text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!);
    for (const separators of [/[\s"'`]+/, /[\s"'`<>=]+/])
      for (const token of decoded.split(separators)) candidates.add(token);
  }
  return candidates;
}
