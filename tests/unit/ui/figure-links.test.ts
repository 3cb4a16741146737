import { describe, expect, it } from "vitest";
import { keyFigures } from "@/data/derive/key-figures.ts";
import { indexPoints } from "@/charts/registry.ts";
import { keyFigureLinks, pointTarget } from "@/ui/figure-links.ts";
import { loadDataset } from "../../support/dataset.ts";

const data = loadDataset();

describe("keyFigureLinks", () => {
  it("formats each headline figure from the data and points at the chart that shows it", () => {
    const links = keyFigureLinks(keyFigures(data), "en");
    expect(links.latest).toMatchObject({
      value: "over $15 billion",
      label: "Exports in 2025",
      chart: "annual-exports",
      year: 2025,
    });
    // From $9.6B to "over $15B": the change is at least +56.3%.
    expect(links.change).toMatchObject({ value: "at least +56.3%", label: "Change on 2024" });
    expect(links.record).toMatchObject({
      value: "$17.3 billion",
      label: "Record, 2022",
      year: 2022,
      point: "exports-2022",
    });
    // Computed from "over $15 billion", so upper bounds: 20 − 15 and (20/15)^(1/5) − 1.
    expect(links.gap).toMatchObject({ value: "up to $5 billion", chart: "target-path", year: 2030 });
    expect(links.growth).toMatchObject({ value: "up to 5.9%", chart: "target-path", year: 2030 });
    expect(links.shareGoal).toMatchObject({ value: "6%", chart: "world-share", year: 2030 });
  });

  it("speaks Korean", () => {
    const links = keyFigureLinks(keyFigures(data), "ko");
    expect(links.latest.value).toBe("150억 달러 이상");
    expect(links.record.label).toBe("최고치(2022년)");
  });
});

describe("pointTarget", () => {
  it("focuses a SIPRI period on its last year", () => {
    expect(pointTarget(indexPoints(data).get("share-2020-24")!)).toEqual({ chart: "world-share", year: 2024 });
    expect(pointTarget(indexPoints(data).get("exports-2023")!)).toEqual({ chart: "annual-exports", year: 2023 });
  });
});

describe("indexPoints", () => {
  it("indexes a dataset once, however many parts of the page ask, and another dataset on its own", () => {
    expect(indexPoints(data)).toBe(indexPoints(data));
    const other = loadDataset();
    expect(indexPoints(other)).not.toBe(indexPoints(data));
    expect([...indexPoints(other).keys()]).toEqual([...indexPoints(data).keys()]);
  });
});
