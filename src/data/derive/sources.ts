import type { Dataset, Source } from "../schema.ts";

export function sourceIndex(data: Dataset): Map<string, Source> {
  return new Map(data.sources.map((s) => [s.id, s]));
}

/** Distinct sources behind a set of points, most-cited first (ties keep first-seen order). */
export function citedSources(
  index: Map<string, Source>,
  points: readonly { sources: string[]; alternates?: { sources: string[] }[] }[],
): Source[] {
  const counts = new Map<string, number>();
  for (const p of points) {
    for (const id of [...p.sources, ...(p.alternates ?? []).flatMap((a) => a.sources)])
      counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => index.get(id))
    .filter((s): s is Source => s !== undefined);
}
