/** The tooltip goes beside the mark it describes (facing the chart's middle), narrowed to fit, else above it. */
import { describe, expect, it } from "vitest";
import { MIN_WIDTH, placeTooltip, tooltipSize } from "@/charts/shared/tooltip-placement.ts";

const content = { title: "2022: $17.3 billion", lines: ["official · Yonhap, 2023; KBS World, 2022"] };
describe("placeTooltip", () => {
  it("puts it right of a mark in the left half and left of one in the right half, clear of the mark", () => {
    const chart = { width: 900, height: 360 };
    const left = { x0: 100, x1: 130, top: 80 };
    const right = { x0: 800, x1: 830, top: 40 };
    const a = placeTooltip(content, left, chart);
    const b = placeTooltip(content, right, chart);
    expect([a.side, b.side]).toEqual(["right", "left"]);
    expect(a.x).toBeGreaterThan(left.x1);
    expect(b.x + b.width).toBeLessThan(right.x0);
    for (const p of [a, b]) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x + p.width).toBeLessThanOrEqual(chart.width);
    }
  });

  it("narrows it to the room beside the mark on a phone, and puts it above when even that is too narrow", () => {
    const phone = { width: 330, height: 360 };
    const long = { title: "2022: $17.3 billion", lines: ["x".repeat(120)] };
    const nearEdge = placeTooltip(long, { x0: 290, x1: 300, top: 60 }, phone);
    expect(nearEdge.side).toBe("left");
    expect(nearEdge.x + nearEdge.width).toBeLessThan(290);
    expect(nearEdge.width).toBeGreaterThanOrEqual(MIN_WIDTH);
    // A mark in the middle of a narrow chart: no side has MIN_WIDTH of room.
    const middle = { x0: 150, x1: 170, top: 200 };
    const above = placeTooltip(long, middle, { width: 300, height: 360 });
    expect(above.side).toBe("above");
    const { height } = tooltipSize(long, above.width);
    expect(above.y + height).toBeLessThan(middle.top);
  });
});

describe("tooltipSize", () => {
  it("wraps to the width it is given, growing taller, never wider", () => {
    const wide = tooltipSize(content, 320);
    const narrow = tooltipSize(content, 150);
    expect(narrow.width).toBe(150);
    expect(narrow.height).toBeGreaterThan(wide.height);
    expect(wide.width).toBeLessThanOrEqual(320);
  });
});
