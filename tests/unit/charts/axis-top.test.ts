import { describe, expect, it } from "vitest";
import { axisTop, rankedScale } from "@/charts/shared/axis-top.ts";

describe("axisTop", () => {
  it("rounds up to the next multiple of the step, and keeps a value on one", () => {
    expect([axisTop(17.3), axisTop(20), axisTop(0.2), axisTop(0)]).toEqual([20, 20, 5, 0]);
    expect(axisTop(43, 10)).toBe(50);
  });
});

describe("rankedScale", () => {
  it("tops out above the longest bar, or above the next when the longest is cut, with a tick every 5", () => {
    // The US at 42 % against 9.8 %: cut, the axis runs to 1.25 × 9.8 → 15.
    expect(rankedScale([9.8, 42, 6.8], true)).toEqual({ top: 15, ticks: [0, 5, 10, 15] });
    expect(rankedScale([9.8, 42, 6.8], false).top).toBe(45);
  });

  it("cuts the longest only when it is over twice the next", () => {
    expect(rankedScale([20, 10], true).top).toBe(20);
    expect(rankedScale([20.5, 10], true).top).toBe(15);
    expect(rankedScale([7], true)).toEqual({ top: 10, ticks: [0, 5, 10] });
    expect(rankedScale([], true)).toEqual({ top: 0, ticks: [0] });
  });
});
