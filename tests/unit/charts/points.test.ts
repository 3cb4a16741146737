/** Each chart lists the points it shows; together they address every point in the dataset, once. */
import { describe, expect, it } from "vitest";
import { CHARTS, indexPoints } from "@/charts/registry.ts";
import { CHART_IDS } from "@/data/chart-ids.ts";
import { loadDataset } from "../../support/dataset.ts";

const data = loadDataset();

/** Every object in the file that is a data point: an id, a number and its sources. */
function datasetPoints(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) datasetPoints(item, found);
  else if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.id === "string" && typeof record.value === "number" && Array.isArray(record.sources))
      found.push(record.id);
    for (const child of Object.values(record)) datasetPoints(child, found);
  }
  return found;
}

describe("indexPoints", () => {
  const index = indexPoints(data);
  const owned = CHART_IDS.flatMap((id) => (CHARTS[id].points?.(data) ?? []).map((p) => p.id));

  it("addresses every data point in the dataset", () => {
    const points = datasetPoints(data);
    expect(points.length).toBeGreaterThan(100);
    expect(points.filter((id) => !index.has(id))).toEqual([]);
  });

  it("has one chart for each point: no two charts claim the same one", () => {
    expect(owned.length).toBe(new Set(owned).size);
    expect(index.size).toBe(owned.length);
  });

  it("opens a point in the chart that shows it, with its year or five-year window", () => {
    expect(index.get("exports-2022")).toMatchObject({ chart: "annual-exports", year: 2022, unit: "usd-bn" });
    expect(index.get("target-2030-share")).toMatchObject({ chart: "world-share", year: 2030, unit: "percent" });
    expect(index.get("target-2030-top4")).toMatchObject({ chart: "top-exporters" });
    expect(index.get("exporter-2021-25-deu")).toMatchObject({
      chart: "top-exporters",
      period: { start: 2021, end: 2025 },
    });
  });
});
