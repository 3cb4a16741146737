/**
 * Turns a chart SVG that Recharts drew (in jsdom, at build time) into markup for the embed page and
 * for /static/<chart>.svg. Pure DOM work, no layout, so it runs in jsdom and is unit-tested there.
 */
import { styleToAttributes } from "@/charts/shared/svg-style.ts";

export type BakedSize = "narrow" | "wide";

/** Sizes the build draws each chart at; embed.css shows the wide one from WIDE_MEDIA on. */
export const BAKED_SIZES: Record<BakedSize, { width: number; height: number }> = {
  narrow: { width: 400, height: 300 },
  wide: { width: 720, height: 360 },
};

export const WIDE_MEDIA = "(min-width: 560px)";

/** Prefixes every id (and each reference to it), so several baked SVGs can share one page. */
export function prefixIds(root: Element, prefix: string): void {
  const ids = new Map<string, string>();
  for (const el of root.querySelectorAll("[id]")) {
    const next = `${prefix}${el.id}`;
    ids.set(el.id, next);
    el.id = next;
  }
  if (!ids.size) return;
  for (const el of [root, ...root.querySelectorAll("*")]) {
    for (const attr of [...el.attributes]) {
      let value = attr.value.replace(/url\(#([^)]+)\)/g, (whole, id: string) =>
        ids.has(id) ? `url(#${ids.get(id)})` : whole,
      );
      if ((attr.name === "href" || attr.name === "xlink:href") && value.startsWith("#") && ids.has(value.slice(1)))
        value = `#${ids.get(value.slice(1))}`;
      if (value !== attr.value) el.setAttribute(attr.name, value);
    }
  }
}

/**
 * The SVG for the embed page: scales to its box (viewBox, 100% size), is one image for screen
 * readers (named by the article's title and description) and can take keyboard focus, which is
 * when the page swaps in the live chart with its keyboard navigation.
 */
export function bakeForPage(
  svg: SVGSVGElement,
  size: BakedSize,
  /** `surface`: the name it takes once its script makes it answer the arrow keys (surfaceLabel). */
  aria: { labelledBy: string; describedBy: string; surface?: string },
  idPrefix: string,
  /** The size it was drawn at, when not the embed's (the explorer bakes its plot at its own sizes). */
  drawn: { width: number; height: number } = BAKED_SIZES[size],
): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const { width, height } = drawn;
  copy.removeAttribute("style");
  styleToAttributes(copy);
  prefixIds(copy, idPrefix);
  for (const el of copy.querySelectorAll(":scope > title, :scope > desc")) if (!el.textContent) el.remove();
  trimForPage(copy);
  copy.setAttribute("viewBox", `0 0 ${width} ${height}`);
  copy.setAttribute("width", "100%");
  copy.setAttribute("height", "100%");
  copy.setAttribute("role", "img");
  copy.setAttribute("aria-labelledby", aria.labelledBy);
  copy.setAttribute("aria-describedby", aria.describedBy);
  if (aria.surface) copy.setAttribute("data-kdem-surface", aria.surface);
  copy.setAttribute("tabindex", "0");
  copy.setAttribute("class", "kdem-baked");
  copy.setAttribute("data-kdem-baked", "");
  copy.setAttribute("data-kdem-size", size);
  return copy.outerHTML;
}

/**
 * The points' JSON in single quotes: the serializer's double quotes turn each of its quotes into
 * `&quot;` (about 100 bytes gzip of a page). Same attribute value once parsed. For the page's markup
 * as written: any later serialization (innerHTML) puts the `&quot;` back.
 */
export function withSingleQuotedPoints(html: string): string {
  return html.replace(
    / data-kdem-points="([^"]*)"/g,
    (_, value: string) => ` data-kdem-points='${value.replace(/&quot;/g, '"').replace(/'/g, "&#39;")}'`,
  );
}

/** Geometry attributes whose numbers the page gets to 2 decimals (0.005 px at most: invisible, but for text, kept exact). */
const GEOMETRY = ["d", "x", "y", "x1", "y1", "x2", "y2", "width", "height", "cx", "cy", "r", "points", "transform"];

/**
 * Drops what draws nothing from a baked SVG, because every byte of the page stands between the reader
 * and the chart: the x/y/width/height Recharts leaves on paths and lines (attributes those elements
 * do not have) and its layout props on lines, groups and text; its `recharts-*` class names (no
 * stylesheet or script of a baked page selects them: the live chart is Recharts' own SVG; the marks
 * the charts draw themselves keep their `kdem-*` names, which the browser tests find them by, for
 * ≈0.1 kB gzip of a page); groups with nothing in them, and groups that only wrapped their children
 * (no attribute left to pass on); digits past the second decimal, and the spaces path data does not need.
 */
export function trimForPage(root: SVGSVGElement): void {
  for (const el of root.querySelectorAll("path, line"))
    for (const name of ["x", "y", "width", "height", "angle", "orientation"]) el.removeAttribute(name);
  for (const el of root.querySelectorAll("text"))
    for (const name of ["width", "height", "orientation", "offset"]) el.removeAttribute(name);
  for (const el of root.querySelectorAll("g[offset]")) el.removeAttribute("offset");
  for (const el of root.querySelectorAll('[fill-opacity="1"]')) el.removeAttribute("fill-opacity");
  for (const el of root.querySelectorAll("[class]")) {
    const kept = el
      .getAttribute("class")!
      .split(/\s+/)
      .filter((name) => name && !name.startsWith("recharts-"));
    if (kept.length) el.setAttribute("class", kept.join(" "));
    else el.removeAttribute("class");
  }
  for (const el of root.querySelectorAll("*"))
    for (const name of GEOMETRY) {
      // Glyphs snap to the pixel grid (whole pixels down, parts of one across): a label moved by even
      // 0.005 px can land on the other side of a step (67.495 → 67.5 moved one down by a pixel).
      if (el.tagName === "text" || el.tagName === "tspan") continue;
      const value = el.getAttribute(name);
      if (value === null) continue;
      let rounded = value
        .replace(/-?\d*\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
        .replace(/\s+/g, " ");
      if (name === "d") rounded = rounded.replace(/([A-Za-z,]) /g, "$1").replace(/ ([A-Za-z,])/g, "$1");
      if (rounded !== value) el.setAttribute(name, rounded);
    }
  // A label of one line: its tspan (at the text's own x, shifted by dy) says nothing the text cannot.
  for (const text of root.querySelectorAll("text")) {
    const only = text.firstChild;
    if (!(only instanceof Element) || only.tagName !== "tspan" || text.childNodes.length !== 1) continue;
    const names = only.getAttributeNames();
    if (
      only.children.length ||
      names.some((n) => n !== "x" && n !== "dy") ||
      only.getAttribute("x") !== text.getAttribute("x")
    )
      continue;
    const dy = only.getAttribute("dy");
    if (dy !== null && dy !== "0em") text.setAttribute("dy", dy);
    text.textContent = only.textContent;
  }
  // Text has no stroke unless something around it gives one.
  for (const text of root.querySelectorAll('text[stroke="none"]'))
    if (!text.parentElement?.closest("[stroke]")) text.removeAttribute("stroke");
  // Innermost first, so a group that held only empty groups goes too.
  for (const g of [...root.querySelectorAll("g")].reverse()) {
    if (!g.firstElementChild && !g.textContent?.trim() && !g.id) g.remove();
    else if (!g.attributes.length) g.replaceWith(...g.childNodes);
  }
}

/**
 * A stand-alone SVG file (/static/<chart>.svg): the page's colour variables travel inside it, so
 * it follows the viewer's light or dark scheme, with a background, a title and a description.
 */
export function standaloneSvg(svg: SVGSVGElement, colorCss: string, title: string, description: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const doc = copy.ownerDocument;
  const ns = "http://www.w3.org/2000/svg";
  const { width, height } = BAKED_SIZES.wide;
  copy.removeAttribute("style");
  styleToAttributes(copy);
  for (const attr of ["role", "tabindex", "class", "data-kdem-axis", "data-kdem-points"]) copy.removeAttribute(attr);
  for (const el of copy.querySelectorAll(":scope > title, :scope > desc")) el.remove();
  copy.setAttribute("viewBox", `0 0 ${width} ${height}`);
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height));
  copy.setAttribute("role", "img");
  const style = doc.createElementNS(ns, "style");
  style.textContent = `${colorCss}\nsvg{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans KR","Apple SD Gothic Neo","Malgun Gothic",sans-serif}`;
  const background = doc.createElementNS(ns, "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", "var(--color-surface)");
  const titleEl = doc.createElementNS(ns, "title");
  titleEl.textContent = title;
  const descEl = doc.createElementNS(ns, "desc");
  descEl.textContent = description;
  copy.prepend(titleEl, descEl, style, background);
  // XML, not HTML, serialization: the file is parsed as XML, where "&nbsp;" and friends do not exist.
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}
