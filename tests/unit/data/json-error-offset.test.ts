import { describe, expect, it } from "vitest";
import { jsonErrorOffset, lineAndColumn } from "@/data/json-error-offset.ts";
import { datasetText } from "../../support/dataset.ts";

describe("jsonErrorOffset", () => {
  it.each([
    '{"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9\\n"]}',
    "  [ ]  ",
    '"just a string"',
    "0",
    '{"nested": {"deep": [{}, []]}}',
  ])("accepts valid JSON: %s", (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(jsonErrorOffset(text)).toBeNull();
  });

  it("accepts the shipped dataset", () => {
    expect(jsonErrorOffset(datasetText)).toBeNull();
  });

  it.each([
    ['{"a": }', 6],
    ['{"a": 1,}', 8],
    ["[1 2]", 3],
    ['{"a": tru}', 9],
    ["{'a': 1}", 1],
    ["[01]", 2],
    ['{"a": 1', 7],
    ['"tab\there"', 4],
    ['"bad \\x escape"', 6],
    ["[1] x", 4],
    ["", 0],
  ] as const)("finds where %j goes wrong (offset %i), where JSON.parse also fails", (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });
});

describe("lineAndColumn", () => {
  it("counts from 1", () => {
    expect(lineAndColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});
