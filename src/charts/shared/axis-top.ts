/**
 * Where a value axis tops out. A module of its own: the models (loaded with the page) and the charts
 * (loaded on demand) both use it, and it should bring nothing else into the page's first scripts.
 */

/** `value` rounded up to a multiple of `step` (a $5 billion or 5 % grid). */
export function axisTop(value: number, step = 5): number {
  return Math.ceil(value / step) * step;
}
