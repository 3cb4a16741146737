import { describe, expect, it } from "vitest";
import {
  formatChange,
  formatDate,
  formatPercent,
  formatPeriod,
  formatPoints,
  formatRank,
  formatUsdBn,
  formatUsdBnShort,
  formatValue,
  formatYear,
} from "@/i18n/format.ts";

describe("formatUsdBn", () => {
  it.each([
    [17.3, "en", "$17.3 billion"],
    [17.3, "ko", "173억 달러"],
    [20, "en", "$20 billion"],
    [20, "ko", "200억 달러"],
    [0.8449, "en", "$0.845 billion"],
    [0.8449, "ko", "8.45억 달러"],
    [3.416, "en", "$3.42 billion"],
    [1.03144, "ko", "10.3억 달러"],
    [333.33, "en", "$333 billion"],
    [333.33, "ko", "3,330억 달러"],
  ] as const)("%s bn in %s is %s", (value, lang, text) => {
    expect(formatUsdBn(value, lang)).toBe(text);
  });

  it("words qualifiers the way sources do", () => {
    expect(formatUsdBn(15, "en", "at-least")).toBe("over $15 billion");
    expect(formatUsdBn(15, "ko", "at-least")).toBe("150억 달러 이상");
    expect(formatUsdBn(3, "en", "approx")).toBe("≈ $3 billion");
    expect(formatUsdBn(3, "ko", "approx")).toBe("약 30억 달러");
  });

  it("has short forms for axes and labels", () => {
    expect(formatUsdBnShort(17.3, "en")).toBe("$17.3B");
    expect(formatUsdBnShort(17.3, "ko")).toBe("173억");
    expect(formatUsdBnShort(15, "en", "at-least")).toBe(">$15B");
    expect(formatUsdBnShort(3, "en", "approx")).toBe("≈$3B");
  });
});

describe("other formats", () => {
  it("formats shares, changes, points and ranks", () => {
    expect(formatPercent(2.2, "en")).toBe("2.2%");
    expect(formatPercent(6, "ko")).toBe("6%");
    expect(formatPercent(3, "en", "approx")).toBe("≈ 3%");
    expect(formatChange(-0.2486, "en")).toBe("−24.9%");
    expect(formatChange(0.5625, "ko")).toBe("+56.3%");
    expect(formatChange(0, "en")).toBe("0%");
    expect(formatPoints(3.8, "en")).toBe("3.8 percentage points");
    expect(formatPoints(3.8, "ko")).toBe("3.8%p");
    expect(formatRank(4, "en")).toBe("4th");
    expect(formatRank(1, "en")).toBe("1st");
    expect(formatRank(22, "en")).toBe("22nd");
    expect(formatRank(4, "ko")).toBe("4위");
  });

  it("formats years, SIPRI periods and dates as precisely as known", () => {
    expect(formatYear(2030, "en")).toBe("2030");
    expect(formatYear(2030, "ko")).toBe("2030년");
    expect(formatPeriod({ start: 2020, end: 2024 }, "en")).toBe("2020–24");
    expect(formatPeriod({ start: 2020, end: 2024 }, "ko")).toBe("2020~2024년");
    expect(formatDate("2026-01-14", "en")).toBe("Jan 14, 2026");
    expect(formatDate("2026-01-14", "ko")).toBe("2026년 1월 14일");
    expect(formatDate("2026-01", "en")).toBe("January 2026");
    expect(formatDate("2026-01", "ko")).toBe("2026년 1월");
    expect(formatDate("2018", "en")).toBe("2018");
  });

  it("dispatches on the unit", () => {
    expect(formatValue(17.3, "usd-bn", "en")).toBe("$17.3 billion");
    expect(formatValue(6, "percent", "en")).toBe("6%");
    expect(formatValue(4, "rank", "ko")).toBe("4위");
  });
});

describe("bounds on computed figures", () => {
  it("words changes and gaps between qualified figures as bounds or approximations", () => {
    expect(formatChange(0.5625, "en", "at-least")).toBe("at least +56.3%");
    expect(formatChange(0.5625, "ko", "at-least")).toBe("최소 +56.3%");
    expect(formatChange(0, "en", "approx")).toBe("≈ 0%");
    expect(formatPercent(5.9, "en", "at-most")).toBe("up to 5.9%");
    expect(formatUsdBn(5, "ko", "at-most")).toBe("최대 50억 달러");
  });
});
