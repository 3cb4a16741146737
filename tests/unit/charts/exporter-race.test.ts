/** The race to the top four, computed from the committed SIPRI totals, with SIPRI's newest edition kept apart. */
import { describe, expect, it } from "vitest";
import { exporterRaceModel } from "@/charts/exporter-race/model.ts";
import { raceWindows } from "@/data/derive/exporter-race.ts";
import { loadDataset } from "../../support/dataset.ts";

const data = loadDataset();

describe("raceWindows", () => {
  it("reproduces SIPRI's published 2020–24 figures: Korea 2.2% (10th), China 5.9% in 4th place", () => {
    const latest = raceWindows(data).at(-1)!;
    expect(latest.period).toEqual({ start: 2020, end: 2024 });
    expect(latest.korea!.share).toBeCloseTo(2.2, 1);
    expect(latest.korea!.rank).toBe(10);
    expect(latest.fourth.key).toBe("CHN");
    expect(latest.fourth.share).toBeCloseTo(5.9, 1);
    // SIPRI publishes the US share rounded to a whole per cent (43), the others to one decimal.
    const published: [string, number][] = [
      ["USA", 43],
      ["FRA", 9.6],
      ["RUS", 7.8],
      ["CHN", 5.9],
    ];
    latest.topFour.forEach((r, i) => {
      expect(r.key).toBe(published[i]![0]);
      expect(Math.abs(r.share - published[i]![1])).toBeLessThan(0.5);
    });
    expect(latest.gap).toBeCloseTo(latest.fourth.share - latest.korea!.share, 9);
  });

  it("has one window per five years of the database, each 4th place the 4th largest", () => {
    const windows = raceWindows(data);
    expect(windows).toHaveLength(data.sipri.years.end - data.sipri.years.start - 3);
    for (const w of windows) expect(w.topFour[3]).toEqual(w.fourth);
  });
});

describe("exporter-race model", () => {
  const model = exporterRaceModel(data, "en");

  it("draws one computed point per window and SIPRI's 2021–25 edition as a point of its own", () => {
    const published = model.plot.points.filter((p) => p.isPublished);
    expect(published).toEqual([
      expect.objectContaining({
        period: "2021–25, SIPRI published",
        korea: null,
        fourth: null,
        publishedKorea: 3,
        publishedFourth: 5.7,
      }),
    ]);
    expect(model.plot.names.publishedKorea).toBe("≈ 3%");
    expect(model.plot.points.filter((p) => !p.isPublished)).toHaveLength(raceWindows(data).length);
  });

  it("takes the goals from the data and says which figures are computed and which published", () => {
    const goals = data.targets.filter((t) => t.kind === "world-share").map((t) => t.value);
    expect(model.plot.goals.map((g) => g.value).sort()).toEqual(goals.sort());
    expect(model.spec.takeaway).toMatch(/^In 2020–24 South Korea delivered 2\.2% of the world's major arms \(10th\)/);
    expect(model.spec.takeaway).toContain("our calculation from SIPRI's database");
    expect(model.spec.takeaway).toContain(
      "Published for 2021–25 (SIPRI, Mar 2026 edition): Korea ≈ 3% (9th), Germany 4th at 5.7%.",
    );
  });

  it("lists every window in the table, Korea's rank and the gap to 4th place", () => {
    const row = model.spec.table.rows.find((r) => r.id === "race-2020-2024")!;
    expect(row.cells).toMatchObject({ window: "2020–24", korea: "2.2%", rank: "10th", fourth: "China 5.9%" });
  });
});
