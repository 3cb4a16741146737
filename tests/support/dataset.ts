/** The shipped dataset, read from disk: tests check the product against the real figures. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Dataset } from "@/data/schema.ts";
import { validateDatasetText } from "@/data/validate.ts";

export const DATASET_FILE = resolve(import.meta.dirname, "../../data/korea-arms-exports.json");
export const datasetText = readFileSync(DATASET_FILE, "utf8");

export function loadDataset(): Dataset {
  const result = validateDatasetText(datasetText);
  if (!result.ok) throw new Error(`shipped dataset is invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.dataset;
}

/** A deep copy of the raw JSON to break in a test. */
export function rawDataset(): Record<string, any> {
  return JSON.parse(datasetText);
}
