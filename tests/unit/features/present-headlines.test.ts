import { describe, expect, it } from "vitest";
import { chartHeadline, chartModel } from "@/charts/registry.ts";
import { CHART_IDS } from "@/data/chart-ids.ts";
import { keyFigures } from "@/data/derive/key-figures.ts";
import { formatUsdBn } from "@/i18n/format.ts";
import { firstSentence } from "@/features/present/slide-headlines.ts";
import { speakerNotes } from "@/features/present/speaker-notes.ts";
import { loadDataset } from "../../support/dataset.ts";

const data = loadDataset();

describe("slide headlines", () => {
  it.each(CHART_IDS.flatMap((chart) => [[chart, "en"] as const, [chart, "ko"] as const]))(
    "%s (%s): one short line, shorter than the chart's takeaway, which the notes keep in full",
    (chart, lang) => {
      const headline = chartHeadline(chart, data, lang)!;
      const takeaway = chartModel(chart, data, lang).spec.takeaway;
      expect(headline.length).toBeGreaterThan(10);
      // ≈ what fits one line of the slide's headline type (longest today: 60 characters).
      expect(headline.length).toBeLessThanOrEqual(lang === "ko" ? 45 : 64);
      expect(headline.length).toBeLessThan(takeaway.length);
      expect(speakerNotes({ kind: "chart", chart }, data, lang).takeaway).toBe(takeaway);
    },
  );

  it("takes its figures from the dataset: a changed latest year changes the headline", () => {
    const k = keyFigures(data);
    expect(chartHeadline("annual-exports", data, "en")).toContain(
      formatUsdBn(k.latest.value, "en", k.latest.qualifier),
    );
    const changed = structuredClone(data);
    const latest = changed.annualExports.points.find((p) => p.year === k.latest.year)!;
    latest.value = 16.4;
    latest.qualifier = "exact";
    expect(chartHeadline("annual-exports", changed, "en")).toContain("$16.4 billion");
  });

  it("names the largest buyer from the deals", () => {
    expect(chartHeadline("buyers", data, "en")).toMatch(/^Poland is the largest buyer/);
    expect(chartHeadline("buyers", data, "ko")).toContain("폴란드");
  });
});

describe("firstSentence", () => {
  it.each([
    ["Basis: contracts signed. The rest is detail.", "Basis: contracts signed."],
    ["Growth of 1.5 a year (≈). Then more.", "Growth of 1.5 a year (≈)."],
    ["기준: 계약 금액입니다. 나머지는 노트에.", "기준: 계약 금액입니다."],
    ["No full stop at all", "No full stop at all"],
  ])("%j → %j", (text, first) => {
    expect(firstSentence(text)).toBe(first);
  });
});

describe("a headline the dataset cannot back", () => {
  it("is left out, so the slide shows the takeaway, rather than failing the deck", () => {
    const noDeals = { ...structuredClone(data), deals: [] };
    expect(chartHeadline("buyers", noDeals, "en")).toBeUndefined();
    const noLatest = structuredClone(data);
    noLatest.annualExports.points = [];
    expect(chartHeadline("annual-exports", noLatest, "en")).toBeUndefined();
  });
});
