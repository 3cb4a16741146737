/** Chart ids are part of the public contract (URLs, embed paths): add, never rename. */
export const CHART_IDS = [
  "annual-exports",
  "target-path",
  "world-share",
  "top-exporters",
  "buyers",
  "recipients",
  "exporter-race",
  "contracts-vs-deliveries",
] as const;
export type ChartId = (typeof CHART_IDS)[number];

export function isChartId(value: unknown): value is ChartId {
  return typeof value === "string" && (CHART_IDS as readonly string[]).includes(value);
}
