import { describe, expect, it } from "vitest";
import { currentTarget, keyFigures, latestShare } from "@/data/derive/key-figures.ts";
import { loadDataset, rawDataset } from "../../support/dataset.ts";
import { validateDataset } from "@/data/validate.ts";

describe("keyFigures on the shipped dataset", () => {
  const data = loadDataset();
  const k = keyFigures(data);

  it("finds the latest year, the year before, the record and the declines between", () => {
    expect([k.latest.year, k.latest.value, k.latest.qualifier]).toEqual([2025, 15, "at-least"]);
    expect([k.previous.year, k.previous.value]).toEqual([2024, 9.6]);
    expect([k.record.year, k.record.value]).toEqual([2022, 17.3]);
    expect(k.declineYears).toEqual([2023, 2024]);
  });

  it("measures the way to the 2030 goals, as upper bounds because 2025 is 'over $15B'", () => {
    expect([k.exportTarget.value, k.exportTarget.targetYear]).toEqual([20, 2030]);
    expect(k.gapToTarget).toBe(5);
    expect(k.growthNeeded).toBeCloseTo((20 / 15) ** (1 / 5) - 1, 10);
    expect(k.derivedQualifier).toBe("at-most");
    expect([k.share.value, k.share.qualifier, k.shareTarget.value]).toEqual([3, "approx", 6]);
    expect(k.shareGap.points).toBeCloseTo(3, 10);
    // 4th place in the same edition as the share: Germany, 5.7% in 2021–25.
    expect(k.rankThreshold).toMatchObject({ share: 5.7, holder: { code: "DEU", rank: 4 } });
  });

  it("takes the most recently announced goal of each kind (6% of Jan 2026 supersedes 5% of 2022)", () => {
    expect(currentTarget(data, "world-share")?.id).toBe("target-2030-share");
    expect(currentTarget(data, "exporter-rank")?.id).toBe("target-2030-top4");
  });

  it("gives one answer to where Korea stands: SIPRI's newest edition, the same in the share series and the ranking", () => {
    const share = latestShare(data)!;
    expect(share.period).toEqual({ start: 2021, end: 2025 });
    expect(share.edition.published).toBe(data.topExportersLatest.edition.published);
    const ranked = data.topExportersLatest.exporters.find((e) => e.country.code === "KOR")!;
    expect([ranked.value, ranked.qualifier, ranked.rank]).toEqual([share.value, share.qualifier, share.rank]);
    expect(data.topExportersLatest.period).toEqual(share.period);
  });

  it("calls derived figures exact when the latest value is exact", () => {
    const raw = rawDataset();
    const last = raw.annualExports.points.find((p: { year: number }) => p.year === 2025);
    last.qualifier = "exact";
    const result = validateDataset(raw);
    if (!result.ok) throw new Error("edited dataset should stay valid");
    expect(keyFigures(result.dataset).derivedQualifier).toBe("exact");
  });
});
