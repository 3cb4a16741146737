/** Goals change (5% by 2027 became 6% by 2030): their years and values come from the data, never typed. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../support/dataset.ts";
import { chartTables, interfaceTables } from "../../support/message-tables.ts";

const ROOT = resolve(import.meta.dirname, "../../..");
const pages = ["index.html", "present.html", "embed.html"].map((f) => readFileSync(resolve(ROOT, f), "utf8"));
const texts = [
  ...[...interfaceTables, ...chartTables].flatMap((table) => [...Object.values(table.en), ...Object.values(table.ko)]),
  ...pages,
];

describe("messages and pages", () => {
  const { targets } = loadDataset();

  it("include every chart's own messages and every surface's", () => {
    expect(chartTables.length).toBeGreaterThanOrEqual(8);
    expect(interfaceTables.length).toBeGreaterThanOrEqual(6);
  });

  it.each(targets.map((t) => [t.id, t] as const))("do not type the year or value of %s", (_, target) => {
    const typed = [
      new RegExp(`(?<!\\d)${target.targetYear}(?!\\d)`),
      ...(target.unit === "percent" ? [new RegExp(`(?<![\\d.])${target.value}\\s?%`)] : []),
      ...(target.unit === "usd-bn" ? [new RegExp(`\\$${target.value}(?!\\d)`), /200억/] : []),
    ];
    for (const pattern of typed)
      expect(
        texts.filter((t) => pattern.test(t)),
        String(pattern),
      ).toEqual([]);
  });
});
