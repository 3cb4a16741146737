import { parseDatasetText, type Problem } from "./parse.ts";
import { Dataset, formatPath } from "./schema.ts";

export type Validation = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

export function validateDataset(json: unknown): Validation {
  const result = Dataset.safeParse(json, { reportInput: true });
  if (result.success) return { ok: true, dataset: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) })),
  };
}

/** Parses (see parseDatasetText) and validates. */
export function validateDatasetText(text: string): Validation {
  const parsed = parseDatasetText(text);
  return parsed.ok ? validateDataset(parsed.json) : parsed;
}

interface IssueFields {
  code: string;
  message: string;
  keys?: string[];
  expected?: unknown;
  input?: unknown;
  values?: unknown[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
}

/**
 * A sentence a person editing the JSON can act on. zod/mini ships no message texts (that is part of
 * why it is small), so every issue code the schema can raise is worded here, once, for app and CLI.
 */
function describeIssue(issue: IssueFields): string {
  const custom = issue.message && issue.message !== "Invalid input" ? issue.message : undefined;
  switch (issue.code) {
    case "unrecognized_keys":
      return `unknown field(s): ${(issue.keys ?? []).join(", ")}`;
    case "invalid_type":
      if (issue.input === undefined) return `missing (expected ${String(issue.expected)})`;
      return `expected ${issue.expected === "int" ? "a whole number" : String(issue.expected)}, got ${describeValue(issue.input)}`;
    case "invalid_value": {
      const expected = (issue.values ?? []).map((v) => JSON.stringify(v)).join(" or ");
      if (issue.input === undefined) return `missing (expected ${expected})`;
      return `expected ${expected}, got ${describeValue(issue.input)}`;
    }
    case "invalid_format":
      return (
        custom ??
        (issue.format === "url"
          ? `expected an http(s) URL, got ${describeValue(issue.input)}`
          : `badly formatted ${issue.format ?? "value"}`)
      );
    case "too_small":
      if (custom) return custom;
      if (issue.origin === "array") return `needs at least ${String(issue.minimum)} item(s)`;
      if (issue.origin === "string") return "must not be empty";
      return `must be at least ${String(issue.minimum)}, got ${describeValue(issue.input)}`;
    case "too_big":
      if (custom) return custom;
      if (issue.origin === "array") return `has more than ${String(issue.maximum)} item(s)`;
      return `must be at most ${String(issue.maximum)}, got ${describeValue(issue.input)}`;
    default:
      return custom ?? issue.message;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string")
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}
