/** `npm run data:check` as a person runs it: a real process on real files, exit code and output. */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { DATASET_FILE, rawDataset } from "../support/dataset.ts";

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "kdem-data-check-"));

async function check(...files: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(join(ROOT, "node_modules/.bin/tsx"), ["scripts/data-check.ts", ...files], {
      cwd: ROOT,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function write(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return file;
}

function broken(edit: (d: Record<string, any>) => void): Record<string, any> {
  const data = rawDataset();
  edit(data);
  return data;
}

describe("npm run data:check", { timeout: 30_000 }, () => {
  it("passes the shipped dataset (default file) and exits 0", async () => {
    const result = await check();
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout.trim()).toBe("data/korea-arms-exports.json: valid");
  });

  it("accepts a file argument", async () => {
    expect((await check(DATASET_FILE)).code).toBe(0);
  });

  it("names file, line and column for invalid JSON", async () => {
    const file = write("syntax.json", '{\n  "meta": {\n    "title": }\n}');
    const result = await check(file);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(new RegExp(`^${file}: \\$: invalid JSON: .* at line 3, column 14$`));
  });

  it.each([
    [
      "a wrong type",
      (d: any) => (d.annualExports.points[16].value = "17.3"),
      '$.annualExports.points[16].value: expected number, got the string "17.3"',
    ],
    [
      "a missing source",
      (d: any) => (d.annualExports.points[16].sources = ["no-such-source"]),
      '$.annualExports.points[16].sources[0]: unknown source id "no-such-source"',
    ],
    [
      "a duplicate year",
      (d: any) => (d.annualExports.points[1].year = d.annualExports.points[0].year),
      "$.annualExports.points[1].year: duplicate year 2006",
    ],
    [
      "a negative value",
      (d: any) => (d.annualExports.points[2].value = -1),
      "$.annualExports.points[2].value: negative value -1",
    ],
    [
      "a share above 100",
      (d: any) => (d.worldShare.points[0].value = 140),
      "$.worldShare.points[0].value: share 140 is outside 0–100",
    ],
    [
      "an article figure pointing nowhere",
      (d: any) => (d.article.figures[0].point = "exports-1999"),
      '$.article.figures[0].point: points at "exports-1999", which is no data point',
    ],
    ["an unknown field", (d: any) => (d.meta.colour = "blue"), "$.meta: unknown field(s): colour"],
    ["a missing field", (d: any) => delete d.sources[0].url, "$.sources[0].url: missing (expected string)"],
  ])("reports %s as file: path: problem and exits 1", async (_name, edit, line) => {
    const file = write("broken.json", broken(edit));
    const result = await check(file);
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n")).toContain(`${file}: ${line}`);
  });

  it.each([
    [16, 173, "173 for 2022 is more than 5× above its neighbours (2021: 7.25, 2023: 13)"],
    [17, 1.3, "1.3 for 2023 is more than 5× below its neighbours (2022: 17.3, 2024: 9.6)"],
    [0, 25, "25 for 2006 is more than 5× above its neighbours (2007: 0.8449, 2008: 1.03144)"],
  ])("fails point %i typed as %s (a slipped decimal point)", async (index, typo, why) => {
    const file = write(
      "typo.json",
      broken((d) => (d.annualExports.points[index].value = typo)),
    );
    const result = await check(file);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `${file}: $.annualExports.points[${index}].value: implausible: ${why}; a misplaced decimal point?`,
    );
  });

  it("checks a disputed year's alternates and SIPRI's periods the same way", async () => {
    const file = write(
      "typo-alternate.json",
      broken((d) => {
        d.annualExports.points[17].alternates[0].value = 135;
        d.worldShare.points[9].value = 22;
      }),
    );
    const result = await check(file);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      `${file}: $.annualExports.points[17].alternates[0].value: implausible: 135 for 2023 is more than 5× above its neighbours (2022: 17.3, 2024: 9.6); a misplaced decimal point?`,
      `${file}: $.worldShare.points[9].value: implausible: 22 for 2020–2024 is more than 5× above its neighbours (2019–2023: 2, 2021–2025: 3); a misplaced decimal point?`,
    ]);
  });

  it("reads a file saved with a byte-order mark like any other", async () => {
    const file = write("bom.json", `\uFEFF${JSON.stringify(rawDataset(), null, 2)}`);
    const result = await check(file);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout.trim()).toBe(`${file}: valid`);
  });

  it("prints one line per problem and checks every file given", async () => {
    const bad = write(
      "two-problems.json",
      broken((d) => {
        d.annualExports.points[2].value = -1;
        d.annualExports.points[3].value = -2;
      }),
    );
    const result = await check(DATASET_FILE, bad, join(dir, "missing.json"));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("korea-arms-exports.json: valid");
    expect(result.stderr.trim().split("\n")).toEqual([
      `${bad}: $.annualExports.points[2].value: negative value -1`,
      `${bad}: $.annualExports.points[3].value: negative value -2`,
      `${join(dir, "missing.json")}: $: cannot read file (ENOENT)`,
    ]);
  });
});
