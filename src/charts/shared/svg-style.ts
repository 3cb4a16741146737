/**
 * The one place that turns a drawn chart's styles into SVG presentation attributes, so the SVG looks
 * the same where no stylesheet reaches: the baked embed (its CSP allows no inline style, and jsdom
 * computes no styles, so the bake reads style attributes) and downloaded images (drawn in a browser,
 * so the export reads computed styles and keeps only what differs from the parent and the defaults).
 */

/** CSS properties Recharts writes as style that SVG also takes as attributes. */
export const PRESENTATION = new Set([
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-linejoin",
  "stroke-opacity",
  "opacity",
  "font-size",
  "font-weight",
  "font-family",
  "text-anchor",
  "dominant-baseline",
  "pointer-events",
  "visibility",
]);
/** An entry animation's end state: nothing to draw, so it can go. */
const IDENTITY_TRANSFORM = /^(none|scale[XY]?\(1\)|translate[XY]?\(0(px)?\))$/;

/**
 * Style attributes become SVG attributes: the page's CSP allows no inline style, and the baked
 * chart must look the same without it. A style the bake cannot express fails the build loudly.
 */
export function styleToAttributes(root: Element): void {
  for (const el of [root, ...root.querySelectorAll("[style]")]) {
    const style = el.getAttribute("style");
    if (style === null) continue;
    const declarations = style
      .split(";")
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.slice(0, d.indexOf(":")).trim().toLowerCase(), d.slice(d.indexOf(":") + 1).trim()] as const);
    const transform = declarations.find(([p]) => p === "transform")?.[1];
    const animationOnly = transform === undefined || IDENTITY_TRANSFORM.test(transform);
    for (const [property, value] of declarations) {
      if (PRESENTATION.has(property)) el.setAttribute(property, value);
      else if (
        property === "transition" ||
        ((property === "transform" || property === "transform-origin") && animationOnly)
      )
        continue;
      else throw new Error(`cannot bake style "${property}: ${value}" on <${el.tagName.toLowerCase()}>`);
    }
    el.removeAttribute("style");
  }
}

/** Initial values: an attribute equal to one of these says nothing. */
const DEFAULTS: Record<string, string> = {
  "fill-opacity": "1",
  "stroke-opacity": "1",
  opacity: "1",
  "stroke-dasharray": "none",
  "stroke-linecap": "butt",
  "stroke-linejoin": "miter",
  visibility: "visible",
  "pointer-events": "auto",
  "dominant-baseline": "auto",
  "text-anchor": "start",
  "font-weight": "400",
};

/**
 * Copies the computed look of every element of `from` onto the same element of its clone `to`,
 * as attributes, writing a property only where it differs from the parent's (inherited anyway)
 * and from its initial value. Paint servers become document-local (`url(#id)`): a browser reports
 * them with the page's address, which no other program can resolve.
 */
export function inlineComputedStyles(from: Element, to: Element, parent?: CSSStyleDeclaration): void {
  const computed = getComputedStyle(from);
  for (const property of PRESENTATION) {
    const value = localUrl(computed.getPropertyValue(property));
    if (!value || value === "normal" || value === DEFAULTS[property]) continue;
    if (parent && localUrl(parent.getPropertyValue(property)) === value && property !== "opacity") continue;
    to.setAttribute(property, value);
  }
  to.removeAttribute("style");
  to.removeAttribute("class");
  for (let i = 0; i < from.children.length; i++) {
    const child = to.children[i];
    if (child) inlineComputedStyles(from.children[i]!, child, computed);
  }
}

/** `url("https://host/page?x#kdem-hatch")` → `url(#kdem-hatch)`. */
function localUrl(value: string): string {
  return value.replace(/url\(\s*["']?[^"')]*#([^"')]+)["']?\s*\)/g, "url(#$1)");
}

/**
 * Removes what only the page needs: roles, tab stops, ARIA and data attributes, Recharts' classes.
 * A downloaded image is a picture, not a widget.
 */
export function stripInteractive(root: Element): void {
  for (const el of [root, ...root.querySelectorAll("*")])
    for (const attr of [...el.attributes])
      if (/^(role|tabindex|class|aria-.*|data-.*|on.*)$/.test(attr.name)) el.removeAttribute(attr.name);
}
