/**
 * A SYNTHETIC dataset in the real schema, for the scale benchmark: 50 countries × 75 years pushed
 * through the same charts as the real data (annual series of 75 years, 50 exporters, 49 buyers in
 * every five-year period, a deal per buyer per year). Every number is made up by a seeded random
 * generator, and the meta title, sources, notes and country names all say so.
 *
 *   npx tsx scripts/gen-synthetic-dataset.ts [--countries 50] [--years 75] [--out bench/synthetic-50x75.json]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { validateDataset } from "../src/data/validate.ts";

export interface SyntheticOptions {
  /** Countries including Korea (the subject), ≥ 5. */
  countries: number;
  /** Years of annual data, ending in LAST_YEAR, ≥ 10. */
  years: number;
  seed: number;
}

export const SYNTHETIC_DEFAULTS: SyntheticOptions = { countries: 50, years: 75, seed: 20261125 };
export const SYNTHETIC_FILE = "synthetic-50x75.json";
const LAST_YEAR = 2025;
const SOURCE = "synthetic-generator";
const SYNTHETIC = {
  en: "SYNTHETIC benchmark data: made up, not real figures.",
  ko: "벤치마크용 가상 데이터: 실제 수치가 아닙니다.",
};

/** mulberry32: a tiny seeded generator, so the same options always give the same file. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** ISO 3166 reserves X?? codes for user-assigned use, so no synthetic code names a real country. */
function syntheticCountries(count: number) {
  return Array.from({ length: count }, (_, i) => {
    const code = `X${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`;
    const n = String(i + 1).padStart(2, "0");
    return { code, name: { en: `Synthetic country ${n}`, ko: `가상 국가 ${n}` } };
  });
}

export function syntheticDataset(options: SyntheticOptions = SYNTHETIC_DEFAULTS): unknown {
  const { countries: countryCount, years, seed } = options;
  if (countryCount < 5 || years < 10) throw new Error("need at least 5 countries and 10 years");
  const rand = random(seed);
  const firstYear = LAST_YEAR - years + 1;
  const korea = { code: "KOR", name: { en: "South Korea (synthetic)", ko: "한국 (가상)" } };
  const others = syntheticCountries(countryCount - 1);
  const point = <T extends object>(id: string, value: number, extra: T = {} as T) => ({
    id,
    value,
    qualifier: "exact",
    status: "estimate",
    sources: [SOURCE],
    ...extra,
  });

  // A random walk with a record somewhere in the middle, declines and a rebound at the end, like the real series.
  let level = 0.2;
  const annual = Array.from({ length: years }, (_, i) => {
    const year = firstYear + i;
    level = Math.max(0.05, level * (0.85 + rand() * 0.35));
    const alternates =
      i % 9 === 4
        ? [{ value: round(level * 1.05, 2), qualifier: "exact", sources: [SOURCE], note: SYNTHETIC }]
        : undefined;
    return point(`exports-${year}`, round(level, 2), { year, ...(alternates && { alternates }) });
  });
  const recordIndex = Math.floor(years * 0.8);
  annual[recordIndex]!.value = round(Math.max(...annual.map((p) => p.value)) * 1.2 + 1, 2);
  annual[years - 3]!.value = round(annual[recordIndex]!.value * 0.7, 2);
  annual[years - 2]!.value = round(annual[recordIndex]!.value * 0.55, 2);
  annual[years - 1]!.value = round(annual[recordIndex]!.value * 0.85, 2);

  const periods = Array.from({ length: Math.floor(years / 5) }, (_, i) => ({
    start: firstYear + i * 5,
    end: firstYear + i * 5 + 4,
  }));
  const edition = (end: number) => ({
    published: `${end + 1}-03`,
    label: { en: `Synthetic edition ${end + 1}`, ko: `가상 ${end + 1}년판` },
  });
  const worldShare = periods.map((period, i) =>
    point(
      `share-${period.start}-${String(period.end % 100).padStart(2, "0")}`,
      round(0.2 + (i / periods.length) * 2.5 + rand() * 0.3),
      {
        period,
        rank: Math.max(1, 30 - i * 2),
        edition: edition(period.end),
      },
    ),
  );

  // Shares that fall off like real rankings and add up to a little under 100%.
  const shares = (count: number) => {
    const weights = Array.from({ length: count }, (_, i) => 1 / (i + 1) ** 1.1);
    const total = weights.reduce((a, b) => a + b, 0);
    return weights.map((w) => Math.floor((w / total) * 980) / 10);
  };
  const latestPeriod = periods.at(-1)!;
  const exporterOrder = [...others.slice(0, 9), korea, ...others.slice(9)];
  const exporterShares = shares(exporterOrder.length);
  const exporters = exporterOrder.map((country, i) =>
    point(
      `exporter-${latestPeriod.start}-${latestPeriod.end % 100}-${country.code.toLowerCase()}`,
      exporterShares[i]!,
      { country },
    ),
  );
  const buyers = periods.map((period) => {
    const order = [...others].sort(() => rand() - 0.5);
    const buyerShares = shares(order.length);
    return {
      period,
      edition: edition(period.end),
      buyers: order.map((country, i) =>
        point(`buyer-${period.start}-${period.end % 100}-${country.code.toLowerCase()}`, buyerShares[i]!, { country }),
      ),
    };
  });
  const deals = annual.flatMap(({ year }) =>
    others.map((buyer) => ({
      id: `deal-${year}-${buyer.code.toLowerCase()}`,
      year,
      month: 1 + Math.floor(rand() * 12),
      buyer,
      system: { en: `Synthetic system ${year}-${buyer.code}`, ko: `가상 장비 ${year}-${buyer.code}` },
      value: rand() < 0.1 ? null : round(rand() * 0.5, 3),
      qualifier: "exact",
      status: "estimate",
      sources: [SOURCE],
    })),
  );

  // Deliveries per year (TIV millions) for every country: the input of the computed SIPRI series.
  const tiv = () => Array.from({ length: years }, () => round(rand() * 500));
  const suppliers = [korea, ...others].map((country) => ({ country, tiv: tiv() }));
  const sipri = {
    source: SOURCE,
    generated: `${LAST_YEAR}-12-31`,
    years: { start: firstYear, end: LAST_YEAR },
    world: Array.from({ length: years }, (_, i) => round(suppliers.reduce((sum, s) => sum + s.tiv[i]!, 0) * 1.1)),
    suppliers,
    koreaRecipients: others.map((country) => ({ country, tiv: tiv().map((v) => round(v / 50)) })),
  };

  const target = (id: string, kind: string, unit: string, value: number, targetYear: number, setOn: string) =>
    point(id, value, {
      status: "projection",
      kind,
      unit,
      targetYear,
      setBy: { en: "Synthetic planner", ko: "가상 기관" },
      setOn,
    });
  const record = annual[recordIndex]!;
  const latest = annual[years - 1]!;
  const noteIds = [
    "basis-contract",
    "basis-tiv",
    "targets-different-bases",
    "sipri-revisions",
    "missing-years",
    "disputed-years",
    "revenue-vs-contract",
    "buyers-share-of-korea",
  ];

  return {
    meta: {
      title: { en: "SYNTHETIC benchmark dataset (not real data)", ko: "벤치마크용 가상 데이터셋 (실제 아님)" },
      updated: `${LAST_YEAR}-12-31`,
      currency: "USD, nominal (current dollars)",
    },
    sources: [
      {
        id: SOURCE,
        title: "SYNTHETIC: scripts/gen-synthetic-dataset.ts (random numbers for the scale benchmark)",
        publisher: "K-Defense Export Monitor benchmark",
        url: "https://example.org/synthetic",
        date: `${LAST_YEAR}-12-31`,
        language: "en",
        kind: "secondary",
      },
    ],
    notes: noteIds.map((id) => ({
      id,
      title: { en: `Synthetic note (${id})`, ko: `가상 설명 (${id})` },
      text: SYNTHETIC,
      sources: [SOURCE],
    })),
    annualExports: { unit: "usd-bn", basis: "contract", points: annual },
    annualTargets: {
      unit: "usd-bn",
      basis: "target",
      points: annual
        .filter((_, i) => i % 5 === 0)
        .map((p) => point(`annual-target-${p.year}`, round(p.value * 1.1, 2), { year: p.year, status: "official" })),
    },
    targets: [
      target("target-2030-exports", "export-value", "usd-bn", round(record.value * 1.3), 2030, `${LAST_YEAR}-01`),
      target("target-2030-share", "world-share", "percent", 6, 2030, `${LAST_YEAR}-01`),
      target("target-2027-share", "world-share", "percent", 5, 2027, `${LAST_YEAR - 3}-11`),
      target("target-2030-top4", "exporter-rank", "rank", 4, 2027, `${LAST_YEAR - 3}-11`),
    ],
    worldShare: { unit: "percent", basis: "share-tiv", points: worldShare },
    topExporters: { period: latestPeriod, edition: edition(latestPeriod.end), exporters },
    topExportersLatest: {
      period: latestPeriod,
      edition: edition(latestPeriod.end),
      exporters: exporters.map((e, i) => ({ ...e, id: `${e.id}-published`, rank: i + 1 })),
    },
    buyers,
    deals,
    sipri,
    article: {
      outlet: "Synthetic Gazette",
      url: "https://example.org/synthetic-article",
      date: `${LAST_YEAR}-12`,
      dateNote: SYNTHETIC,
      headline: { en: "SYNTHETIC article for the scale benchmark", ko: "벤치마크용 가상 기사" },
      headlineIsDescriptive: true,
      summary: [
        { en: "This article is synthetic.", ko: "이 기사는 가상입니다." },
        { en: "The record was {record}.", ko: "최고치는 {record}였습니다." },
        { en: "The latest year was {latest}.", ko: "최근 연도는 {latest}입니다." },
        { en: "None of these numbers are real.", ko: "이 숫자들은 실제가 아닙니다." },
      ],
      quotes: [{ text: "synthetic", speaker: { en: "Nobody", ko: "없음" }, translation: "가상" }],
      figures: [
        { id: "record", point: record.id, printed: `${record.value} (synthetic)`, printedValue: record.value },
        { id: "latest", point: latest.id, printed: `${latest.value} (synthetic)`, printedValue: latest.value },
      ],
    },
  };
}

function main() {
  const { values } = parseArgs({
    options: {
      countries: { type: "string", default: String(SYNTHETIC_DEFAULTS.countries) },
      years: { type: "string", default: String(SYNTHETIC_DEFAULTS.years) },
      seed: { type: "string", default: String(SYNTHETIC_DEFAULTS.seed) },
      out: { type: "string", default: `bench/${SYNTHETIC_FILE}` },
    },
  });
  const data = syntheticDataset({
    countries: Number(values.countries),
    years: Number(values.years),
    seed: Number(values.seed),
  });
  const result = validateDataset(data);
  if (!result.ok) {
    for (const p of result.problems) console.error(`synthetic: ${p.path}: ${p.message}`);
    process.exit(1);
  }
  const out = resolve(values.out);
  mkdirSync(dirname(out), { recursive: true });
  const text = JSON.stringify(data);
  writeFileSync(out, text);
  console.log(`${out}: valid synthetic dataset, ${(text.length / 1e6).toFixed(2)} MB`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
