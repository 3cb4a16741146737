/** Which sources a reader sees first, and whether internal bookkeeping leaks into what they read. */
import { describe, expect, it } from "vitest";
import { citedSources, orderSources, secondaryOnly, sourceIndex } from "@/data/derive/sources.ts";
import type { Source } from "@/data/schema.ts";
import { loadDataset } from "../../support/dataset.ts";
import { chartTables, interfaceTables } from "../../support/message-tables.ts";

const source = (id: string, kind: Source["kind"], date: string): Source => ({
  id,
  title: id,
  publisher: id,
  url: `https://example.org/${id}`,
  date,
  language: "en",
  kind,
});

describe("orderSources", () => {
  const given = [
    source("blog", "secondary", "2025-01"),
    source("paper-old", "news", "2020-05-01"),
    source("ministry", "primary", "2019"),
    source("paper-new", "news", "2024-02-03"),
  ];

  it("puts primary sources first, then news, then secondary, keeping the given order within a kind", () => {
    expect(orderSources(given).map((s) => s.id)).toEqual(["ministry", "paper-old", "paper-new", "blog"]);
  });

  it("orders by date within a kind when asked, newest first", () => {
    expect(orderSources(given, "date").map((s) => s.id)).toEqual(["ministry", "paper-new", "paper-old", "blog"]);
  });

  it("flags a figure backed only by secondary sources", () => {
    expect(secondaryOnly([given[0]!])).toBe(true);
    expect(secondaryOnly(given)).toBe(false);
    expect(secondaryOnly([])).toBe(false);
  });
});

describe("the shipped sources", () => {
  const data = loadDataset();

  it("name the outlet behind every copy and lead no chart with a copy when an outlet is cited", () => {
    for (const s of data.sources.filter((s) => s.mirrorOf)) expect(s.kind, s.id).toBe("secondary");
    const cited = data.sources.filter((s) => ["zum-chosun-2018-01", "kmib-2015-01-03"].includes(s.id));
    expect(orderSources(cited)[0]!.id).toBe("kmib-2015-01-03");
  });

  it("never show internal conflict codes (C1…C14) to readers", () => {
    const texts: string[] = [];
    const walk = (value: unknown, key = ""): void => {
      if (typeof value === "string") {
        if (key !== "id" && key !== "url") texts.push(value);
      } else if (Array.isArray(value)) value.forEach((v) => walk(v));
      else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, k);
    };
    walk(data);
    walk(interfaceTables);
    walk(chartTables);
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.filter((t) => /\bC\d{1,2}\b/.test(t))).toEqual([]);
  });
});

describe("citedSources", () => {
  const index = sourceIndex({
    sources: [source("a", "news", "2024"), source("b", "primary", "2024"), source("c", "news", "2023")],
  } as Parameters<typeof sourceIndex>[0]);

  it("counts each point's sources and its alternates' sources, most cited first, ties in first-seen order", () => {
    const cited = citedSources(index, [
      { sources: ["c"] },
      { sources: ["a"], alternates: [{ sources: ["b", "c"] }] },
      { sources: ["b"] },
    ]);
    // c and b twice (c seen first), a once.
    expect(cited.map((s) => s.id)).toEqual(["c", "b", "a"]);
  });

  it("leaves out ids the dataset has no source for", () => {
    expect(citedSources(index, [{ sources: ["a", "gone"] }]).map((s) => s.id)).toEqual(["a"]);
  });
});
