/**
 * The layer rules in eslint.config.js are the architecture's guard rails: these cases lint
 * source text as if it sat in a given folder and check that a broken rule is an error, and that
 * the allowed direction stays clean.
 */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe("layer rules", () => {
  it.each([
    [
      "a chart importing a feature",
      "src/charts/zz-fixture.ts",
      'export { ExploreScreen } from "@/features/explore/ExploreScreen.tsx";\n',
    ],
    [
      "a feature importing another feature",
      "src/features/embed/zz-fixture.ts",
      'export { ExploreScreen } from "../explore/ExploreScreen.tsx";\n',
    ],
    ["the data layer importing the UI", "src/data/zz-fixture.ts", 'export { DataTable } from "@/ui/DataTable.tsx";\n'],
    ["the state layer importing a chart", "src/state/zz-fixture.ts", 'export * from "@/charts/ChartPlot.tsx";\n'],
  ])(
    "fails %s",
    async (_what, filePath, code) => {
      expect(await ruleIdsFor(filePath, code)).toContain("import-x/no-restricted-paths");
    },
    30_000,
  );

  it("allows a feature to import the layers below it", async () => {
    const code = 'export { DataTable } from "@/ui/DataTable.tsx";\nexport * from "@/data/schema.ts";\n';
    expect(await ruleIdsFor("src/features/embed/zz-fixture.ts", code)).toEqual([]);
  }, 30_000);
});
