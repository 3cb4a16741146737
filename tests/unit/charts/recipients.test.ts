/** The recipients chart against the shipped dataset: computed shares, SIPRI's published ones beside them, windows. */
import { describe, expect, it } from "vitest";
import { chartModel } from "@/charts/registry.ts";
import { recipientsModel } from "@/charts/recipients/model.ts";
import { recipientWindowChoice } from "@/data/derive/recipients.ts";
import { loadDataset } from "../../support/dataset.ts";

const data = loadDataset();

/** The registry's model, known to be this chart's. */
function recipients(window: { start: number; end: number }) {
  const model = chartModel("recipients", data, "en", { window });
  if (model.id !== "recipients") throw new Error("not the recipients model");
  return model;
}

describe("recipients model", () => {
  it("shows 2020–24 by default: Poland's computed share, SIPRI's published 46% beside it, labelled as ours", () => {
    const model = recipientsModel(data, "en");
    const [poland, second] = model.plot.bars;
    expect(poland).toMatchObject({ name: "Poland", isSubject: true, label: "46.2%" });
    expect(second!.name).toBe("Philippines");
    expect(second!.label).toBe("14.2%");
    // Poland's bar is the story, drawn whole (not cut at 1.25 × the next, as top-exporters cuts the US).
    expect(model.plot.scale.top).toBe(50);
    const row = model.spec.table.rows[0]!;
    expect(row.cells).toMatchObject({ country: "Poland", share: "46.2%", published: "46%" });
    expect(row.id).toBe("buyer-2020-24-pol");
    expect(model.spec.title).toBe("Who receives South Korea's arms, 2020–24");
    expect(model.spec.takeaway).toMatch(/^Poland received 46\.2% of South Korea's deliveries .* in 2020–24/);
    expect(model.spec.takeaway).toContain("our calculation from SIPRI's database");
    // SIPRI's newer fact sheet is quoted as published, with its edition.
    expect(model.spec.takeaway).toContain("Published figure for 2021–25: Poland 58% (SIPRI, Mar 2026 edition)");
    expect(model.spec.basis).toContain("K-Defense Export Monitor's calculation from the SIPRI Arms Transfers Database");
  });

  it("sums the recipients beyond the seventh into one bar; the table lists every one and the shares add up to 100", () => {
    const model = recipientsModel(data, "en");
    const total = model.plot.bars.reduce((sum, b) => sum + b.value, 0);
    expect(total).toBeCloseTo(100, 6);
    expect(model.plot.bars.length).toBeLessThanOrEqual(8);
    expect(model.spec.table.rows.length).toBeGreaterThanOrEqual(model.plot.bars.length);
  });

  it("offers every five-year window of the database plus SIPRI's newer published one, and fits a window it lacks", () => {
    const { choices, default: latest } = recipientWindowChoice(data);
    expect(choices[0]!.window).toEqual({ start: 1995, end: 1999 });
    expect(latest).toEqual({ start: 2020, end: 2024 });
    expect(choices.at(-1)).toEqual({ window: { start: 2021, end: 2025 }, edition: data.buyers.at(-1)!.edition.label });

    const older = recipients({ start: 2015, end: 2019 });
    expect(older.options.window).toEqual({ start: 2015, end: 2019 });
    expect(older.plot.bars[0]!.value).not.toBeCloseTo(46.2, 1);
    expect(older.spec.title).toContain("2015–19");

    const unknown = recipients({ start: 1980, end: 1984 });
    expect(unknown.options.window).toBeUndefined();
    expect(unknown.adjustments).toEqual([{ param: "window", value: "1980-1984", reason: "unknown-value" }]);
  });

  it("shows a window only SIPRI's fact sheet covers with its figures alone, saying so", () => {
    const model = recipients({ start: 2021, end: 2025 });
    expect(model.plot.bars.map((b) => [b.name, b.label])).toEqual([["Poland", "58%"]]);
    expect(model.spec.subtitle).toContain("as published by SIPRI (SIPRI, Mar 2026 edition)");
    expect(model.spec.takeaway).toContain("SIPRI named no other recipient's share");
  });

  it("speaks Korean", () => {
    const ko = recipientsModel(data, "ko");
    expect(ko.spec.title).toBe("한국 무기는 어디로 가나, 2020~2024년");
    expect(ko.plot.bars[0]!.name).toBe("폴란드");
  });
});
