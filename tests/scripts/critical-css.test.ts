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
    const css = criticalCss(
      CSS,
      [
        `<div class="flex text-[0.95rem]" data-value="grid"><p class='[&amp;>svg]:block'>grid</p></div>`,
        `<svg><path fill="var(--color-ink)"></path></svg>`,
      ],
      [`tip.className = "shadow";`],
    );
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

  it("keeps the rules for the parts of the form controls the page has, and only those", () => {
    const css = criticalCss(
      "@layer base{::-webkit-datetime-edit{padding:0}::-webkit-inner-spin-button{height:auto}::file-selector-button{margin:0}::placeholder{opacity:1}}",
      ['<input type="range"><input class="w-20" type="number" value="2006">'],
    );
    expect(css).toContain("::-webkit-inner-spin-button");
    expect(css).toContain("::placeholder");
    expect(css).not.toContain("::-webkit-datetime-edit");
    expect(css).not.toContain("::file-selector-button");
  });

  it("takes from a script only the classes it gives elements, not its other words", () => {
    const script =
      'e.addEventListener("flex",f);x.hidden="grid";t.className=`shadow`;u.setAttribute("class","text-[0.95rem]");' +
      'v.classList.add("sm:flex-row");w.innerHTML="<b class=\\"sm:grid-cols-2\\">";';
    const css = criticalCss(CSS, ["<p>x</p>"], [script]);
    for (const kept of [".shadow{", ".text-\\[0\\.95rem\\]", "sm\\:flex-row", "sm\\:grid-cols-2"])
      expect(css, kept).toContain(kept);
    for (const dropped of [".flex{", ".grid{"]) expect(css, dropped).not.toContain(dropped);
    // A class name this cannot read fails the build instead of going missing.
    expect(() => criticalCss(CSS, [], ["t.className=e?`shadow`:`grid`"])).toThrow(/className from an expression/);
    expect(() => criticalCss(CSS, [], ['if(t.className==="x")t.className = "shadow"'])).not.toThrow();
    // Elements a script creates, or writes as markup, still keep their base rules.
    expect(criticalCss(CSS, ["<p>x</p>"], ['w.innerHTML="<abbr title=x>SIPRI</abbr>"'])).toContain("abbr:where");
    expect(criticalCss(CSS, ["<p>x</p>"], ['doc.createElement("abbr")'])).toContain("abbr:where");
  });

  it("keeps the custom properties and keyframes something left reads, and only those", () => {
    const css = criticalCss(
      [
        "@layer theme{:root{--spacing:.25rem;--font-mono:ui-monospace;--animate-spin:spin 1s linear infinite}}",
        "@layer utilities{.mt-1{margin-top:var(--spacing)}.animate-spin{animation:var(--animate-spin)}}",
        ":root{--color-bar:var(--lightningcss-light,#1f5fa8);--lightningcss-light:initial;--color-warn:#7a4b00}",
        "@media (prefers-color-scheme:dark){:root{--color-warn:#f3c674}}",
        "@keyframes spin{to{transform:rotate(360deg)}}",
      ].join(""),
      ['<p class="mt-1"><svg><rect fill="var(--color-bar)"></rect></svg></p>'],
    );
    for (const kept of ["--spacing:", "--color-bar:", "--lightningcss-light:initial"])
      expect(css, kept).toContain(kept);
    for (const dropped of ["--font-mono", "--animate-spin", "--color-warn", "@media", "@keyframes"])
      expect(css, dropped).not.toContain(dropped);
  });

  it("drops a media query left empty by its last utility", () => {
    expect(criticalCss(CSS, ['<p class="flex">'])).not.toContain("@media");
    expect(criticalCss(CSS, ['<p class="sm:flex-row">']).match(/@media/g)).toHaveLength(1);
  });
});
