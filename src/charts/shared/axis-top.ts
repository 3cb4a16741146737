/** Where a value axis tops out: pure, for the models (the charts draw what the model says). */

/** `value` rounded up to a multiple of `step` (a $5 billion or 5 % grid). */
export function axisTop(value: number, step = 5): number {
  return Math.ceil(value / step) * step;
}

/**
 * A ranked bar chart's top: up to the next 5 above its longest bar, or, with `breakLongest`, when
 * the longest is over twice the next, above 1.25 × the next. The longest bar is then cut at the
 * axis end with a break mark, so the bars that matter are not squashed (the US at 43 % against
 * 2.2 % and 5.9 %); its label still gives the full value.
 */
export function rankedTop(values: readonly number[], breakLongest: boolean): number {
  const [first = 0, second = 0] = [...values].sort((a, b) => b - a);
  const broken = breakLongest && first > 2 * second && second > 0;
  return axisTop(broken ? second * 1.25 : first);
}
