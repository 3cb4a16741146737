/** Value labels laid out together: clear of other marks and labels, inside the drawing, most important first. */
import { describe, expect, it } from "vitest";
import {
  groundline,
  layoutLabels,
  overlaps,
  skyline,
  type LabelRequest,
  type Obstacle,
  type PlacedLabel,
} from "@/charts/shared/label-layout.ts";
import { textWidth } from "@/charts/shared/text-width.ts";

const FONT = 11;

/** Bars 10 px wide every 14 px from x = 20, their tops at the given y (the axis at y = 300). */
function bars(tops: number[]): {
  obstacles: Obstacle[];
  at: (i: number) => Omit<LabelRequest, "key" | "text" | "priority">;
} {
  const x = (i: number) => 25 + i * 14;
  return {
    obstacles: tops.map((top, i) => ({ x0: x(i) - 5, x1: x(i) + 5, top })),
    at: (i) => ({ x: x(i), halfWidth: 5, top: tops[i]! }),
  };
}

/** Every placed label inside the drawing, at its estimated width, touching no other label and above every mark under it. */
function clear(placed: PlacedLabel[], obstacles: Obstacle[], width: number) {
  for (const p of placed) {
    expect(p.box.x0).toBeGreaterThanOrEqual(0);
    expect(p.box.x1).toBeLessThanOrEqual(width);
    expect(p.box.y0).toBeGreaterThanOrEqual(0);
    expect(p.box.x1 - p.box.x0).toBeCloseTo(textWidth(p.text, FONT, true));
    for (const q of placed) if (q !== p) expect(overlaps(p.box, q.box)).toBe(false);
    expect(skyline(obstacles, p.box.x0, p.box.x1)).toBeGreaterThan(p.box.y1);
  }
}

describe("layoutLabels", () => {
  it("keeps a label wider than its bar off a taller neighbour by aligning it away, still over its own bar", () => {
    // Bar 1 is tall (top 50); bar 2's label, centred, would reach over bar 1.
    const { obstacles, at } = bars([250, 50, 120, 260]);
    const [label] = layoutLabels({
      labels: [{ key: "b2", text: "▼ $13B", priority: 1, ...at(2) }],
      obstacles,
      width: 300,
      floor: 300,
      fontSize: FONT,
    });
    expect(label).toBeDefined();
    expect(label!.anchor).toBe("start");
    expect(label!.box.x0).toBe(at(2).x - 5);
    expect(label!.box.y1).toBeLessThanOrEqual(120 - 4);
    clear([label!], obstacles, 300);
  });

  it("stays inside the drawing at its right edge", () => {
    const { obstacles, at } = bars([200, 200, 100]);
    const width = at(2).x + 5 + 2;
    const [label] = layoutLabels({
      labels: [{ key: "last", text: "▲ >$15B", priority: 1, ...at(2) }],
      obstacles,
      width,
      floor: 300,
      fontSize: FONT,
    });
    expect(label!.anchor).toBe("end");
    expect(label!.box.x1).toBeLessThanOrEqual(width);
  });

  it("places the most important first; a less important one falls back to its short form, then is left out", () => {
    // Marks whose tops (y = 20) leave no room to lift a label over another; a wall of bars from x = 195.
    const obstacles: Obstacle[] = [
      { x0: 0, x1: 195, top: 20 },
      { x0: 195, x1: 300, top: 0 },
    ];
    const mark = (x: number) => ({ x, halfWidth: 5, top: 20 });
    const placed = layoutLabels({
      labels: [
        { key: "minor", text: "▼ $9.6B", short: "$9.6B", priority: 2, ...mark(168) },
        { key: "least", text: "≈$3B", priority: 1, ...mark(130) },
        { key: "major", text: "Record $17.3B", short: "$17.3B", priority: 3, ...mark(100) },
      ],
      obstacles,
      width: 300,
      floor: 300,
      fontSize: FONT,
    });
    expect(placed.map((p) => [p.key, p.text])).toEqual([
      ["major", "Record $17.3B"],
      ["minor", "$9.6B"],
    ]);
    clear(placed, obstacles, 300);
  });

  it("keeps clear of text already drawn (a reference line's label)", () => {
    const { obstacles, at } = bars([200, 60, 200]);
    const avoid = [{ x0: 0, x1: 300, y0: 30, y1: 56 }];
    const placed = layoutLabels({
      labels: [{ key: "peak", text: "Record $17.3B", priority: 1, ...at(1) }],
      obstacles,
      avoid,
      width: 300,
      floor: 300,
      fontSize: FONT,
    });
    // 4 px gap + a 14 px label do not fit between 56 and 60, and lifting over the reference label is too far.
    expect(placed).toEqual([]);
  });

  it("puts a label under a point in a dip of a line, clear of the line", () => {
    // A V: points at (20,100), (60,200), (100,100); the middle point's label cannot go above it.
    const line: Obstacle[] = [
      { from: [20, 100], to: [60, 200] },
      { from: [60, 200], to: [100, 100] },
      { x0: 56, x1: 64, top: 196, bottom: 204 },
    ];
    const [label] = layoutLabels({
      labels: [{ key: "dip", text: "▼ $9.6B", priority: 1, x: 60, halfWidth: 4, top: 196, bottom: 204 }],
      obstacles: line,
      width: 200,
      floor: 300,
      fontSize: FONT,
    });
    expect(label!.box.y0).toBeGreaterThan(groundline(line, label!.box.x0, label!.box.x1));
    expect(label!.box.y0).toBeLessThan(204 + 20);
  });
});

describe("skyline and groundline", () => {
  it("read a segment where it crosses the stretch, and a bar down to the axis", () => {
    const segment: Obstacle = { from: [0, 100], to: [100, 0] };
    expect(skyline([segment], 40, 60)).toBeCloseTo(40);
    expect(groundline([segment], 40, 60)).toBeCloseTo(60);
    expect(skyline([segment], 200, 300)).toBe(Infinity);
    expect(groundline([{ x0: 0, x1: 10, top: 50 }], 5, 6)).toBe(Infinity);
  });
});
