/** How the build turns a Recharts SVG into the embed page's baked chart and the static image. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  BAKED_SIZES,
  WIDE_MEDIA,
  bakeForPage,
  prefixIds,
  standaloneSvg,
  trimForPage,
  withSingleQuotedPoints,
} from "@/features/embed/baked-svg.ts";
import { styleToAttributes } from "@/charts/shared/svg-style.ts";

const svgOf = (markup: string): SVGSVGElement => {
  const host = document.createElement("div");
  host.innerHTML = markup;
  return host.querySelector("svg")!;
};

const RECHARTS_LIKE = `<svg role="application" tabindex="0" class="recharts-surface" width="720" height="360" viewBox="0 0 720 360" style="width: 100%; height: 100%; display: block;">
  <title></title><desc></desc>
  <defs><clipPath id="recharts1-clip"><rect width="10" height="10"></rect></clipPath><pattern id="kdem-hatch"><rect></rect></pattern></defs>
  <g clip-path="url(#recharts1-clip)"><path fill="url(#kdem-hatch)" d="M0,0"></path><use href="#kdem-hatch"></use></g>
  <text fill="var(--color-ink-muted)" style="fill: var(--color-ink-muted);">2022</text>
  <g style="transform-origin: 10px 20px; transform: scaleY(1); transition: transform 400ms ease-in-out;"><line></line></g>
</svg>`;

describe("baking an SVG", () => {
  it("turns style attributes into SVG attributes, dropping finished entry animations", () => {
    const svg = svgOf(RECHARTS_LIKE);
    svg.removeAttribute("style");
    styleToAttributes(svg);
    expect(svg.querySelectorAll("[style]")).toHaveLength(0);
    expect(svg.querySelector("text")!.getAttribute("fill")).toBe("var(--color-ink-muted)");
    expect(svg.querySelector("g[transform]")).toBeNull();
  });

  it("refuses a style it cannot express, rather than baking a wrong chart", () => {
    expect(() => styleToAttributes(svgOf(`<svg><g style="transform: scaleY(0.2)"></g></svg>`))).toThrow(
      /cannot bake style "transform: scaleY\(0.2\)" on <g>/,
    );
    expect(() => styleToAttributes(svgOf(`<svg><rect style="filter: blur(2px)"></rect></svg>`))).toThrow(/filter/);
  });

  it("prefixes ids and every reference to them", () => {
    const svg = svgOf(RECHARTS_LIKE);
    prefixIds(svg, "kdem-ko-wide-");
    expect([...svg.querySelectorAll("[id]")].map((e) => e.id)).toEqual([
      "kdem-ko-wide-recharts1-clip",
      "kdem-ko-wide-kdem-hatch",
    ]);
    expect(svg.querySelector("g")!.getAttribute("clip-path")).toBe("url(#kdem-ko-wide-recharts1-clip)");
    expect(svg.querySelector("path")!.getAttribute("fill")).toBe("url(#kdem-ko-wide-kdem-hatch)");
    expect(svg.querySelector("use")!.getAttribute("href")).toBe("#kdem-ko-wide-kdem-hatch");
  });

  it("drops what draws nothing: x/y/size on paths and lines, empty groups, digits past the second decimal", () => {
    const svg = svgOf(`<svg viewBox="0 0 720 360">
      <g class="recharts-zIndex-layer_-50"><g class="recharts-layer"></g></g>
      <g class="recharts-bar"><path class="recharts-rectangle" x="61.38" y="322.375" width="11" height="3.625" d="M61.38,324.1875A 1.8125,1.8125,0,0,1,
        63.1925,322.375L 72.38,326Z"></path></g>
      <line angle="0" orientation="bottom" fill-opacity="1" x="60" y="36" width="276" height="290" x1="60" y1="253.5" x2="336.0049" y2="253.5"></line>
      <rect x="1.23456" y="2" width="10" height="5"></rect><g id="kept"></g><text orientation="left" width="44" height="258" offset="5" x="12.3456">2022</text>
    </svg>`);
    trimForPage(svg);
    expect(svg.querySelectorAll("g").length).toBe(1);
    expect(svg.querySelector("#kept")).not.toBeNull();
    const path = svg.querySelector("path")!;
    expect([...path.attributes].map((a) => a.name)).toEqual(["d"]);
    expect(path.getAttribute("d")).toBe("M61.38,324.19A1.81,1.81,0,0,1,63.19,322.38L72.38,326Z");
    expect(path.parentElement).toBe(svg);
    expect([...svg.querySelector("line")!.attributes].map((a) => `${a.name}=${a.value}`)).toEqual([
      "x1=60",
      "y1=253.5",
      "x2=336",
      "y2=253.5",
    ]);
    expect(svg.querySelector("rect")!.getAttribute("x")).toBe("1.23");
    // Text keeps its position exactly: glyphs snap to the pixel grid, so a label moved by 0.005 px can move by one
    // (the browser test tests/e2e/baked-svg.spec.ts compares every baked chart with the chart, pixel by pixel).
    expect([...svg.querySelector("text")!.attributes].map((a) => `${a.name}=${a.value}`)).toEqual(["x=12.3456"]);
    expect(svg.querySelector("text")!.textContent).toBe("2022");
  });

  it("keeps the groups that pass something on and the classes that are not Recharts'", () => {
    const svg = svgOf(`<svg viewBox="0 0 720 360">
      <g class="recharts-layer recharts-errorBar" stroke="var(--color-ink)" offset="0"><line x1="1" y1="2" x2="3" y2="4"></line></g>
      <g class="recharts-layer kdem-value-labels"><g class="recharts-layer"><text x="1">$17.3B</text></g></g>
      <g clip-path="url(#c)"><path d="M 0 0 L 10 10"></path></g>
    </svg>`);
    trimForPage(svg);
    const groups = [...svg.querySelectorAll("g")].map((g) => [...g.attributes].map((a) => `${a.name}=${a.value}`));
    expect(groups).toEqual([["stroke=var(--color-ink)"], ["class=kdem-value-labels"], ["clip-path=url(#c)"]]);
    expect(svg.querySelector(".kdem-value-labels > text")!.textContent).toBe("$17.3B");
    expect(svg.querySelector("path")!.getAttribute("d")).toBe("M0 0L10 10");
  });

  it("writes a one-line label without its tspan, and text without the stroke it does not have", () => {
    const svg = svgOf(`<svg viewBox="0 0 720 360">
      <text stroke="none" x="52" y="36" text-anchor="end"><tspan x="52" dy="0.355em">$20B</tspan></text>
      <text x="65" y="31"><tspan x="65" dy="0em">2030 goal</tspan></text>
      <text x="10" y="20"><tspan x="10" dy="0.71em">two</tspan><tspan x="10" dy="1em">lines</tspan></text>
      <g stroke="red"><text stroke="none" x="1">kept</text></g>
    </svg>`);
    trimForPage(svg);
    const texts = [...svg.querySelectorAll("text")].map((t) => t.outerHTML);
    expect(texts).toEqual([
      '<text x="52" y="36" text-anchor="end" dy="0.355em">$20B</text>',
      '<text x="65" y="31">2030 goal</text>',
      '<text x="10" y="20"><tspan x="10" dy="0.71em">two</tspan><tspan x="10" dy="1em">lines</tspan></text>',
      '<text stroke="none" x="1">kept</text>',
    ]);
  });

  it("writes every baked chart's points JSON in single quotes, which parse to the same value", () => {
    const points = JSON.stringify([{ at: 1, title: `Korea's "record"`, lines: ["a & b"], id: "x" }]);
    const host = document.createElement("div");
    for (const size of ["narrow", "wide"] as const) {
      const svg = svgOf(RECHARTS_LIKE);
      svg.setAttribute("data-kdem-points", points);
      host.innerHTML += bakeForPage(svg, size, { labelledBy: "t", describedBy: "d" }, `${size}-`);
    }
    // As a page's markup is written: serialized once more (innerHTML), which quotes with &quot;.
    const html = withSingleQuotedPoints(host.innerHTML);
    expect(host.innerHTML).toContain("&quot;");
    expect(html).not.toContain("&quot;");
    host.innerHTML = html;
    expect([...host.querySelectorAll("svg")].map((svg) => svg.getAttribute("data-kdem-points"))).toEqual([
      points,
      points,
    ]);
  });

  it("makes the page's SVG a scalable, named, focusable image without inline style", () => {
    const html = bakeForPage(svgOf(RECHARTS_LIKE), "narrow", { labelledBy: "t", describedBy: "d" }, "p-");
    const baked = svgOf(html);
    expect(html).not.toContain("style=");
    expect(baked.getAttribute("viewBox")).toBe(`0 0 ${BAKED_SIZES.narrow.width} ${BAKED_SIZES.narrow.height}`);
    expect([baked.getAttribute("width"), baked.getAttribute("height")]).toEqual(["100%", "100%"]);
    expect(baked.getAttribute("role")).toBe("img");
    expect(baked.getAttribute("aria-labelledby")).toBe("t");
    expect(baked.getAttribute("aria-describedby")).toBe("d");
    expect(baked.getAttribute("tabindex")).toBe("0");
    expect(baked.dataset.kdemSize).toBe("narrow");
    // Recharts' empty title/desc would hide the accessible name; they go.
    expect(baked.querySelector("title")).toBeNull();
  });

  it("writes a stand-alone SVG file that parses as XML and carries its colours, title and description", () => {
    const file = standaloneSvg(
      svgOf(RECHARTS_LIKE.replace("2022", "2022\u00a0$17.3B")),
      ":root{--color-ink:light-dark(#000,#fff)}",
      "A & B",
      "Desc",
    );
    const doc = new DOMParser().parseFromString(file, "image/svg+xml");
    expect(doc.querySelector("parsererror")).toBeNull();
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect(root.getAttribute("width")).toBe("720");
    expect(root.querySelector("title")!.textContent).toBe("A & B");
    expect(root.querySelector("desc")!.textContent).toBe("Desc");
    expect(root.querySelector("style")!.textContent).toContain("--color-ink:light-dark(#000,#fff)");
    expect(file).not.toContain("style=");
  });

  it("keeps the plot box's CSS aspect ratios and breakpoint equal to the baked sizes", () => {
    const css = readFileSync(resolve(import.meta.dirname, "../../../src/features/embed/embed.css"), "utf8");
    const ratios = [...css.matchAll(/aspect-ratio:\s*(\d+)\s*\/\s*(\d+)/g)].map((m) => `${m[1]}x${m[2]}`);
    expect(ratios).toEqual([BAKED_SIZES.narrow, BAKED_SIZES.wide].map((s) => `${s.width}x${s.height}`));
    // The live chart picks its size with the media query that picks the baked one.
    expect(css).toContain(`@media ${WIDE_MEDIA} {`);
  });
});
