/**
 * The part of the app's stylesheet a baked page needs before the app runs. The pages carry their CSS
 * inline (a stylesheet file is a request the first paint waits for), and every byte of the page is
 * time before the chart on a slow link: the whole Tailwind build is ~6 kB gzip, mostly utilities the
 * baked pages never use. The full stylesheet still comes, with the app (src/ui/full-stylesheet.ts).
 *
 * Utilities are dropped when their class name (the Tailwind candidate, as Tailwind itself finds
 * them) appears nowhere in what the page can show before the app: its HTML, the views the pre-paint
 * script may put in, the plain scripts that add elements; base rules when the page has none of the
 * elements they name; @property rules no remaining rule uses. The theme and the app's own rules stay
 * whole.
 */
import postcss, { type AtRule, type Node, type Root, type Rule } from "postcss";

export function criticalCss(css: string, content: readonly string[]): string {
  const candidates = candidatesIn(content);
  const tags = tagsIn(content);
  const root = postcss.parse(css);
  keepInLayer(root, "utilities", (selector) => isUsed(selector, candidates));
  keepInLayer(root, "base", (selector) => mayMatch(selector, tags));
  dropUnusedProperties(root);
  return root.toString();
}

/**
 * The base layer (Tailwind's preflight) styles elements by name: a rule for elements the page has
 * none of (code, table, sub, the form controls' parts…) goes. A selector that names no element is kept.
 */
function mayMatch(selector: string, tags: Set<string>): boolean {
  // Functional pseudo-classes only narrow what the selector before them matches.
  const outer = selector.replace(/:[\w-]+\((?:[^()]|\([^()]*\))*\)/g, "");
  const names = [...outer.matchAll(/(?:^|[\s>+~])([a-z][a-z0-9]*)/g)].map((m) => m[1]!);
  const controlPart =
    /::(?:-webkit-(?:datetime|date-and-time|calendar-picker|inner-spin|outer-spin|search)[\w-]*|placeholder|file-selector-button)/.test(
      outer,
    );
  if (controlPart) names.push("input");
  return names.every((name) => tags.has(name) || (name === "input" && tags.has("textarea")));
}

/** Elements the content has: tags in its HTML, and the ones its scripts create. */
function tagsIn(content: readonly string[]): Set<string> {
  const tags = new Set(["html", "body", "head"]);
  for (const text of content) {
    for (const [, tag] of text.matchAll(/<([a-z][a-z0-9]*)[\s>/]/gi)) tags.add(tag!.toLowerCase());
    for (const [, tag] of text.matchAll(/createElement(?:NS)?\([^)]*?["'`]([a-z][a-z0-9]*)["'`]\)/g)) tags.add(tag!);
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
      if (rule.selectors.some(keep)) return;
      const parent = rule.parent;
      rule.remove();
      // An @media or @supports left empty inside the layer goes with its last rule.
      if (parent?.type === "atrule" && parent !== layer && !parent.nodes?.length) parent.remove();
    });
  });
}

/** A utility's selector starts with its class; a selector that does not is kept. */
function isUsed(selector: Rule["selector"], candidates: Set<string>): boolean {
  const leading = /^\.((?:\\.|[\w-])+)/.exec(selector.trim());
  return !leading || candidates.has(leading[1]!.replace(/\\(.)/g, "$1"));
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
