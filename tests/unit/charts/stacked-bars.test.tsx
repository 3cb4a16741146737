/**
 * StackedBars draws what a Recharts <Bar stackId> per layer would: the same rectangles, fills and
 * edges, bar for bar, with the bar capped by maxBarSize or not. Compared with Recharts itself, so an
 * upgrade that moves Recharts' bars fails here rather than leaving ours a few pixels apart.
 */
import { render } from "@testing-library/react";
import { Bar, Cell, ComposedChart, XAxis, YAxis } from "recharts";
import { describe, expect, it } from "vitest";
import { barSlot } from "@/charts/shared/bar-geometry.ts";
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

interface Options {
  /** Top corners rounded. */
  radius?: number;
  /** Layer "b" filled per datum: 2022 in another colour. */
  fillPerDatum?: boolean;
  /** A year whose segments are outlined. */
  outline?: number;
  /** Layer "c" edged per datum: a dashed outline in 2022 and 2024 (as for approximate values). */
  edge?: boolean;
}

const FOCUS = { stroke: "black", strokeWidth: 2 };
const EDGE = { stroke: "grey", strokeDasharray: "3 2" };
const edgeOfC = (year: number) => (year === 2022 || year === 2024 ? EDGE : undefined);
const fillOfB = (year: number) => (year === 2022 ? "orange" : "green");

function draw(
  width: number,
  maxBarSize: number,
  ours: boolean,
  { radius = 0, fillPerDatum, outline, edge }: Options = {},
) {
  const { container } = render(
    <ComposedChart width={width} height={300} data={DATA} margin={{ top: 10, right: 10, bottom: 4, left: 4 }}>
      <XAxis dataKey="year" scale="band" />
      <YAxis domain={[0, TOP]} allowDataOverflow />
      {ours ? (
        <>
          <StackedBars<Datum>
            data={DATA}
            category={yearOf}
            layers={LAYERS.map((l) => ({
              ...l,
              value: (d: Datum) => d[l.key] ?? 0,
              ...(fillPerDatum && l.key === "b" && { fill: (d: Datum) => fillOfB(d.year) }),
              ...(edge && l.key === "c" && { edge: (d: Datum) => edgeOfC(d.year) }),
            }))}
            maxBarSize={maxBarSize}
            radius={radius}
            stroke="white"
            strokeWidth={1}
            outline={outline === undefined ? undefined : { category: outline, ...FOCUS }}
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
            radius={radius ? [radius, radius, 0, 0] : undefined}
            maxBarSize={maxBarSize}
            isAnimationActive={false}
          >
            {(fillPerDatum || outline !== undefined || edge) &&
              DATA.map((d) => (
                <Cell
                  key={d.year}
                  {...(fillPerDatum && l.key === "b" && { fill: fillOfB(d.year) })}
                  {...(edge && l.key === "c" && edgeOfC(d.year))}
                  {...(d.year === outline && { ...FOCUS, strokeDasharray: undefined })}
                />
              ))}
          </Bar>
        ))
      )}
    </ComposedChart>,
  );
  const svg = container.querySelector("svg")!;
  // What each bar is painted with, its own attribute first, then its group's (ours set what a layer
  // shares on the layer's group), in paint order.
  const painted = (p: Element, name: string) => p.getAttribute(name) ?? p.parentElement!.getAttribute(name);
  const rects = [...svg.querySelectorAll(ours ? ".kdem-bar" : ".recharts-bar-rectangle path")].map((p) => ({
    d: p.getAttribute("d")!.replace(/\s+/g, " ").trim(),
    fill: painted(p, "fill"),
    stroke: `${painted(p, "stroke")} ${painted(p, "stroke-width")}`,
    dash: painted(p, "stroke-dasharray"),
  }));
  const axisTicks = [...svg.querySelectorAll(".recharts-cartesian-axis-tick text")].map(
    (t) => `${t.getAttribute("x")},${t.getAttribute("y")} ${t.textContent}`,
  );
  return { rects, axisTicks };
}

describe("StackedBars", () => {
  it.each([
    ["capped bars", 720, 48, {}],
    ["bars narrower than the cap, a width that rounds", 333, 48, {}],
    ["a tight cap", 500, 7, {}],
    ["rounded top corners", 720, 48, { radius: 2 }],
    ["a fill per datum", 333, 48, { fillPerDatum: true }],
    ["a focused year outlined in its layers", 720, 48, { outline: 2022 }],
    ["dashed edges per datum", 720, 48, { edge: true }],
    ["an outline in place of a focused bar's dashed edge", 720, 48, { edge: true, outline: 2022 }],
  ] as const)("draws Recharts' stacked bars: %s", (_, width, maxBarSize, options: Options) => {
    const recharts = draw(width, maxBarSize, false, options);
    const ours = draw(width, maxBarSize, true, options);
    // Zero and missing values draw nothing, as in Recharts: 2021 has no bar, 2019 no "b".
    expect(recharts.rects).toHaveLength(11);
    expect(ours.rects).toEqual(recharts.rects);
    // The axes are laid out alike without Recharts' bars (a band scale, the same value domain).
    expect(ours.axisTicks).toEqual(recharts.axisTicks);
  });

  it("draws the options it is given, not the defaults (the comparisons above see them)", () => {
    const plain = draw(720, 48, true).rects;
    const styled = draw(720, 48, true, { radius: 2, fillPerDatum: true, outline: 2022 }).rects;
    // Every bar rounded at 2 px but 2024's 0.05 sliver, too short for that radius (it gets a smaller one).
    expect(styled.filter((r) => r.d.includes("A 2,2"))).toHaveLength(10);
    expect(styled.filter((r) => r.fill === "orange")).toHaveLength(1);
    expect(styled.filter((r) => r.stroke === "black 2")).toHaveLength(3);
    expect(plain.filter((r) => r.d.includes("A") || r.fill === "orange" || r.stroke === "black 2")).toEqual([]);
    // Layer c's 2022 and 2024 bars are dashed; outlined, 2022's is not.
    expect(draw(720, 48, true, { edge: true }).rects.filter((r) => r.dash === "3 2")).toHaveLength(2);
    expect(draw(720, 48, true, { edge: true, outline: 2022 }).rects.filter((r) => r.dash === "3 2")).toHaveLength(1);
    expect(plain.filter((r) => r.dash !== null)).toEqual([]);
  });
});

describe("barSlot", () => {
  it("places one bar in its band with Recharts' gaps, rounding and cap", () => {
    // 100 px band: 10 px free each side, an 80 px bar; capped at 28 it is centred.
    expect(barSlot(100)).toEqual({ start: 10, width: 80 });
    expect(barSlot(100, 28)).toEqual({ start: 36, width: 28 });
    // The natural width rounds (2.4 to 2) without moving the bar's start, as in Recharts.
    expect(barSlot(3)).toEqual({ start: 0.3, width: 2 });
    // Under a pixel nothing rounds.
    expect(barSlot(1)).toEqual({ start: 0.1, width: 0.8 });
    // The gap as a percentage: 22% of 50 px each side.
    expect(barSlot(50, Infinity, 22)).toEqual({ start: 11, width: 28 });
  });

  it("computes the gap as Recharts does, band × percent / 100 (band × 0.1 is 0.30000000000000004 here)", () => {
    expect(barSlot(3).start).toBe(0.3);
  });
});
