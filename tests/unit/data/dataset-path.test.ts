/** `?data=` may only name a dataset this site publishes under /data/, never another origin. */
import { describe, expect, it } from "vitest";
import { DATASET_PATH, datasetPathFrom } from "@/data/api/get-dataset.ts";

describe("datasetPathFrom (the scale benchmark's data URL)", () => {
  it("uses the shipped dataset without the parameter", () => {
    expect(datasetPathFrom("")).toBe(DATASET_PATH);
    expect(datasetPathFrom("?chart=buyers")).toBe(DATASET_PATH);
  });

  it("accepts a same-origin JSON file directly under /data/", () => {
    expect(datasetPathFrom("?data=/data/synthetic-50x75.json")).toBe("/data/synthetic-50x75.json");
    expect(datasetPathFrom("?from=2010&data=%2Fdata%2Fv2.2026.json")).toBe("/data/v2.2026.json");
  });

  it.each([
    "https://evil.example/data/x.json",
    "//evil.example/data/x.json",
    "/data/../secrets.json",
    "/data/sub/x.json",
    "/data/x.json?y=1",
    "/data/x.js",
    "data/x.json",
    "/data/.json",
    "javascript:alert(1)//data/x.json",
  ])("ignores %s and loads the shipped dataset", (value) => {
    expect(datasetPathFrom(`?data=${encodeURIComponent(value)}`)).toBe(DATASET_PATH);
  });
});
