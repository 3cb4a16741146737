/**
 * Reading the dataset file's text as JSON, without the schema: the page draws from what this
 * returns while a worker validates the same text (src/data/api/check-dataset.ts), so it must stay
 * free of zod.
 */
import { jsonErrorOffset, lineAndColumn } from "./json-error-offset.ts";

export interface Problem {
  /** JSONPath-like location, e.g. `$.annualExports.points[3].value`; `$` for the whole file. */
  path: string;
  message: string;
}

export type Parsed = { ok: true; json: unknown } | { ok: false; problems: Problem[] };

/**
 * A JSON syntax error is reported with its line and column. A leading byte-order mark (Windows
 * editors save one) is not part of the JSON: it is dropped, not reported.
 */
export function parseDatasetText(text: string): Parsed {
  try {
    return { ok: true, json: JSON.parse(text.replace(/^\uFEFF/, "")) };
  } catch (error) {
    return { ok: false, problems: [{ path: "$", message: `invalid JSON: ${describeSyntaxError(error, text)}` }] };
  }
}

function describeSyntaxError(error: unknown, text: string): string {
  const offset = jsonErrorOffset(text);
  if (offset === null) return error instanceof Error ? error.message : String(error);
  const { line, column } = lineAndColumn(text, offset);
  const found = offset < text.length ? `unexpected ${JSON.stringify(text[offset])}` : "unexpected end of file";
  return `${found} at line ${line}, column ${column}`;
}
