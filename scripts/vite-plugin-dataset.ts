/**
 * Publishes data/*.json at /data/*.json: served from disk in dev, emitted into dist by the build.
 * The build refuses an invalid dataset, so a broken file can never be deployed.
 */
import type { Plugin } from "vite";
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { validateDatasetText } from "../src/data/validate.ts";

const DATA_DIR = resolve(import.meta.dirname, "../data");

export function publishDataset(): Plugin {
  return {
    name: "kdem-publish-dataset",
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = req.url?.match(/^\/data\/([\w.-]+\.json)(\?.*)?$/);
        if (!match) return next();
        try {
          const body = readFileSync(join(DATA_DIR, match[1]!));
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
      for (const file of readdirSync(DATA_DIR).filter((f) => f.endsWith(".json"))) {
        const text = readFileSync(join(DATA_DIR, file), "utf8");
        const result = validateDatasetText(text);
        if (!result.ok) {
          const lines = result.problems.map((p) => `data/${file}: ${p.path}: ${p.message}`);
          this.error(`the dataset is invalid; run npm run data:check\n${lines.join("\n")}`);
        }
        this.emitFile({ type: "asset", fileName: `data/${file}`, source: text });
      }
    },
  };
}
