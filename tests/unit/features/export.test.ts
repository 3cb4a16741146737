import { describe, expect, it } from "vitest";
import { chartModel } from "@/charts/registry.ts";
import { indexPoints } from "@/charts/registry.ts";
import { buildCsv, buildDatasetCsv, csvField, sourceCiter, viewFileName, wrapText } from "@/features/explore/export.ts";
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
  const csv = buildCsv(model.spec.table, indexPoints(data), sourceCiter(data.sources), model.spec.basis);
  const lines = csv.trimEnd().split("\r\n");
  const header = lines[0]!.split(",");
  const rows = lines.slice(1).map(parseCsvLine);
  const column = (row: string[], name: string) => row[header.indexOf(name)];

  it("has one header of distinct, fixed column names and exactly the visible rows, nothing after them", () => {
    expect(header).toEqual([
      "point_id",
      "year",
      "value",
      "unit",
      "qualifier",
      "status",
      "change_pct_computed",
      "change_bound",
      "other_reported_values",
      "sources",
      "basis",
    ]);
    expect(new Set(header.map((h) => h.toLowerCase())).size).toBe(header.length);
    expect(rows.map((r) => column(r, "year"))).toEqual([
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
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(lines.every((l) => l !== "")).toBe(true);
  });

  it("writes numbers as numbers: the value, and the change this product computes, with its bound", () => {
    const row2022 = rows.find((r) => column(r, "year") === "2022")!;
    expect([column(row2022, "point_id"), column(row2022, "value"), column(row2022, "unit")]).toEqual([
      "exports-2022",
      "17.3",
      "usd-bn",
    ]);
    expect(Number(column(row2022, "change_pct_computed"))).toBeCloseTo(((17.3 - 7.25) / 7.25) * 100, 0);
    // "over $15 billion" stays a lower bound, and so does the change computed from it.
    const row2025 = rows.find((r) => column(r, "year") === "2025")!;
    expect([column(row2025, "value"), column(row2025, "qualifier")]).toEqual(["15", "at-least"]);
    expect(column(row2025, "change_bound")).toBe("at-least");
    // The first visible year's change is against the year before it, which the data holds.
    expect(column(rows[0]!, "change_pct_computed")).toMatch(/^-?\d+(\.\d)?$/);
  });

  it("gives every row its own sources with addresses, the alternates with theirs, and the basis", () => {
    const row2023 = rows.find((r) => column(r, "year") === "2023")!;
    expect(column(row2023, "other_reported_values")).toMatch(/^13\.5: .*https?:\/\/.* \| 14: .*https?:\/\//);
    for (const row of rows) {
      expect(column(row, "sources")).toMatch(/https?:\/\//);
      expect(column(row, "basis")).toBe(model.spec.basis);
    }
  });

  it("reads the same in Korean: fixed column names and plain years, Korean only in text", () => {
    const ko = chartModel("annual-exports", data, "ko", { from: 2011, to: 2012 });
    const koCsv = buildCsv(ko.spec.table, indexPoints(data), sourceCiter(data.sources), ko.spec.basis);
    const [koHeader, ...koRows] = koCsv.trimEnd().split("\r\n");
    expect(koHeader).toBe(lines[0]);
    expect(koRows.map((l) => parseCsvLine(l)[1])).toEqual(["2011", "2012"]);
  });
});

describe("buildDatasetCsv", () => {
  it("holds every point of the dataset, one row each, with its chart and sources", () => {
    const points = indexPoints(data);
    const csv = buildDatasetCsv(points, sourceCiter(data.sources));
    const [head, ...body] = csv.trimEnd().split("\r\n");
    expect(head).toBe(
      "point_id,chart,year,period_start,period_end,value,unit,qualifier,status,other_reported_values,sources",
    );
    expect(body).toHaveLength(points.size);
    const poland = body.map(parseCsvLine).find((r) => r[0]!.endsWith("-pol"));
    expect(poland?.[1]).toBe("recipients");
    expect(poland?.[3]).toMatch(/^\d{4}$/);
  });
});

/** A minimal RFC 4180 line reader (no line breaks inside fields in these files). */
function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

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
    // OWASP's list: + - and a leading tab or carriage return start formulas too.
    expect(csvField("+HYPERLINK(1)")).toBe("'+HYPERLINK(1)");
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField("\t=1")).toBe("'\t=1");
    expect(csvField("\r=1")).toBe(`"'\r=1"`);
  });
});
