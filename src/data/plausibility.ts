/**
 * Plausibility of the year-by-year series, checked by `npm run data:check` and the build (not by the
 * app, which also loads the scale benchmark's random series). The schema cannot catch a slipped
 * decimal point — 173 typed for 17.3 is a valid number — but such a value stands out from the years
 * on both sides of it.
 *
 * The rule: a value more than MAX_JUMP times, or less than 1/MAX_JUMP of, both its neighbours is
 * reported. A real change of level differs from one side only (2022's record of 17.3 is 2.4× 2021
 * but close to 2023); a typo by a factor of ten differs from both. The largest genuine step in the
 * shipped series is 3.4× (2006 → 2007, from a small base), so 5 leaves room for a real surge. A slip
 * that stays within 5× of a neighbour (1.73 for 17.3 beside 2021's 7.25) is not caught: this finds
 * the gross ones, a reviewer still reads the diff.
 */
import { formatPath, type Dataset } from "./schema.ts";
import type { Problem } from "./parse.ts";

export const MAX_JUMP = 5;

interface SeriesPoint {
  label: string;
  value: number;
  alternates?: { value: number }[];
}

export function plausibilityProblems(data: Dataset): Problem[] {
  return [
    ...checkSeries(
      data.annualExports.points.map((p) => ({ ...p, label: String(p.year) })),
      ["annualExports", "points"],
      data.annualExports.points.map((p) => p.year),
    ),
    ...checkSeries(
      data.worldShare.points.map((p) => ({ ...p, label: `${p.period.start}–${p.period.end}` })),
      ["worldShare", "points"],
      data.worldShare.points.map((p) => p.period.start),
    ),
  ];
}

/** `order` sorts the points in time (the file keeps its own order, and the paths refer to it). */
function checkSeries(points: SeriesPoint[], path: (string | number)[], order: number[]): Problem[] {
  const byTime = points.map((p, index) => ({ ...p, index, at: order[index]! })).sort((a, b) => a.at - b.at);
  const problems: Problem[] = [];
  byTime.forEach((p, i) => {
    // An end point has one side: its two nearest points stand in, so a typo next to it is not
    // blamed on it.
    const around = i === 0 ? [1, 2] : i === byTime.length - 1 ? [i - 1, i - 2] : [i - 1, i + 1];
    const neighbours = around
      .map((j) => byTime[j])
      .filter((n): n is (typeof byTime)[number] => n !== undefined && n.value > 0);
    if (neighbours.length === 0) return;
    const values: [number, (string | number)[]][] = [
      [p.value, [...path, p.index, "value"]],
      ...(p.alternates ?? []).map((a, j): [number, (string | number)[]] => [
        a.value,
        [...path, p.index, "alternates", j, "value"],
      ]),
    ];
    for (const [value, at] of values) {
      if (value <= 0) continue;
      const high = neighbours.every((n) => value > n.value * MAX_JUMP);
      const low = neighbours.every((n) => value * MAX_JUMP < n.value);
      if (!high && !low) continue;
      const list = neighbours.map((n) => `${n.label}: ${n.value}`).join(", ");
      problems.push({
        path: formatPath(at),
        message: `implausible: ${value} for ${p.label} is more than ${MAX_JUMP}× ${high ? "above" : "below"} its neighbours (${list}); a misplaced decimal point?`,
      });
    }
  });
  return problems;
}
