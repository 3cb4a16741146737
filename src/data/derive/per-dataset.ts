import type { Dataset } from "../schema.ts";

/**
 * `derive`, made once per dataset object and shared by whoever asks: the page never changes a
 * dataset, and some derivations are asked for by several parts of one render (a chart's model and
 * its range control; the article panel and the downloads), each costing milliseconds at scale.
 * What it returns is shared, so it is read-only.
 */
export function perDataset<T>(derive: (data: Dataset) => T): (data: Dataset) => T {
  const made = new WeakMap<Dataset, T>();
  return (data) => {
    if (!made.has(data)) made.set(data, derive(data));
    return made.get(data)!;
  };
}
