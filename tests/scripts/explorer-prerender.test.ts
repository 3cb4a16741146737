/** What the prerendered explorer page carries of a chart's full source list and hover points (scripts/lib/explorer-prerender.ts). */
import { describe, expect, it } from "vitest";
import { deferSourceList, movePoints, staticOnly } from "../../scripts/lib/explorer-prerender.ts";

const page = {
  href: "/sources/annual-exports.en.html",
  linkText: (n: number) => `All ${n} sources, on a page of their own`,
};

function root(html: string): HTMLElement {
  const host = document.createElement("div");
  host.innerHTML = html;
  return host;
}

describe("the source list of a prerendered view", () => {
  it("goes to its own page; the disclosure keeps a link to it and says how many there are", () => {
    const host =
      root(`<figure data-chart="annual-exports"><details data-source-list=""><summary>and 2 more sources</summary>
      <ul class="mt-1"><li><a href="https://a.example">A</a></li><li><a href="https://b.example">B</a></li><li><a href="https://c.example">C</a></li></ul></details></figure>`);
    const list = deferSourceList(host, page);
    expect(list).toMatch(/^<ul class="mt-1"><li><a href="https:\/\/a.example">A<\/a><\/li>.*c\.example/);
    const details = host.querySelector("details")!;
    expect(details.dataset.sourceList).toBe(page.href);
    expect(details.querySelector("summary")!.textContent).toBe("and 2 more sources");
    const links = [...details.querySelectorAll("ul > li > a")];
    expect(links.map((a) => [a.getAttribute("href"), a.textContent])).toEqual([
      [page.href, "All 3 sources, on a page of their own"],
    ]);
  });

  it("leaves a view whose source line names every source as it is", () => {
    const host = root(
      `<figure data-chart="recipients"><p>Source: SIPRI</p></figure><aside><details><ul><li>x</li></ul></details></aside>`,
    );
    const before = host.innerHTML;
    expect(deferSourceList(host, page)).toBeNull();
    expect(host.innerHTML).toBe(before);
  });
});

describe("the hover points of a prerendered view", () => {
  it("go to the view's file, keyed by size; each SVG names its part of it", () => {
    const narrow = [{ at: 10, title: "2022: $17.3B", lines: [], id: "exports-2022" }];
    const wide = [{ at: 20, title: "2022: $17.3B", lines: [], id: "exports-2022" }];
    const host = root(
      `<div data-kdem-baked-plot><svg data-kdem-size="narrow" data-kdem-points='${JSON.stringify(narrow)}'></svg><svg data-kdem-size="wide" data-kdem-points='${JSON.stringify(wide)}'></svg></div>`,
    );
    const file = movePoints(host, "/prerender/annual-exports.en.points.json");
    expect(JSON.parse(file)).toEqual({ narrow, wide });
    expect(host.innerHTML).not.toContain("data-kdem-points=");
    expect([...host.querySelectorAll("svg")].map((svg) => svg.getAttribute("data-kdem-points-src"))).toEqual([
      "/prerender/annual-exports.en.points.json#narrow",
      "/prerender/annual-exports.en.points.json#wide",
    ]);
  });
});

describe("the controls of a prerendered view", () => {
  it("are switched off but show the state the app rendered them in", () => {
    const host = root(
      '<select><option value="2021-2025">2021–25 (SIPRI)</option><option value="2020-2024">2020–24</option></select>' +
        '<input type="checkbox" /><input type="number" value="1999" /><button type="button">Table</button>',
    );
    // As React leaves them: the choice and the tick set as properties only.
    host.querySelector("select")!.value = "2020-2024";
    host.querySelector<HTMLInputElement>("input[type=checkbox]")!.checked = true;
    staticOnly(host);
    const html = host.innerHTML;
    expect(html).toContain('<option value="2020-2024" selected="">');
    expect(html).not.toContain('<option value="2021-2025" selected');
    expect(html).toContain('<input type="checkbox" checked="" disabled="">');
    expect([...host.querySelectorAll("[disabled]")].map((el) => el.tagName)).toEqual([
      "SELECT",
      "INPUT",
      "INPUT",
      "BUTTON",
    ]);
  });
});
