import { describe, expect, it, vi } from "vitest";
import { tableWithRowsOnRead } from "@/charts/shared/model-parts.ts";

describe("tableWithRowsOnRead", () => {
  it("makes the rows when they are first read, and only once", () => {
    const makeRows = vi.fn(() => [{ id: "a", cells: { year: "2025" } }]);
    const table = tableWithRowsOnRead("Deals", [{ key: "year", label: "Year" }], makeRows);
    expect(table).toMatchObject({ caption: "Deals", columns: [{ key: "year", label: "Year" }] });
    expect(makeRows).not.toHaveBeenCalled();
    expect(table.rows).toEqual([{ id: "a", cells: { year: "2025" } }]);
    expect(table.rows).toBe(table.rows);
    expect(makeRows).toHaveBeenCalledTimes(1);
  });
});
