/** Goals change (5% by 2027 became 6% by 2030): their years and values come from the data, never typed. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/i18n/messages.ts";
import { loadDataset } from "../../support/dataset.ts";

const ROOT = resolve(import.meta.dirname, "../../..");
const pages = ["index.html", "present.html", "embed.html"].map((f) => readFileSync(resolve(ROOT, f), "utf8"));
// Each chart's own words live in its folder (src/charts/<id>/messages.ts), outside MESSAGES.
type Table = { en: Record<string, string>; ko: Record<string, string> };
const chartTables = Object.values(
  import.meta.glob<Record<string, unknown>>("/src/charts/*/messages.ts", { eager: true }),
)
  .flatMap((module) => Object.values(module))
  .filter((value): value is Table => typeof value === "object" && value !== null && "en" in value && "ko" in value);
const texts = [
  ...[MESSAGES, ...chartTables].flatMap((table) => [...Object.values(table.en), ...Object.values(table.ko)]),
  ...pages,
];

describe("messages and pages", () => {
  const { targets } = loadDataset();

  it("include every chart's own messages", () => {
    expect(chartTables.length).toBeGreaterThanOrEqual(6);
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
