/** What a maintainer reads when a chart's drawing moved: the element that moved and how, never a bare text line. */
import { describe, expect, it } from "vitest";
import { normaliseSvg, parsePalette, summariseDifferences } from "../../scripts/lib/svg-snapshot.ts";

const palette = parsePalette(":root { --color-ink: light-dark(#111111, #eeeeee); }");

function snapshot(markup: string): string {
  const host = document.createElement("div");
  host.innerHTML = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50">${markup}</svg>`;
  return normaliseSvg(host.querySelector("svg")!, palette, "light");
}

// Recharts writes a rounded bar's path data over two lines, as here.
const bar = (top: number) =>
  `<g class="recharts-bar"><path class="recharts-rectangle" d="M10,${top}A 2,2,0,0,1,12,${top - 2}L 20,${top - 2}A 2,2,0,0,1,
    22,${top}L 22,40L 10,40Z" fill="var(--color-ink)"/></g>`;

describe("visual snapshots", () => {
  it("keep each element on one line, path data included", () => {
    const text = snapshot(bar(30));
    expect(text).toContain('d="M10,30A 2,2,0,0,1,12,28L 20,28A 2,2,0,0,1, 22,30L 22,40L 10,40Z"');
    expect(text.split("\n").filter((line) => line.trim().startsWith("<path"))).toHaveLength(1);
  });

  it("name a bar whose height changed as that bar's path, with the path data before and after", () => {
    const summary = summariseDifferences(snapshot(bar(30)), snapshot(bar(25)));
    expect(summary).toMatch(/^1 changed, 0 added, 0 removed/);
    expect(summary).toContain("~ svg > g.recharts-bar > path.recharts-rectangle: d ");
    expect(summary).toMatch(/M10,30A .* → M10,25A /);
    expect(summary).not.toContain("#text");
  });

  it("resolve colours for the scheme and report the same drawing as no difference", () => {
    expect(snapshot(bar(30))).toContain('fill="#111111"');
    expect(summariseDifferences(snapshot(bar(30)), snapshot(bar(30)))).toBeNull();
  });
});
