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

/**
 * Parses and validates; a JSON syntax error is reported with its line and column. A leading
 * byte-order mark (Windows editors save one) is not part of the JSON: it is dropped, not reported.
 */
export function validateDatasetText(text: string): Validation {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { ok: false, problems: [{ path: "$", message: `invalid JSON: ${describeSyntaxError(error, text)}` }] };
  }
  return validateDataset(json);
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
    case "invalid_value":
      return `expected ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(" or ")}, got ${describeValue(issue.input)}`;
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

function describeSyntaxError(error: unknown, text: string): string {
  const offset = jsonErrorOffset(text);
  if (offset === null) return error instanceof Error ? error.message : String(error);
  const { line, column } = lineAndColumn(text, offset);
  const found = offset < text.length ? `unexpected ${JSON.stringify(text[offset])}` : "unexpected end of file";
  return `${found} at line ${line}, column ${column}`;
}
