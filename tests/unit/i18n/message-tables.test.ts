import { describe, expect, it } from "vitest";
import { chartTables, interfaceTables } from "../../support/message-tables.ts";

describe("message tables", () => {
  it("define each key once: a surface's or a chart's word never shadows another table's", () => {
    const seen = new Map<string, number>();
    for (const table of [...interfaceTables, ...chartTables])
      for (const key of Object.keys(table.en)) seen.set(key, (seen.get(key) ?? 0) + 1);
    expect(seen.size).toBeGreaterThan(300);
    expect([...seen].filter(([, count]) => count > 1).map(([key]) => key)).toEqual([]);
  });
});
