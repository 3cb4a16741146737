import { describe, expect, it } from "vitest";
import { endShift, labelCentre, labelledTicks, leadingYear } from "@/charts/shared/axis-ticks.ts";

const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
/** The keys labelled on a bar chart's axis (ticks at band centres, end labels kept within the axis). */
const shown = (keys: readonly number[], span: number, width: number | number[], gap = 8) => {
  const widths = Array.isArray(width) ? width : keys.map(() => width);
  const layout = { span, inset: span / keys.length / 2, gap, fitEnds: true };
  return [...labelledTicks(keys, widths, layout)].sort((a, b) => a - b).map((i) => keys[i]);
};

describe("labelledTicks", () => {
  it("labels every tick when each label clears the next", () => {
    expect(shown(years(2006, 2014), 648, 30)).toEqual(years(2006, 2014));
    // Nine deal years in 340 px: 37.8 px each, 30 px labels and a 4 px gap fit.
    const dealYears = [2011, 2013, 2014, 2021, 2022, 2023, 2024, 2025, 2026];
    expect(shown(dealYears, 340, 30, 4)).toEqual(dealYears);
  });

  it("labels both ends and the round years of the step between them", () => {
    // 20 years in 648 px: 32.4 px each; 30 px labels 8 px apart need every 2nd year. 2024 is one
    // year from 2025, too close, so it gives way to the end.
    expect(shown(years(2006, 2025), 648, 30)).toEqual([2006, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2025]);
    // 20 years in 330 px: every 5th year (3 would do, but is not round).
    expect(shown(years(2006, 2025), 330, 30)).toEqual([2006, 2010, 2015, 2020, 2025]);
    // 75 years in 650 px: ≈8.7 px each, every 5th. The end labels are moved in to stay within the
    // axis, so 1955 and 2020 are too close to them and give way.
    const long = shown(years(1951, 2025), 650, 30);
    expect([long.slice(0, 3), long.slice(-2)]).toEqual([
      [1951, 1960, 1965],
      [2015, 2025],
    ]);
  });

  it("keeps a long label clear of its neighbours without thinning the others for it", () => {
    // Five-year windows 1995–99 … 2021–25 (27 of them) in 648 px, the last labelled at length.
    const starts = years(1995, 2021);
    const widths = starts.map((y) => (y === 2021 ? 150 : 52));
    // The long label is moved in to end with the axis; 2015 would run into it and gives way.
    expect(shown(starts, 648, widths, 10)).toEqual([1995, 2000, 2005, 2010, 2021]);
    // Wider, 2015 clears it.
    expect(shown(starts, 800, widths, 10)).toEqual([1995, 2000, 2005, 2010, 2015, 2021]);
  });

  it("falls back to a smaller round step when the one that fits labels nothing between the ends", () => {
    // Korean five-year windows (1995~1999 …, 67 px) on a phone, 250 px: every 10th would fit, but
    // 2010 is too close to the end label moved in from 2021, and 2000 and 2005 to the first.
    const starts = years(1995, 2021);
    expect(shown(starts, 250, 67, 12)).toEqual([1995, 2008, 2021]);
    // Wider, the step that fits labels 2010 and stays.
    expect(shown(starts, 272, 67, 12)).toEqual([1995, 2010, 2021]);
  });

  it("keeps labels apart where round years sit side by side", () => {
    const everyOther = [2008, 2010, 2012, 2014, 2016, 2018, 2020, 2021];
    expect(shown(everyOther, 200, 30)).toEqual([2008, 2012, 2016, 2021]);
  });

  it("steps by index where the keys are positions (a value axis: 0, 10, 20 % of 0, 5, … 50 %)", () => {
    const indices = years(0, 10);
    expect(shown(indices, 250, 22)).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it("shows only the last when even the two ends collide, and every label before there is room to lay out", () => {
    expect(shown([2024, 2025], 30, 30)).toEqual([2025]);
    expect(shown(years(2020, 2024), 0, 30)).toEqual(years(2020, 2024));
  });
});

describe("labelCentre", () => {
  const layout = { span: 300, inset: 10, gap: 8, fitEnds: true };
  it("puts a label at its tick, and moves an end label in so it stays within the axis", () => {
    expect(labelCentre(1, 3, 40, layout)).toBe(150);
    expect([labelCentre(0, 3, 40, layout), labelCentre(2, 3, 40, layout)]).toEqual([20, 280]);
    expect([labelCentre(0, 3, 10, layout), labelCentre(2, 3, 10, layout)]).toEqual([10, 290]);
  });

  it("leaves value labels at their ticks", () => {
    expect(labelCentre(0, 3, 40, { ...layout, inset: 0, fitEnds: false })).toBe(0);
  });
});

describe("endShift", () => {
  it("is how far an end label moves in from its tick, and nothing for the others or value labels", () => {
    const layout = { span: 300, inset: 10, gap: 8, fitEnds: true };
    expect([endShift(0, 3, 40, layout), endShift(1, 3, 40, layout), endShift(2, 3, 40, layout)]).toEqual([10, 0, -10]);
    expect(endShift(0, 3, 10, layout)).toBe(0);
    expect(endShift(0, 3, 40, { ...layout, fitEnds: false })).toBe(0);
  });
});

describe("leadingYear", () => {
  it("reads the year a label starts with, in either language", () => {
    expect(["2006", "2006년", "2020–24", "2020~2024년", "Total"].map(leadingYear)).toEqual([
      2006,
      2006,
      2020,
      2020,
      NaN,
    ]);
  });
});
