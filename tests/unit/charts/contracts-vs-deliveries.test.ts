/** Contracts (DAPA, USD) beside deliveries (SIPRI TIV, computed): the dataset's values, two scales, the range. */
import { describe, expect, it } from "vitest";
import { contractsVsDeliveriesModel } from "@/charts/contracts-vs-deliveries/model.ts";
import { deliveriesPerYear, sipriTables } from "@/data/derive/sipri.ts";
import { loadDataset } from "../../support/dataset.ts";

const data = loadDataset();
const tiv = new Map(deliveriesPerYear(sipriTables(data.sipri).suppliers, "KOR").map((d) => [d.year, d.tiv]));

describe("contracts-vs-deliveries model", () => {
  const model = contractsVsDeliveriesModel(data, "en");

  it("pairs every year's contract figure with that year's SIPRI deliveries, none after the database ends", () => {
    for (const pair of model.plot.years) {
      const point = data.annualExports.points.find((p) => p.year === pair.year)!;
      expect(pair.contracts).toBe(point.value);
      expect(pair.deliveries).toBe(pair.year <= data.sipri.years.end ? tiv.get(pair.year) : null);
    }
    expect(model.plot.years.at(-1)).toMatchObject({ year: 2025, deliveries: null });
    expect(model.spec.table.rows.at(-1)!.cells.deliveries).toBe("not yet in SIPRI's database");
  });

  it("gives each series its own scale, titled with its unit and source", () => {
    expect(model.plot.contracts.title).toBe("Contracts signed, USD billion (DAPA)");
    expect(model.plot.deliveries.title).toBe("Deliveries, SIPRI TIV millions (computed)");
    expect(model.plot.contracts.format(10)).toBe("$10B");
    expect(model.plot.deliveries.format(1000)).toBe("1,000");
    expect(model.spec.basis).toContain("TIV are not dollars, so the two scales are never one axis");
  });

  it("computes its takeaway from the record year and the latest delivery year", () => {
    const ratio = tiv.get(2024)! / tiv.get(2022)!;
    expect(model.spec.takeaway).toContain("Contracts peaked at $17.3 billion in 2022");
    expect(model.spec.takeaway).toContain(`(×${Math.round(ratio * 10) / 10})`);
  });

  it("follows the year range", () => {
    const recent = contractsVsDeliveriesModel(data, "en", { from: 2020 });
    expect(recent.plot.years.map((p) => p.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(recent.span).toEqual({ min: 2006, max: 2025 });
  });
});
