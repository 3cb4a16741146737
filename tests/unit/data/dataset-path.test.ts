/** `?data=` may only name a dataset on the explicit list; anything else is ignored and reported. */
import { describe, expect, it } from "vitest";
import { ALTERNATIVE_DATASETS, DATASET_PATH, datasetChoiceFrom, withDatasetParam } from "@/data/api/get-dataset.ts";
import { SYNTHETIC_FILE } from "../../../scripts/gen-synthetic-dataset.ts";

describe("datasetChoiceFrom (?data=)", () => {
  it("uses the shipped dataset without the parameter", () => {
    expect(datasetChoiceFrom("")).toEqual({ path: DATASET_PATH });
    expect(datasetChoiceFrom("?chart=buyers")).toEqual({ path: DATASET_PATH });
    expect(datasetChoiceFrom(`?data=${DATASET_PATH}`)).toEqual({ path: DATASET_PATH });
  });

  it("accepts the benchmark's synthetic file, which is on the list, and names it", () => {
    expect(ALTERNATIVE_DATASETS).toContain(`/data/${SYNTHETIC_FILE}`);
    expect(datasetChoiceFrom(`?data=/data/${SYNTHETIC_FILE}`)).toEqual({
      path: `/data/${SYNTHETIC_FILE}`,
      alternative: `/data/${SYNTHETIC_FILE}`,
    });
  });

  it.each([
    "/data/nope.json",
    "/data/v2.2026.json",
    "https://evil.example/data/x.json",
    "//evil.example/data/x.json",
    "/data/../secrets.json",
    "/data/x.json?y=1",
    "javascript:alert(1)//data/x.json",
  ])("ignores %s, loads the shipped dataset and reports the value", (value) => {
    expect(datasetChoiceFrom(`?data=${encodeURIComponent(value)}`)).toEqual({ path: DATASET_PATH, rejected: value });
  });
});

describe("withDatasetParam", () => {
  const synthetic = { path: `/data/${SYNTHETIC_FILE}`, alternative: `/data/${SYNTHETIC_FILE}` };
  it("keeps an alternative dataset in the address the app writes", () => {
    expect(withDatasetParam("?chart=buyers", synthetic)).toBe(`?chart=buyers&data=/data/${SYNTHETIC_FILE}`);
    expect(withDatasetParam("", synthetic)).toBe(`?data=/data/${SYNTHETIC_FILE}`);
  });
  it("adds nothing for the shipped dataset or a rejected one", () => {
    expect(withDatasetParam("?chart=buyers", { path: DATASET_PATH })).toBe("?chart=buyers");
    expect(withDatasetParam("", { path: DATASET_PATH, rejected: "/data/nope.json" })).toBe("");
  });
});
