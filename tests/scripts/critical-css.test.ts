// @vitest-environment node
/** The inline part of the stylesheet a baked page gets (scripts/lib/critical-css.ts). */
import { describe, expect, it } from "vitest";
import { criticalCss } from "../../scripts/lib/critical-css.ts";

const CSS = [
  "@layer theme{:root{--color-ink:#000}}",
  "@layer base{*,:after{box-sizing:border-box}abbr:where([title]){text-decoration:underline}code,kbd{font-size:1em}",
  "::-webkit-datetime-edit{padding:0}[hidden]:where(:not([hidden=until-found])){display:none!important}}",
  "@layer utilities{.flex{display:flex}.grid{display:grid}.text-\\[0\\.95rem\\]{font-size:.95rem}",
  ".shadow{--tw-shadow:0 1px #0001;box-shadow:var(--tw-shadow)}.\\[\\&\\>svg\\]\\:block>svg{display:block}",
  "@media (width>=40rem){.sm\\:flex-row{flex-direction:row}}@media (width>=40rem){.sm\\:grid-cols-2{grid-template-columns:repeat(2,1fr)}}}",
  "[data-kdem-baked-plot]>svg{display:block}",
  '@property --tw-shadow{syntax:"*";inherits:false;initial-value:0 0 #0000}',
  '@property --tw-rotate-x{syntax:"*";inherits:false}',
  "@layer properties{*{--tw-shadow:0 0 #0000;--tw-rotate-x:initial}}",
].join("");

describe("critical CSS", () => {
  it("keeps the utilities a page's content names, and everything that is not a utility", () => {
    const css = criticalCss(CSS, [
      `<div class="flex text-[0.95rem]"><p class="[&amp;>svg]:block">x</p></div>`,
      `tip.className = "shadow";`,
    ]);
    for (const kept of [
      ".flex{",
      ".text-\\[0\\.95rem\\]",
      ".shadow{",
      ".\\[\\&\\>svg\\]\\:block",
      ":root{--color-ink",
      "[hidden]:where",
      "[data-kdem-baked-plot]>svg",
      "@property --tw-shadow",
    ])
      expect(css, kept).toContain(kept);
    for (const dropped of [
      "abbr:where",
      "code,kbd",
      "::-webkit-datetime-edit",
      ".grid{",
      "sm\\:flex-row",
      "sm\\:grid-cols-2",
      "@property --tw-rotate-x",
      "--tw-rotate-x:initial",
    ])
      expect(css, dropped).not.toContain(dropped);
    expect(css).toContain("--tw-shadow:0 0 #0000");
  });

  it("keeps a base rule when the page, or a script of it, has an element it names", () => {
    const css = criticalCss(CSS, ["<p><abbr title=x>SIPRI</abbr></p>", 'const field = doc.createElement("input");']);
    expect(css).toContain("abbr:where");
    expect(css).toContain("::-webkit-datetime-edit");
    expect(css).not.toContain("code,kbd");
  });

  it("drops a media query left empty by its last utility", () => {
    expect(criticalCss(CSS, ["flex"])).not.toContain("@media");
    expect(criticalCss(CSS, ["sm:flex-row"]).match(/@media/g)).toHaveLength(1);
  });
});
