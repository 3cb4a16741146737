import { describe, expect, it } from "vitest";
import { chartModel } from "@/charts/models.ts";
import { indexPoints } from "@/data/derive/points.ts";
import { buildCsv, csvField, viewFileName, wrapText } from "@/features/explore/export.ts";
import { loadDataset } from "../../support/dataset.ts";

const data = loadDataset();

describe("csvField", () => {
  it("leaves plain text alone and quotes commas, quotes and line breaks", () => {
    expect(csvField("$17.3 billion")).toBe("$17.3 billion");
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
  });
});

describe("buildCsv", () => {
  const model = chartModel("annual-exports", data, "en", { from: 2015, to: 2025 });
  const csv = buildCsv(model.spec.table, indexPoints(data), ["Source: X", "Basis: contracts"]);
  const lines = csv.trimEnd().split("\r\n");

  it("has a header, exactly the visible rows, then a blank line and the source and basis", () => {
    expect(lines[0]).toBe(
      "Year,Value,Change,Status,Other reported values,Sources,point_id,value,unit,qualifier,status",
    );
    const rows = lines.slice(1, lines.indexOf(""));
    expect(rows.map((r) => r.split(",")[0])).toEqual([
      "2015",
      "2016",
      "2017",
      "2018",
      "2019",
      "2020",
      "2021",
      "2022",
      "2023",
      "2024",
      "2025",
    ]);
    expect(lines.slice(lines.indexOf("") + 1)).toEqual(["Source: X", "Basis: contracts"]);
  });

  it("keeps the table's text and adds the plain number and unit of each point", () => {
    const row2022 = lines.find((l) => l.startsWith("2022,"))!;
    expect(row2022).toContain("$17.3 billion");
    expect(row2022.endsWith(",exports-2022,17.3,usd-bn,exact,official")).toBe(true);
    // "over $15 billion" stays a lower bound in the machine-readable columns.
    expect(lines.find((l) => l.startsWith("2025,"))!.endsWith(",exports-2025,15,usd-bn,at-least,official")).toBe(true);
    // Disputed 2023 lists every alternate in one quoted field.
    const row2023 = lines.find((l) => l.startsWith("2023,"))!;
    expect(row2023).toMatch(/"\$13\.5 billion \(.*\); \$14 billion \(.*\)"/);
  });
});

describe("viewFileName", () => {
  it("says which chart and years it holds", () => {
    expect(viewFileName("annual-exports", { from: 2015, to: 2025 }, "en", "csv")).toBe("annual-exports-2015-2025.csv");
    expect(viewFileName("annual-exports", { from: 2022, to: 2022 }, "en", "png")).toBe("annual-exports-2022.png");
    expect(viewFileName("top-exporters", null, "ko", "svg")).toBe("top-exporters-ko.svg");
  });
});

describe("wrapText", () => {
  it("breaks at spaces so no line is wider than asked", () => {
    const lines = wrapText("one two three four five six seven eight", 100, 10);
    expect(lines.join(" ")).toBe("one two three four five six seven eight");
    for (const line of lines) expect(line.length * 5.6).toBeLessThanOrEqual(100);
    expect(lines.length).toBeGreaterThan(1);
  });

  it("counts Hangul as wide", () => {
    expect(wrapText("한국 방산 수출 모니터", 60, 10)).toEqual(["한국 방산", "수출 모니터"]);
  });
});

describe("csvField", () => {
  it("quotes what needs quoting and keeps formulas from running in spreadsheets", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("+56.3%")).toBe("+56.3%");
  });

  it.each([
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", `"'\r=1+1"`],
    ["=1+1", "'=1+1"],
  ])("defuses the formula %j", (cell, expected) => {
    expect(csvField(cell)).toBe(expected);
  });

  it.each(["+56.3%", "-9.6", "-2", "+0.5"])("leaves the plain number %j a number", (cell) => {
    expect(csvField(cell)).toBe(cell);
  });
});
