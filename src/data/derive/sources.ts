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
  const count = (ids: readonly string[]) => {
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  // Plain loops: charts at scale cite thousands of points, and copying each one's ids showed in profiles.
  for (const p of points) {
    count(p.sources);
    for (const alternate of p.alternates ?? []) count(alternate.sources);
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
