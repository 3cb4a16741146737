/**
 * StackedBars draws what a Recharts <Bar stackId> per layer would: the same rectangles, fills and
 * edges, bar for bar, with the bar capped by maxBarSize or not. Compared with Recharts itself, so an
 * upgrade that moves Recharts' bars fails here rather than leaving ours a few pixels apart.
 */
import { render } from "@testing-library/react";
import { Bar, ComposedChart, XAxis, YAxis } from "recharts";
import { describe, expect, it } from "vitest";
import { barSlots } from "@/charts/shared/bar-geometry.ts";
import { StackedBars } from "@/charts/shared/StackedBars.tsx";
import { TooltipAnchor } from "@/charts/shared/TooltipAnchor.tsx";

interface Datum {
  year: number;
  a?: number;
  b?: number;
  c?: number;
}

const DATA: Datum[] = [
  { year: 2019, a: 1.25, b: 0, c: 3 },
  { year: 2020, a: 4, c: 0.4 },
  { year: 2021 },
  { year: 2022, a: 0.7, b: 12.3, c: 1.9 },
  { year: 2023, b: 2.2 },
  { year: 2024, a: 5.55, b: 1.05, c: 0.05 },
];
const LAYERS = [
  { key: "a", fill: "red" },
  { key: "b", fill: "green" },
  { key: "c", fill: "blue" },
] as const;
const TOP = 20;
const yearOf = (d: Datum) => d.year;
const sumOf = (d: Datum) => (d.a ?? 0) + (d.b ?? 0) + (d.c ?? 0);

function draw(width: number, maxBarSize: number, ours: boolean) {
  const { container } = render(
    <ComposedChart width={width} height={300} data={DATA} margin={{ top: 10, right: 10, bottom: 4, left: 4 }}>
      <XAxis dataKey="year" scale="band" />
      <YAxis domain={[0, TOP]} allowDataOverflow />
      {ours ? (
        <>
          <StackedBars<Datum>
            data={DATA}
            category={yearOf}
            layers={LAYERS.map((l) => ({ ...l, value: (d: Datum) => d[l.key] ?? 0 }))}
            maxBarSize={maxBarSize}
            stroke="white"
            strokeWidth={1}
            animate={false}
          />
          <TooltipAnchor<Datum> dataKey={sumOf} />
        </>
      ) : (
        LAYERS.map((l) => (
          <Bar
            key={l.key}
            dataKey={l.key}
            stackId="s"
            fill={l.fill}
            stroke="white"
            strokeWidth={1}
            maxBarSize={maxBarSize}
            isAnimationActive={false}
          />
        ))
      )}
    </ComposedChart>,
  );
  const svg = container.querySelector("svg")!;
  const rects = ours
    ? [...svg.querySelectorAll(".kdem-bar")].map((p) => ({
        d: p.getAttribute("d"),
        fill: p.parentElement!.getAttribute("fill"),
        stroke: `${p.parentElement!.getAttribute("stroke")} ${p.parentElement!.getAttribute("stroke-width")}`,
      }))
    : [...svg.querySelectorAll(".recharts-bar-rectangle path")].map((p) => ({
        d: p.getAttribute("d")!.replace(/\s+/g, " ").trim(),
        fill: p.getAttribute("fill"),
        stroke: `${p.getAttribute("stroke")} ${p.getAttribute("stroke-width")}`,
      }));
  const axisTicks = [...svg.querySelectorAll(".recharts-cartesian-axis-tick text")].map(
    (t) => `${t.getAttribute("x")},${t.getAttribute("y")} ${t.textContent}`,
  );
  return { rects, axisTicks };
}

describe("StackedBars", () => {
  it.each([
    ["capped bars", 720, 48],
    ["bars narrower than the cap, a width that rounds", 333, 48],
    ["a tight cap", 500, 7],
  ])("draws Recharts' stacked bars: %s", (_, width, maxBarSize) => {
    const recharts = draw(width, maxBarSize, false);
    const ours = draw(width, maxBarSize, true);
    // Zero and missing values draw nothing, as in Recharts: 2021 has no bar, 2019 no "b".
    expect(recharts.rects).toHaveLength(11);
    expect(ours.rects).toEqual(recharts.rects);
    // The axes are laid out alike without Recharts' bars (a band scale, the same value domain).
    expect(ours.axisTicks).toEqual(recharts.axisTicks);
  });

  it("outlines the segments of one category on top, in the outline's stroke", () => {
    const { container } = render(
      <ComposedChart width={600} height={300} data={DATA}>
        <XAxis dataKey="year" scale="band" />
        <YAxis domain={[0, TOP]} allowDataOverflow />
        <StackedBars<Datum>
          data={DATA}
          category={yearOf}
          layers={LAYERS.map((l) => ({ ...l, value: (d: Datum) => d[l.key] ?? 0 }))}
          maxBarSize={48}
          stroke="white"
          strokeWidth={1}
          outline={{ category: 2022, stroke: "black", strokeWidth: 2 }}
          animate={false}
        />
      </ComposedChart>,
    );
    const outline = container.querySelector(".kdem-bar-outline")!;
    expect([
      outline.getAttribute("stroke"),
      outline.getAttribute("stroke-width"),
      outline.getAttribute("fill"),
    ]).toEqual(["black", "2", "none"]);
    const bars = [...container.querySelectorAll(".kdem-bar")];
    const outlined = [...outline.querySelectorAll("path")].map((p) => p.getAttribute("d"));
    // The three segments of 2022, the last bars of each layer but 2024's.
    expect(outlined).toHaveLength(3);
    for (const d of outlined) expect(bars.map((b) => b.getAttribute("d"))).toContain(d);
    expect(outline.nextElementSibling).toBeNull();
  });
});

describe("barSlots", () => {
  it("centres a group of bars in the band with Recharts' gaps", () => {
    // 100 px band: 10 px each side, a 4 px gap, (80 - 4) / 2 = 38 px bars.
    expect(barSlots(100, 2)).toEqual([
      { offset: 10, width: 38 },
      { offset: 52, width: 38 },
    ]);
    // Capped at 28: the pair is centred, the gap kept.
    expect(barSlots(100, 2, 28)).toEqual([
      { offset: 20, width: 28 },
      { offset: 52, width: 28 },
    ]);
    // Too narrow for a gap: none, and 1.6 px rounds to 2.
    expect(barSlots(4, 2)).toEqual([
      { offset: 0.4, width: 2 },
      { offset: 2.4, width: 2 },
    ]);
  });
});
