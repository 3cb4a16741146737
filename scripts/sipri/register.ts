/**
 * Reads the trade register exactly as SIPRI's site exports it: preamble lines before the header,
 * `;` at most line ends, CRLF, `Yes`/`No` estimate flags, empty fields, TIVs in millions where `0`
 * means under 0.5. Anything else is refused with the line and column at fault, because a silently
 * misread register would put wrong shares on every chart.
 */

export const COLUMNS = [
  "SIPRI AT Database ID",
  "Supplier",
  "Recipient",
  "Designation",
  "Description",
  "Armament category",
  "Order date",
  "Order date is estimate",
  "Numbers delivered",
  "Numbers delivered is estimate",
  "Delivery year",
  "Delivery year is estimate",
  "Status",
  "SIPRI estimate",
  "TIV deal unit",
  "TIV delivery values",
  "Local production",
] as const;

export class RegisterError extends Error {
  constructor(
    readonly line: number,
    readonly column: string | null,
    message: string,
  ) {
    super(`line ${line}${column ? `, column "${column}"` : ""}: ${message}`);
    this.name = "RegisterError";
  }
}

export interface Delivery {
  /** The register's fields, SIPRI's text unchanged, in SIPRI's column order. */
  fields: string[];
  supplier: string;
  recipient: string;
  year: number;
  /** Hundredths of a TIV million, so sums are exact and the same on every machine. */
  tivCents: number;
}

export interface Register {
  /** "Data generated" in the preamble, as YYYY-MM-DD. */
  generated: string;
  /** The header as SIPRI wrote it (without the line-end `;`). */
  header: string[];
  deliveries: Delivery[];
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Splits one CSV line; quoted fields may hold commas and doubled quotes. */
export function splitCsvLine(line: string, lineNo: number): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      fields.push(field);
      field = "";
    } else field += c;
  }
  if (quoted) throw new RegisterError(lineNo, null, "a quoted field is not closed");
  fields.push(field);
  return fields;
}

/** "1,234.5" is not SIPRI's format; only plain decimals with up to two places are. */
function parseTivCents(text: string, lineNo: number, column: string): number {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) throw new RegisterError(lineNo, column, `${JSON.stringify(text)} is not a TIV (a number of millions)`);
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

export function parseRegister(text: string): Register {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  const strip = (line: string) => (line.endsWith(";") ? line.slice(0, -1) : line);

  const headerIndex = lines.findIndex((l) => l.startsWith(`${COLUMNS[0]},`));
  if (headerIndex < 0)
    throw new RegisterError(
      1,
      null,
      `not a SIPRI trade-register export: no header line starting "${COLUMNS[0]},"` +
        " (download it from https://armstransfers.sipri.org as CSV)",
    );
  const generatedLine = lines.slice(0, headerIndex).findIndex((l) => l.startsWith("Data generated:"));
  if (generatedLine < 0) throw new RegisterError(headerIndex + 1, null, 'no "Data generated:" line before the header');
  const generated = /^Data generated: (\d{1,2}) ([A-Z][a-z]{2}) (\d{4})\b/.exec(lines[generatedLine]!);
  const month = generated ? MONTHS.indexOf(generated[2]!) : -1;
  if (!generated || month < 0)
    throw new RegisterError(generatedLine + 1, null, `cannot read the date in ${JSON.stringify(lines[generatedLine])}`);
  const date = `${generated[3]}-${String(month + 1).padStart(2, "0")}-${generated[1]!.padStart(2, "0")}`;

  const headerLine = headerIndex + 1;
  const header = splitCsvLine(strip(lines[headerIndex]!), headerLine);
  for (const column of COLUMNS)
    if (!header.includes(column)) throw new RegisterError(headerLine, column, "missing column");
  const at = Object.fromEntries(COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof COLUMNS)[number], number>;

  const deliveries: Delivery[] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const lineNo = i + 1;
    if (lines[i] === "") continue;
    const fields = splitCsvLine(strip(lines[i]!), lineNo);
    if (fields.length !== header.length)
      throw new RegisterError(lineNo, null, `${fields.length} fields where the header has ${header.length}`);
    const yearText = fields[at["Delivery year"]]!;
    if (!/^\d{4}$/.test(yearText))
      throw new RegisterError(lineNo, "Delivery year", `${JSON.stringify(yearText)} is not a year`);
    const supplier = fields[at.Supplier]!;
    if (supplier === "") throw new RegisterError(lineNo, "Supplier", "empty");
    const tivText = fields[at["TIV delivery values"]]!;
    deliveries.push({
      fields,
      supplier,
      recipient: fields[at.Recipient]!,
      year: Number(yearText),
      // SIPRI: an empty field means no deliveries identified.
      tivCents: tivText === "" ? 0 : parseTivCents(tivText, lineNo, "TIV delivery values"),
    });
  }
  if (deliveries.length === 0) throw new RegisterError(headerLine, null, "no rows after the header");
  return { generated: date, header, deliveries };
}

/** Hundredths back to SIPRI's notation: 6094912 → "60949.12", 150 → "1.5", 0 → "0". */
export function formatCents(cents: number): string {
  const whole = Math.trunc(cents / 100);
  const rest = cents % 100;
  if (rest === 0) return String(whole);
  return `${whole}.${String(rest).padStart(2, "0").replace(/0$/, "")}`;
}

/** A CSV field as written back: quoted only when it must be. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
