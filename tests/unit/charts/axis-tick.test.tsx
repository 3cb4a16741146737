import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { AxisTick, spacedTicks } from "@/charts/shared/plot-parts.tsx";

const texts = (node: ReactElement | null) => {
  const { container } = render(<svg>{node}</svg>);
  return [...container.querySelectorAll("text")].map((t) => ({
    text: t.textContent,
    x: t.getAttribute("x"),
    dy: t.getAttribute("dy"),
    className: t.getAttribute("class"),
  }));
};

describe("AxisTick", () => {
  it("writes the formatted label at its tick, shifted as Recharts' own one-line labels are, without Recharts' measured class", () => {
    const [label] = texts(
      <AxisTick
        x={40}
        y={300}
        index={2}
        payload={{ value: 5 }}
        verticalAnchor="start"
        tickFormatter={(v: number) => `$${v}B`}
      />,
    );
    // Recharts reads the font of any label with its tick-value class back from the DOM and draws the axis again.
    expect(label).toEqual({ text: "$5B", x: "40", dy: "0.71em", className: null });
  });
});

describe("spacedTicks", () => {
  const years = Array.from({ length: 20 }, (_, i) => String(2006 + i));
  // A bar chart's axis 330 px long: 16.5 px a band, ticks at band centres.
  const slot = (index: number) => ({
    x: 8.25 + index * 16.5,
    y: 300,
    width: 330,
    index,
    payload: { value: years[index], offset: 8.25 },
  });

  it("labels the round years that fit and both ends, moved in to stay within the axis", () => {
    const tick = spacedTicks(years, 8);
    const drawn = years.flatMap((_, i) => texts(tick(slot(i))));
    expect(drawn.map((d) => d.text)).toEqual(["2006", "2010", "2015", "2020", "2025"]);
    // The first label (≈30 px wide by the estimate) starts at the axis, not half a label before it.
    expect(Number(drawn[0]!.x)).toBeGreaterThan(8.25);
    expect(Number(drawn[4]!.x)).toBeLessThan(8.25 + 19 * 16.5);
  });

  it("lays the labels out again for another axis length or a line chart's ticks, never reusing a stale layout", () => {
    const tick = spacedTicks(years, 8);
    const labelled = (span: number, offset: number) =>
      years.flatMap((_, i) =>
        texts(tick({ ...slot(i), width: span, payload: { value: years[i], offset } })).map((d) => d.text),
      );
    const narrow = labelled(330, 8.25);
    expect(labelled(648, 16.2)).toEqual([
      "2006",
      "2008",
      "2010",
      "2012",
      "2014",
      "2016",
      "2018",
      "2020",
      "2022",
      "2025",
    ]);
    expect(labelled(330, 8.25)).toEqual(narrow);
    expect(labelled(330, 0)).toEqual(narrow);
    // At 500 px a bar chart's half-band inset leaves room for 2008; a line chart's ticks (no inset) do not.
    expect(labelled(500, 8.25)).toContain("2008");
    expect(labelled(500, 0)).not.toContain("2008");
    expect(labelled(500, 8.25)).toContain("2008");
  });

  it("gives the same tick for the same labels, so Recharts does not store and draw the axis again", () => {
    expect(spacedTicks([...years], 8)).toBe(spacedTicks(years, 8));
    expect(spacedTicks(years, 4)).not.toBe(spacedTicks(years, 8));
  });

  it("keeps the ticks in use when many other axes come and go (the least recently used go first)", () => {
    const inUse = spacedTicks(years, 8);
    for (let i = 0; i < 100; i++) {
      spacedTicks([`${i}`, `${i + 1}`], 8);
      // The chart on screen draws its axis again now and then, between the others.
      if (i % 16 === 0) expect(spacedTicks(years, 8)).toBe(inUse);
    }
    expect(spacedTicks(years, 8)).toBe(inUse);
  });
});
