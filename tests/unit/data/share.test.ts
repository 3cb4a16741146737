import { describe, expect, it } from "vitest";
import { impliedMarketSize, rankExporters, rankThreshold, shareGap } from "@/data/derive/share.ts";

const exporters = [
  { code: "ROW", value: 11.4 },
  { code: "KOR", value: 2.2 },
  { code: "USA", value: 43 },
  { code: "CHN", value: 5.9 },
  { code: "FRA", value: 9.6 },
  { code: "RUS", value: 7.8 },
  { code: "DEU", value: 5.6 },
];

describe("rankExporters", () => {
  it("ranks countries by share and leaves out the rest of the world", () => {
    const ranked = rankExporters(exporters);
    expect(ranked.map((r) => `${r.rank}:${r.code}`)).toEqual(["1:USA", "2:FRA", "3:RUS", "4:CHN", "5:DEU", "6:KOR"]);
  });
});

describe("rankThreshold", () => {
  it("says what fourth place takes and how far Korea is from it", () => {
    const t = rankThreshold(exporters, 4, "KOR")!;
    expect(t.holder.code).toBe("CHN");
    expect(t.share).toBe(5.9);
    expect(t.gap).toBeCloseTo(3.7, 10);
    expect(t.progress).toBeCloseTo(2.2 / 5.9, 10);
  });

  it("reports no gap for an exporter already at or above the rank", () => {
    expect(rankThreshold(exporters, 4, "FRA")!.gap).toBe(0);
  });

  it("is null when the subject or the rank is missing", () => {
    expect(rankThreshold(exporters, 4, "JPN")).toBeNull();
    expect(rankThreshold(exporters, 40, "KOR")).toBeNull();
  });
});

describe("shareGap and impliedMarketSize", () => {
  it("measures the gap from 2.2% to 6% in points and as a multiple", () => {
    const gap = shareGap(2.2, 6);
    expect(gap.points).toBeCloseTo(3.8, 10);
    expect(gap.multiple).toBeCloseTo(2.727, 3);
    expect(() => shareGap(0, 6)).toThrow(RangeError);
  });

  it("shows that $20B at 6% would imply a $333B market", () => {
    expect(impliedMarketSize(20, 6)).toBeCloseTo(333.33, 2);
    expect(() => impliedMarketSize(20, 0)).toThrow(RangeError);
  });
});
