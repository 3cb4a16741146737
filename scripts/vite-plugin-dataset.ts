/**
 * Publishes the shipped dataset at /data/korea-arms-exports.json: served from disk in dev, emitted
 * into dist by the build. Only that one file: any other JSON in data/ (a scratch copy, a benchmark
 * file) is never deployed, so no second dataset can appear under the product's name.
 * The build refuses an invalid or implausible dataset, so a broken file can never be deployed.
 */
import type { Plugin } from "vite";
import { readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { DATASET_PATH } from "../src/data/api/get-dataset.ts";
import { plausibilityProblems } from "../src/data/plausibility.ts";
import { validateDatasetText } from "../src/data/validate.ts";

const DATA_DIR = resolve(import.meta.dirname, "../data");
const FILE = basename(DATASET_PATH);

export function publishDataset(): Plugin {
  return {
    name: "kdem-publish-dataset",
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split("?")[0] !== DATASET_PATH) return next();
        try {
          const body = readFileSync(join(DATA_DIR, FILE));
          res.setHeader("Content-Type", "application/json; charset=utf-8");
          res.setHeader("Cache-Control", "no-cache");
          res.end(body);
        } catch {
          res.statusCode = 404;
          res.end("not found");
        }
      });
    },
    generateBundle() {
      const text = readFileSync(join(DATA_DIR, FILE), "utf8");
      const result = validateDatasetText(text);
      const problems = result.ok ? plausibilityProblems(result.dataset) : result.problems;
      if (problems.length > 0) {
        const lines = problems.map((p) => `data/${FILE}: ${p.path}: ${p.message}`);
        this.error(`the dataset is invalid; run npm run data:check\n${lines.join("\n")}`);
      }
      this.emitFile({ type: "asset", fileName: `data/${FILE}`, source: text });
    },
  };
}
