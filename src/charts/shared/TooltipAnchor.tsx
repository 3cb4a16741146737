import { Line } from "recharts";

/**
 * Gives Recharts' tooltip (and its keyboard layer) the data point at the pointer when a chart draws
 * its marks itself (StackedBars, the race's labels and points): a hidden line carries the data,
 * drawing nothing, and the tooltip shows hidden items (`includeHidden`, as PlacedTooltip does). A
 * datum for which `dataKey` gives null has no tooltip. `dataKey` must be a stable function, or
 * Recharts recomputes the chart for a new one.
 */
export function TooltipAnchor<D>({
  dataKey,
  xAxisId,
  yAxisId,
}: {
  dataKey: (datum: D) => number | null;
  xAxisId?: string;
  yAxisId?: string;
}) {
  return (
    <Line
      dataKey={dataKey}
      hide
      legendType="none"
      isAnimationActive={false}
      {...(xAxisId !== undefined && { xAxisId })}
      {...(yAxisId !== undefined && { yAxisId })}
    />
  );
}
