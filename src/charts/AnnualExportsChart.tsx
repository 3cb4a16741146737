/**
 * annual-exports: contract value of exports by year. Presentational: everything it shows arrives
 * in props, already derived (src/data/derive) and formatted (src/i18n/format).
 */
import type { ReactNode } from "react";
import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  ErrorBar,
  LabelList,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { AnnualRow } from "@/data/derive/annual-exports.ts";

export interface AnnualExportsChartProps {
  rows: AnnualRow[];
  type: "bar" | "line";
  /** Horizontal reference line for the value target. */
  target?: { value: number; label: string };
  focusYear?: number;
  /** Label drawn above a bar (record, declines, rebound, focus); undefined for none. */
  annotate: (row: AnnualRow, focusYear?: number) => string | undefined;
  formatTick: (value: number) => string;
  renderTooltip: (row: AnnualRow) => ReactNode;
  animate: boolean;
  height?: number;
  /** Fixed width for rendering outside a laid-out page (tests, baking); otherwise responsive. */
  width?: number;
}

interface Datum extends AnnualRow {
  /** ErrorBar deltas [below, above] the headline value: the range sources give; none if undisputed. */
  spread?: [number, number];
  label?: string;
}

const FILL = "var(--color-bar)";
const FILL_ESTIMATE = "var(--color-bar-estimate)";
const FILL_FOCUS = "var(--color-bar-highlight)";

export function AnnualExportsChart({ rows, type, target, focusYear, annotate, formatTick, renderTooltip, animate, height = 360, width }: AnnualExportsChartProps) {
  const data: Datum[] = rows.map((r) => ({ ...r, spread: r.high > r.low ? [r.value - r.low, r.high - r.value] : undefined, label: annotate(r, focusYear) }));
  const disputed = data.some((d) => d.high > d.low);
  const fill = (d: Datum) => (d.year === focusYear ? FILL_FOCUS : d.status === "estimate" ? FILL_ESTIMATE : FILL);

  const chart = (
    <ComposedChart data={data} margin={{ top: 28, right: 12, bottom: 4, left: 4 }} accessibilityLayer {...(width ? { width, height } : {})}>
      <defs>
        {/* Estimates are hatched, not only lighter, so colour is not the only carrier of meaning. */}
        <pattern id="kdem-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={FILL_ESTIMATE} />
          <line x1="0" y1="0" x2="0" y2="6" stroke="var(--color-surface)" strokeWidth="2" />
        </pattern>
      </defs>
      <CartesianGrid vertical={false} stroke="var(--color-line)" />
      <XAxis dataKey="year" tick={{ fill: "var(--color-ink-muted)", fontSize: 12 }} tickLine={false} axisLine={{ stroke: "var(--color-line)" }} interval="preserveStartEnd" minTickGap={8} />
      <YAxis
        tickFormatter={formatTick}
        tick={{ fill: "var(--color-ink-muted)", fontSize: 12 }}
        tickLine={false}
        axisLine={false}
        width={56}
        domain={[0, (max: number) => Math.ceil(Math.max(max, target?.value ?? 0) / 5) * 5]}
      />
      <Tooltip content={({ active, payload }) => (active && payload?.[0] ? renderTooltip(payload[0].payload as Datum) : null)} cursor={{ fill: "var(--color-accent-soft)" }} isAnimationActive={false} />
      {target && (
        <ReferenceLine
          y={target.value}
          stroke="var(--color-target)"
          strokeDasharray="6 4"
          strokeWidth={2}
          ifOverflow="extendDomain"
          label={{ value: target.label, position: "insideTopLeft", fill: "var(--color-target)", fontSize: 12, fontWeight: 600 }}
        />
      )}
      {type === "bar" ? (
        <Bar dataKey="value" isAnimationActive={animate} radius={[2, 2, 0, 0]} maxBarSize={48}>
          {data.map((d) => (
            <Cell key={d.year} fill={d.status === "estimate" && d.year !== focusYear ? "url(#kdem-hatch)" : fill(d)} data-year={d.year} />
          ))}
          {disputed && <ErrorBar dataKey="spread" stroke="var(--color-ink)" strokeWidth={1.5} width={6} />}
          <LabelList dataKey="label" position="top" offset={disputed ? 14 : 6} fill="var(--color-ink)" fontSize={11} fontWeight={600} />
        </Bar>
      ) : (
        <Line
          dataKey="value"
          isAnimationActive={animate}
          stroke={FILL}
          strokeWidth={2.5}
          dot={({ cx, cy, payload }) => (
            <circle key={(payload as Datum).year} cx={cx} cy={cy} r={(payload as Datum).year === focusYear ? 6 : 3.5} fill={fill(payload as Datum)} stroke="var(--color-surface)" strokeWidth={1.5} />
          )}
        >
          {disputed && <ErrorBar dataKey="spread" stroke="var(--color-ink)" strokeWidth={1.5} width={6} />}
          <LabelList dataKey="label" position="top" offset={10} fill="var(--color-ink)" fontSize={11} fontWeight={600} />
        </Line>
      )}
    </ComposedChart>
  );

  if (width) return chart;
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      {chart}
    </ResponsiveContainer>
  );
}
