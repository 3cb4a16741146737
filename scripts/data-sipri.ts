/**
 * npm run data:sipri -- <trade-register.csv> [--out DIR]
 *
 * Turns SIPRI's trade-register export (all suppliers, all recipients) into what the product keeps:
 *   sipri/korea-deliveries.csv   South Korea's rows, SIPRI's columns unchanged
 *   sipri/supplier-year-tiv.csv  supplier,year,tiv: TIV millions summed per supplier and delivery year
 *   sipri/README.md              provenance, SIPRI's generation date, credit line and user rules
 *   korea-arms-exports.json      its `sipri` section (the totals the app's charts compute shares from)
 * under data/, or under DIR with --out (data/ is then only read). The whole register is never copied:
 * SIPRI counts only small extracts as fair use. Same input, same bytes out. Bad input exits 1 with the
 * line and column at fault.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import * as prettier from "prettier";
import { periodShares, rollingWindows, tivTable, UNKNOWN_SUPPLIER } from "../src/data/derive/sipri.ts";
import type { Country, SipriDeliveries, TivSeries } from "../src/data/schema.ts";
import { validateDatasetText } from "../src/data/validate.ts";
import { csvField, formatCents, parseRegister, RegisterError, type Register } from "./sipri/register.ts";

const ROOT = resolve(import.meta.dirname, "..");
const DATA = join(ROOT, "data");
export const DATASET = "korea-arms-exports.json";
export const COUNTRIES = "sipri/countries.csv";
export const KOREA = "South Korea";
export const SOURCE_ID = "sipri-atdb";
const CREDIT = "Information from the SIPRI Arms Transfers Database, https://www.sipri.org/databases/armstransfers";

export interface Outputs {
  /** Path relative to the output directory → file content. */
  files: Map<string, string>;
}

/** `sipri,code,en,ko`: SIPRI's country names → ISO code and the names the app shows. */
export function parseCountries(text: string): Map<string, Country> {
  const map = new Map<string, Country>();
  text
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .forEach((line, i) => {
      const [sipri, code, en, ko] = line.split(",");
      if (!sipri || !code || !en || !ko) throw new Error(`${COUNTRIES}: line ${i + 2}: expected sipri,code,en,ko`);
      map.set(sipri, { code, name: { en, ko } });
    });
  return map;
}

/** Every output file, computed in memory so tests and --out share one code path. */
export async function buildOutputs(register: Register, countries: Map<string, Country>, dataset: string) {
  const { deliveries } = register;
  const files = new Map<string, string>();

  const korea = deliveries
    .filter((d) => d.supplier === KOREA)
    .sort(
      (a, b) => a.year - b.year || a.recipient.localeCompare(b.recipient, "en") || cmpId(a.fields[0]!, b.fields[0]!),
    );
  files.set(
    "sipri/korea-deliveries.csv",
    [register.header, ...korea.map((d) => d.fields)].map((f) => f.map(csvField).join(",") + "\n").join(""),
  );

  const cents = new Map<string, number>();
  for (const d of deliveries) {
    const key = `${d.supplier}\u0000${d.year}`;
    cents.set(key, (cents.get(key) ?? 0) + d.tivCents);
  }
  const perSupplierYear = [...cents.entries()]
    .map(([key, tiv]) => {
      const [supplier, year] = key.split("\u0000") as [string, string];
      return { key: supplier, year: Number(year), tiv };
    })
    .sort((a, b) => a.key.localeCompare(b.key, "en") || a.year - b.year);
  files.set(
    "sipri/supplier-year-tiv.csv",
    ["supplier,year,tiv\n", ...perSupplierYear.map((r) => `${csvField(r.key)},${r.year},${formatCents(r.tiv)}\n`)].join(
      "",
    ),
  );

  // Ranks are worked out on whole hundredths, so ties and order never depend on float rounding.
  const lastComplete = Math.min(Math.max(...deliveries.map((d) => d.year)), Number(register.generated.slice(0, 4)) - 1);
  const inYears = perSupplierYear.filter((r) => r.year <= lastComplete);
  const suppliers = tivTable(inYears, (s) => s !== UNKNOWN_SUPPLIER);
  if (!suppliers.rows.some((r) => r.key === KOREA)) throw new Error(`the register has no deliveries by ${KOREA}`);
  const keep = new Set([KOREA]);
  const windows = [...rollingWindows(suppliers.years, 1), ...rollingWindows(suppliers.years, 5)];
  for (const period of windows) {
    const shares = periodShares(suppliers, period);
    const korea = shares.rows.find((r) => r.key === KOREA)?.tiv ?? 0;
    for (const row of shares.rows)
      if (row.rank <= 10 || (period.end - period.start === 4 && row.tiv > korea)) keep.add(row.key);
  }

  const country = (name: string) => {
    const c = countries.get(name);
    if (!c) throw new Error(`no entry for "${name}" in data/${COUNTRIES}: add a line "${name},ISO3,English,한국어"`);
    return c;
  };
  const series = (rows: { key: string; tiv: readonly number[] }[]): TivSeries[] =>
    rows
      .map((r) => ({ country: country(r.key), tiv: r.tiv.map((c) => c / 100) }))
      .sort((a, b) => a.country.code.localeCompare(b.country.code, "en"));

  const recipients = tivTable(
    korea.filter((d) => d.year <= lastComplete).map((d) => ({ key: d.recipient, year: d.year, tiv: d.tivCents })),
  );
  const padded = (row: { tiv: readonly number[] }, from: number) =>
    suppliers.total.map((_, i) => row.tiv[i - from] ?? 0);
  const section: SipriDeliveries = {
    source: SOURCE_ID,
    generated: register.generated,
    years: suppliers.years,
    world: suppliers.total.map((c) => c / 100),
    suppliers: series(suppliers.rows.filter((r) => keep.has(r.key))),
    koreaRecipients: series(
      recipients.rows.map((r) => ({ key: r.key, tiv: padded(r, recipients.years.start - suppliers.years.start) })),
    ),
  };
  files.set(DATASET, await withSection(dataset, section));
  files.set("sipri/README.md", readme(register, korea.length, section));
  return { files } satisfies Outputs;
}

function cmpId(a: string, b: string): number {
  return Number(a) - Number(b) || a.localeCompare(b, "en");
}

/**
 * The dataset with its `sipri` section replaced (or added last), every other byte as it was: the
 * rest of the file is curated by hand, and rewriting it would, for one, turn "13.0" into "13".
 */
async function withSection(dataset: string, section: SipriDeliveries): Promise<string> {
  const config = (await prettier.resolveConfig(join(DATA, DATASET))) ?? {};
  const formatted = await prettier.format(JSON.stringify({ sipri: section }), { ...config, parser: "json" });
  // `{\n  "sipri": …\n}\n` → `  "sipri": …` at the top level's two-space indent
  const member = formatted.trim().slice(1, -1).trim();
  const marker = /,\n {2}"sipri": /.exec(dataset);
  const head = marker ? dataset.slice(0, marker.index) : dataset.replace(/\n\}\s*$/, "");
  const out = `${head},\n  ${member}\n}\n`;
  const before = JSON.parse(dataset) as Record<string, unknown>;
  const after = JSON.parse(out) as Record<string, unknown>;
  if (Object.keys(after).at(-1) !== "sipri" || JSON.stringify({ ...before, sipri: section }) !== JSON.stringify(after))
    throw new Error(`${DATASET}: the "sipri" section must be the file's last top-level member`);
  return out;
}

function readme(register: Register, koreaRows: number, section: SipriDeliveries): string {
  const { start, end } = section.years;
  return `# SIPRI Arms Transfers Database: South Korea's rows and computed totals

${CREDIT}

Written by \`npm run data:sipri -- <trade-register.csv>\` (scripts/data-sipri.ts); do not edit by hand.

## Where it came from

- SIPRI's trade register for all suppliers and recipients, exported as CSV from the SIPRI Arms
  Transfers Database (https://armstransfers.sipri.org, "Trade registers").
- Data generated by SIPRI: ${register.generated}. It holds ${register.deliveries.length} rows; deliveries are
  complete through ${end}. SIPRI revises the whole database every March: the newest export always wins.
- TIV = SIPRI trend-indicator value, in millions. It measures the volume of deliveries of major arms, not
  their financial value. A \`0\` in SIPRI's data means a delivery worth under 0.5 million TIV; it counts as 0
  in the sums, as in SIPRI's own totals.

## Files

- \`korea-deliveries.csv\`: the ${koreaRows} rows with South Korea as supplier, SIPRI's columns and values
  unchanged, ordered by delivery year, recipient and SIPRI AT Database ID.
- \`supplier-year-tiv.csv\`: \`supplier,year,tiv\`, TIV delivery values summed per supplier and delivery
  year over the whole register (${start}–${end}), including "${UNKNOWN_SUPPLIER}". Our calculation.
- \`../${DATASET}\`, section \`sipri\`: world deliveries per year, the suppliers the charts can rank
  (${section.suppliers.length} of them) and South Korea's deliveries by recipient (${section.koreaRecipients.length}
  recipients), all computed from the register. Names map to codes via \`countries.csv\` (kept by hand).

The full register is not kept here: SIPRI counts reproduction of small extracts (under 10% of a data set) as
fair use.

## SIPRI's user rules, as they apply here

- The data may be downloaded and cited freely, with a credit line that includes "Information from the SIPRI
  Arms Transfers Database" and the database's address (above).
- Shares, ranks and totals computed from the data are ours and must not be attributed to SIPRI; the product
  labels them as computed from SIPRI data.
- Non-commercial use only.
`;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { out: { type: "string" } }, allowPositionals: true });
  if (positionals.length !== 1) {
    console.error("usage: npm run data:sipri -- <trade-register.csv> [--out DIR]");
    process.exit(2);
  }
  const input = positionals[0]!;
  const outDir = values.out ? resolve(values.out) : DATA;
  let register: Register;
  try {
    register = parseRegister(readFileSync(input, "utf8"));
  } catch (error) {
    if (error instanceof RegisterError) {
      console.error(`${input}: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const countries = parseCountries(readFileSync(join(DATA, COUNTRIES), "utf8"));
  const { files } = await buildOutputs(register, countries, readFileSync(join(DATA, DATASET), "utf8"));
  const result = validateDatasetText(files.get(DATASET)!);
  if (!result.ok) {
    for (const p of result.problems) console.error(`${DATASET}: ${p.path}: ${p.message}`);
    process.exit(1);
  }
  for (const [path, content] of files) {
    const file = join(outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  console.log(`${input}: ${register.deliveries.length} rows → ${[...files.keys()].join(", ")} in ${outDir}`);
}

if (resolve(process.argv[1] ?? "") === resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
