/**
 * One Lighthouse 12 run with its default mobile settings (simulated slow 4G, 4× CPU slowdown), in
 * Debian's Chromium with the same flags as the Playwright tests. The CLI is used as a person would,
 * in its own process, so a crash in it cannot take the bench down.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { CHROMIUM, CHROMIUM_ARGS } from "./network.ts";

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Lighthouse's own CPU benchmark of the machine during the run: lower means busier or slower. */
  benchmarkIndex: number;
}

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
  runtimeError?: { code: string; message: string };
  environment?: { benchmarkIndex?: number };
}

export async function runLighthouse(root: string, url: string): Promise<LighthouseRun> {
  const dir = mkdtempSync(join(tmpdir(), "kdem-lh-"));
  const out = join(dir, "report.json");
  try {
    const flags = ["--headless=new", ...CHROMIUM_ARGS].join(" ");
    await promisify(execFile)(
      resolve(root, "node_modules/.bin/lighthouse"),
      [url, "--output=json", `--output-path=${out}`, `--chrome-flags=${flags}`, "--only-categories=performance,accessibility,best-practices,seo", "--quiet"],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
    );
    const report = JSON.parse(readFileSync(out, "utf8")) as Report;
    if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.code}: ${report.runtimeError.message}`);
    const score = (id: string) => {
      const value = report.categories[id]?.score;
      if (value === null || value === undefined) throw new Error(`lighthouse gave no ${id} score`);
      return Math.round(value * 100);
    };
    const audit = (id: string) => {
      const value = report.audits[id]?.numericValue;
      if (value === undefined) throw new Error(`lighthouse gave no ${id}`);
      return value;
    };
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      fcp: audit("first-contentful-paint"),
      lcp: audit("largest-contentful-paint"),
      tbt: audit("total-blocking-time"),
      cls: audit("cumulative-layout-shift"),
      benchmarkIndex: report.environment?.benchmarkIndex ?? Number.NaN,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function lighthouseVersion(root: string): string {
  return (JSON.parse(readFileSync(resolve(root, "node_modules/lighthouse/package.json"), "utf8")) as { version: string }).version;
}
