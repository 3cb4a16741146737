/** Where a value axis tops out: pure, for the models (the charts draw what the model says). */

/** The value axes' grid: $5 billion or 5 %. */
const STEP = 5;

/** `value` rounded up to a multiple of `step`. */
export function axisTop(value: number, step = STEP): number {
  return Math.ceil(value / step) * step;
}

/**
 * A ranked bar chart's value axis, ticked every 5: up to the next 5 above its longest bar, or, with
 * `breakLongest`, when the longest is over twice the next, above 1.25 × the next. The longest bar is
 * then cut at the axis end with a break mark, so the bars that matter are not squashed (the US at
 * 42 % against 9.8 % and 6.8 %); its label still gives the full value.
 */
export function rankedScale(values: readonly number[], breakLongest: boolean): { top: number; ticks: number[] } {
  const [first = 0, second = 0] = [...values].sort((a, b) => b - a);
  const broken = breakLongest && first > 2 * second && second > 0;
  const top = axisTop(broken ? second * 1.25 : first);
  return { top, ticks: Array.from({ length: top / STEP + 1 }, (_, i) => i * STEP) };
}
