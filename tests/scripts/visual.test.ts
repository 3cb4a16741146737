/** `npm run test:visual` as a maintainer meets it: a drawing that moved fails with a summary; --update rewrites. */
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "../..");
const REFS = join(ROOT, "tests/visual/references");
const NAME = "annual-exports--en--wide.svg";

async function visual(...args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(join(ROOT, "node_modules/.bin/tsx"), ["scripts/visual.ts", ...args], {
      cwd: ROOT,
    });
    return { code: 0, output: stdout + stderr };
  } catch (e) {
    const error = e as { code: number; stdout: string; stderr: string };
    return { code: error.code, output: error.stdout + error.stderr };
  }
}

describe("test:visual", { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "kdem-visual-"));
  cpSync(REFS, dir, { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("passes on the committed references", async () => {
    const { code, output } = await visual("--refs", dir, "--chart", "annual-exports");
    expect(output).toMatch(/charts match their references/);
    expect(code).toBe(0);
  });

  it("fails on a changed reference, naming the file and what moved, then --update restores it", async () => {
    const original = readFileSync(join(dir, NAME), "utf8");
    // A reference that says the 2022 bar is another colour: the drawing no longer matches it.
    const tampered = original.replace(/fill="#1f5fa8"/, 'fill="#ff0000"');
    expect(tampered).not.toBe(original);
    writeFileSync(join(dir, NAME), tampered);

    const failed = await visual("--refs", dir, "--chart", "annual-exports");
    expect(failed.code).toBe(1);
    expect(failed.output).toContain(`${NAME}: 1 changed`);
    // The bar, named by its place in the drawing, and its colour in the reference → as drawn.
    expect(failed.output).toMatch(/~ svg\.recharts-surface > .*path\.kdem-bar: fill #ff0000 → #1f5fa8/);
    expect(failed.output).toContain("npm run test:visual -- --update");

    const updated = await visual("--refs", dir, "--chart", "annual-exports", "--update");
    expect(updated.code).toBe(0);
    expect(updated.output).toContain(NAME);
    expect(readFileSync(join(dir, NAME), "utf8")).toBe(original);
  });
});
