import type { Dataset, Source, SourceKind } from "../schema.ts";

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

const KIND_ORDER: Record<SourceKind, number> = { primary: 0, news: 1, secondary: 2 };

/**
 * Sources in the order a reader should weigh them: primary (government, SIPRI) first, then news,
 * then secondary copies and aggregators. Within a kind, `within: "date"` puts the newest first;
 * `"given"` keeps the caller's order (most-cited first from `citedSources`).
 */
export function orderSources(sources: readonly Source[], within: "given" | "date" = "given"): Source[] {
  return [...sources].sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (within === "date" ? b.date.localeCompare(a.date) : 0),
  );
}

/** True when nothing but secondary sources (copies, aggregators, blogs) backs a figure. */
export function secondaryOnly(sources: readonly Source[]): boolean {
  return sources.length > 0 && sources.every((s) => s.kind === "secondary");
}
