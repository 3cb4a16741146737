/**
 * npm run data:check [file ...]
 * Validates dataset files with the app's own schema. Exit 0 when every file is valid; otherwise
 * exit 1 and print one line per problem: `file: $.path.to.field: what is wrong`. A valid file is
 * also checked for plausibility (src/data/plausibility.ts: a value far off both its neighbours).
 */
import { readFileSync } from "node:fs";
import { plausibilityProblems } from "../src/data/plausibility.ts";
import { validateDatasetText } from "../src/data/validate.ts";

const files = process.argv.slice(2);
if (files.length === 0) files.push("data/korea-arms-exports.json");

let failed = false;
for (const file of files) {
  const name = file;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    failed = true;
    console.error(`${name}: $: cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    continue;
  }
  const result = validateDatasetText(text);
  const problems = result.ok ? plausibilityProblems(result.dataset) : result.problems;
  if (problems.length === 0) {
    console.log(`${name}: valid`);
  } else {
    failed = true;
    for (const problem of problems) console.error(`${name}: ${problem.path}: ${problem.message}`);
  }
}
process.exit(failed ? 1 : 0);
