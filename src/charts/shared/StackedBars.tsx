/**
 * Bars drawn from the axes' scales, a path per bar, instead of Recharts' <Bar>, which renders four
 * components and three elements for every bar and draws them again on each of its passes (buyers at
 * 75 years × 4 buyers: about 1,000 elements and most of the chart's first render). One layer is a
 * plain bar series; several stack, bottom first. Placed as Recharts places bars (bar-geometry.ts), in
 * its bars' layer. Recharts then has no bar to give its tooltip a data point: the chart adds a
 * TooltipAnchor. Its value axis needs `allowDataOverflow` with a fixed domain: without a bar of its
 * own, Recharts makes no scale for a domain it would otherwise widen to the data.
 */
import { useState, type ReactNode } from "react";
import { DefaultZIndexes, useXAxisScale, useYAxisScale, ZIndexLayer } from "recharts";
import { barPath, barSlotAt } from "./bar-geometry.ts";

export interface StackLayer<D> {
  key: string;
  /** The datum's value in this layer (0 or less: nothing drawn). */
  value: (datum: D) => number;
  /** One fill for the layer, or one per datum (highlights, hatched estimates). */
  fill: string | ((datum: D) => string);
  /** An edge for some bars (a dashed outline for approximate values), none for the others. */
  edge?: (datum: D) => BarEdge | undefined;
}

export interface BarEdge {
  stroke: string;
  strokeDasharray?: string;
}

interface Segment extends Partial<BarEdge> {
  key: string;
  d: string;
  fill?: string;
  strokeWidth?: number;
}

export function StackedBars<D>({
  data,
  category,
  layers,
  maxBarSize,
  radius = 0,
  stroke,
  strokeWidth,
  outline,
  animate,
  xAxisId,
  yAxisId,
}: {
  data: readonly D[];
  /** The datum's x-axis category. */
  category: (datum: D) => number | string;
  /** Bottom first. */
  layers: readonly StackLayer<D>[];
  maxBarSize: number;
  /** Rounds the top corners of every segment (Recharts' `radius={[r, r, 0, 0]}`). */
  radius?: number;
  /** Every segment's edge (a line in the surface colour parts stacked segments). */
  stroke?: string;
  strokeWidth?: number;
  /** A category whose segments are outlined instead (the focused year); its outline replaces any `edge`. */
  outline?: { category: number | string; stroke: string; strokeWidth: number };
  /** Whether the bars grow from their base when they first appear. */
  animate: boolean;
  xAxisId?: string;
  yAxisId?: string;
}) {
  const x = useXAxisScale(xAxisId);
  const y = useYAxisScale(yAxisId);
  if (!x || !y) return null;
  const base = y(0);
  if (base === undefined) return null;
  const segments = layers.map(() => [] as Segment[]);
  for (const datum of data) {
    const c = category(datum);
    const slot = barSlotAt(x, c, maxBarSize);
    if (!slot) continue;
    let sum = 0;
    layers.forEach((layer, i) => {
      const value = layer.value(datum);
      if (!(value > 0)) return;
      const [bottom, top] = [y(sum), y(sum + value)];
      sum += value;
      if (bottom === undefined || top === undefined || bottom === top) return;
      const segment: Segment = {
        key: `${c} ${layer.key}`,
        d: barPath(slot.start, top, slot.width, bottom - top, radius),
        fill: typeof layer.fill === "function" ? layer.fill(datum) : undefined,
        ...layer.edge?.(datum),
        // Outlined in its own layer, as a Recharts Cell was: the segment above covers the outline's
        // inner half along their shared edge.
        ...(outline?.category === c && {
          stroke: outline.stroke,
          strokeWidth: outline.strokeWidth,
          strokeDasharray: undefined,
        }),
      };
      segments[i]!.push(segment);
    });
  }
  // What a layer's bars share is set once on its group, not on each bar. A new range is a new group,
  // which grows when the chart animates (as the whiskers do); the same range redrawn stays still.
  const span = data.length ? `${category(data[0]!)} ${category(data.at(-1)!)}` : "";
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.bar}>
      <GrowingGroup key={span} animate={animate} base={base}>
        {layers.map((layer, i) => (
          <g
            key={layer.key}
            fill={typeof layer.fill === "string" ? layer.fill : undefined}
            stroke={stroke}
            strokeWidth={strokeWidth}
          >
            {segments[i]!.map(({ key, ...paint }) => (
              <path key={key} className="kdem-bar" {...paint} />
            ))}
          </g>
        ))}
      </GrowingGroup>
    </ZIndexLayer>
  );
}

/** Whether the bars grow from their base (y = `base`) is decided when they appear. */
function GrowingGroup({ animate, base, children }: { animate: boolean; base: number; children: ReactNode }) {
  const [grows] = useState(animate);
  return (
    <g
      className={grows ? "kdem-bars kdem-grow" : "kdem-bars"}
      style={grows ? { transformOrigin: `0 ${base}px` } : undefined}
    >
      {children}
    </g>
  );
}

/**
 * Where a bar drawn by StackedBars has its centre across: not quite its band's centre, as Recharts
 * rounds a bar's width. For marks placed on the bars (their labels).
 */
export function useBarCentre(maxBarSize: number): ((category: number | string) => number | undefined) | null {
  const x = useXAxisScale();
  if (!x) return null;
  return (category) => {
    const slot = barSlotAt(x, category, maxBarSize);
    return slot && slot.start + slot.width / 2;
  };
}
