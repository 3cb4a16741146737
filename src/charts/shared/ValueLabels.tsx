/**
 * Value labels laid out together (label-layout.ts) instead of one by one: drawn as a child of a
 * Recharts cartesian chart, it reads the axes' scales, turns the marks into obstacles and draws the
 * labels the layout keeps. Works the same in the browser and in jsdom (bake, visual references).
 */
import { DefaultZIndexes, useChartWidth, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from "recharts";
import { layoutLabels, type Box, type Obstacle, type ValueLabel } from "./label-layout.ts";
import { LABEL_FONT, PlotLabel, STORY_LABEL } from "./PlotLabel.tsx";
import { textWidth } from "./text-width.ts";

export interface Mark {
  category: number | string;
  /** Data value of the point (a line's) or bar. */
  value: number;
  /** Data value of the mark's top, its whisker included. */
  top: number;
  /** Data value of a point's whisker bottom, if it has one. */
  bottom?: number;
}

interface MarkGeometry {
  category: number | string;
  x: number;
  top: number;
  /** Points only: their box's bottom and centre. */
  bottom?: number;
  y?: number;
  half: number;
}

/** Recharts' default gap around a bar in its band is 10% each side. */
const BAR_SHARE_OF_BAND = 0.8;

export function ValueLabels({
  labels,
  marks,
  shape,
  maxBarSize = Infinity,
  pointRadius = 4,
  reference,
}: {
  labels: readonly ValueLabel[];
  /** Every mark drawn, in axis order. */
  marks: readonly Mark[];
  shape: "bar" | "line";
  maxBarSize?: number;
  pointRadius?: number;
  /** A horizontal ReferenceLine's label drawn `insideBottomLeft` (just above the line, 12 px bold), which labels keep clear of. */
  reference?: { value: number; text: string };
}) {
  const width = useChartWidth();
  const plot = usePlotArea();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!width || !plot || !xScale || !yScale) return null;

  const geometry = marks.flatMap((m): MarkGeometry[] => {
    const x = xScale(m.category, { position: "middle" });
    const top = yScale(m.top);
    if (x === undefined || top === undefined) return [];
    const band = (xScale(m.category, { position: "end" }) ?? x) - (xScale(m.category, { position: "start" }) ?? x);
    const half = shape === "bar" ? Math.min(maxBarSize, band * BAR_SHARE_OF_BAND) / 2 : pointRadius;
    // A point's box reaches from its whisker's top to its bottom (or the dot's edge); a bar's to the axis.
    const y = yScale(m.value);
    const bottom = yScale(m.bottom ?? m.value);
    if (shape === "bar" || y === undefined || bottom === undefined) return [{ category: m.category, x, top, half }];
    return [{ category: m.category, x, top: top - pointRadius, bottom: bottom + pointRadius, half, y }];
  });
  const obstacles: Obstacle[] = geometry.map((g) => ({
    x0: g.x - g.half,
    x1: g.x + g.half,
    top: g.top,
    bottom: g.bottom,
  }));
  for (let i = 1; i < geometry.length; i++) {
    const [a, b] = [geometry[i - 1]!, geometry[i]!];
    if (a.y !== undefined && b.y !== undefined) obstacles.push({ from: [a.x, a.y], to: [b.x, b.y] });
  }

  const avoid: Box[] = [];
  const referenceY = reference && yScale(reference.value);
  if (reference && referenceY !== undefined) {
    // Recharts puts an insideBottomLeft label 5 px in from the plot's left, its text ending 5 px above the line.
    const x0 = plot.x + 5;
    avoid.push({ x0, x1: x0 + textWidth(reference.text, 12, true), y0: referenceY - 5 - 12 * 1.25, y1: referenceY });
  }

  const byCategory = new Map(geometry.map((g) => [g.category, g]));
  const placed = layoutLabels({
    labels: labels.flatMap((l) => {
      const g = byCategory.get(l.category);
      if (!g) return [];
      return [
        {
          key: String(l.category),
          text: l.text,
          short: l.short,
          priority: l.priority,
          x: g.x,
          halfWidth: g.half,
          top: g.top,
          bottom: g.bottom,
        },
      ];
    }),
    obstacles,
    avoid,
    width,
    floor: plot.y + plot.height,
    fontSize: LABEL_FONT,
  });

  return (
    <ZIndexLayer zIndex={DefaultZIndexes.label}>
      <g className="kdem-value-labels">
        {placed.map((p) => (
          <PlotLabel key={p.key} x={p.x} y={p.y} anchor={p.anchor} className={STORY_LABEL}>
            {p.text}
          </PlotLabel>
        ))}
      </g>
    </ZIndexLayer>
  );
}
