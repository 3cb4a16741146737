import { jsonErrorOffset, lineAndColumn } from "./json-error-offset.ts";
import { Dataset, formatPath } from "./schema.ts";

export interface Problem {
  /** JSONPath-like location, e.g. `$.annualExports.points[3].value`; `$` for the whole file. */
  path: string;
  message: string;
}

export type Validation = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

export function validateDataset(json: unknown): Validation {
  const result = Dataset.safeParse(json, { reportInput: true });
  if (result.success) return { ok: true, dataset: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) })),
  };
}

/** Parses and validates; a JSON syntax error is reported with its line and column. */
export function validateDatasetText(text: string): Validation {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: "$", message: `invalid JSON: ${describeSyntaxError(error, text)}` }] };
  }
  return validateDataset(json);
}

function describeIssue(issue: { code: string; message: string; keys?: string[]; expected?: unknown; input?: unknown }): string {
  // zod's defaults are terse where a person editing JSON needs the specific fix.
  if (issue.code === "unrecognized_keys" && issue.keys) return `unknown field(s): ${issue.keys.join(", ")}`;
  if (issue.code === "invalid_type" && !("input" in issue && issue.input !== undefined)) return `missing (expected ${String(issue.expected)})`;
  if (issue.code === "invalid_type") return `expected ${String(issue.expected)}, got ${describeValue(issue.input)}`;
  return issue.message;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

function describeSyntaxError(error: unknown, text: string): string {
  const offset = jsonErrorOffset(text);
  if (offset === null) return error instanceof Error ? error.message : String(error);
  const { line, column } = lineAndColumn(text, offset);
  const found = offset < text.length ? `unexpected ${JSON.stringify(text[offset])}` : "unexpected end of file";
  return `${found} at line ${line}, column ${column}`;
}
