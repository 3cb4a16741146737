import { describe, expect, it } from "vitest";
import { chartModel } from "@/charts/registry.ts";
import { keyFigures } from "@/data/derive/key-figures.ts";
import { speakerNotes } from "@/features/present/speaker-notes.ts";
import { tryChartModel } from "@/features/present/try-chart-model.ts";
import { loadDataset } from "../../support/dataset.ts";

const data = loadDataset();

describe("speaker notes, generated from the dataset", () => {
  it("a chart slide gets its basis, every disputed year with each value's sources, and the chart's sources", () => {
    const notes = speakerNotes({ kind: "chart", chart: "annual-exports" }, data, "en");
    const spec = chartModel("annual-exports", data, "en").spec;
    expect(notes.basis).toEqual([spec.basis]);
    expect(notes.disputed.map((d) => d.label)).toEqual(["2016", "2017", "2023", "2024", "2025"]);
    const y2023 = notes.disputed.find((d) => d.label === "2023")!;
    expect(y2023.headline).toMatch(/^\$13 billion \(/);
    expect(y2023.others).toHaveLength(2);
    expect(y2023.others[0]).toMatch(/^\$13\.5 billion \(.*Yonhap/);
    expect(y2023.others[1]).toMatch(/^\$14 billion \(/);
    expect(notes.sources).toEqual(spec.sources);
  });

  it("follows the deck's range: years outside it are not in the notes", () => {
    const notes = speakerNotes({ kind: "chart", chart: "annual-exports" }, data, "en", { from: 2020 });
    expect(notes.disputed.map((d) => d.label)).toEqual(["2023", "2024", "2025"]);
  });

  it("fits a range outside the data to the chart's years, as the explorer does, never an empty chart", () => {
    const built = tryChartModel("annual-exports", data, "en", 2040, 2050);
    if (!("model" in built)) throw new Error(built.error);
    expect(built.model.options.from).toBe(2025);
    expect(built.model.spec.table.rows.map((r) => r.year)).toEqual([2025]);
    expect(
      speakerNotes({ kind: "chart", chart: "annual-exports" }, data, "en", { from: 2040, to: 2050 }).disputed.map(
        (d) => d.label,
      ),
    ).toEqual(["2025"]);
  });

  it("names a disputed deal by buyer and system, in Korean too", () => {
    const deal = data.deals.find((d) => d.alternates?.length)!;
    const en = speakerNotes({ kind: "chart", chart: "buyers" }, data, "en");
    const ko = speakerNotes({ kind: "chart", chart: "buyers" }, data, "ko");
    expect(en.disputed.map((d) => d.label)).toContain(`${deal.buyer.name.en}, ${deal.system.en}, ${deal.year}`);
    expect(ko.disputed.map((d) => d.label)).toContain(`${deal.buyer.name.ko}, ${deal.system.ko}, ${deal.year}년`);
    expect(en.sources.length).toBeGreaterThan(0);
  });

  it("the key-figures slide carries the dataset's notes on its figures and the disputed latest year", () => {
    const k = keyFigures(data);
    const notes = speakerNotes({ kind: "key-figures" }, data, "ko");
    expect(notes.basis).toContain(k.exportTarget.note!.ko);
    expect(notes.basis).toContain(k.shareTarget.note!.ko);
    expect(notes.disputed.map((d) => d.label)).toEqual([`${k.latest.year}년`]);
    expect(notes.sources.map((s) => s.id)).toEqual(
      expect.arrayContaining([...k.latest.sources, ...k.exportTarget.sources]),
    );
  });

  it("the title slide names the source of the latest figure; quotes and sources slides say where things come from", () => {
    const k = keyFigures(data);
    expect(speakerNotes({ kind: "title" }, data, "en").sources.map((s) => s.id)).toEqual([k.latest.sources[0]]);
    expect(speakerNotes({ kind: "quotes" }, data, "en").basis[0]).toContain(data.article.dateNote.en);
    expect(speakerNotes({ kind: "sources" }, data, "en").basis[0]).toContain(`${data.sources.length} sources`);
  });
});
