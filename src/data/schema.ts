/**
 * The one definition of the dataset's shape and meaning.
 *
 * The app validates the fetched file with it, and `npm run data:check` validates files on disk
 * with it, so the two can never disagree about what a valid dataset is.
 */
// zod/mini: the same validator with a tree-shakable functional API, ~5 KB gzip in the browser
// instead of ~30 KB for classic zod — the app validates the dataset before its first chart.
import * as z from "zod/mini";

// Types only: a value shared with the first scripts would become a chunk of its own.
import type { Lang } from "./langs.ts";

export type { Lang };

/** Visible text comes in both languages; a missing translation is a data error, not a fallback. */
export const LocalizedText = z.strictObject({
  en: z.string().check(z.minLength(1)),
  ko: z.string().check(z.minLength(1)),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

const isoDate = z
  .string()
  .check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD"));

const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, "expected an id of lower-case letters, digits and dashes"));

export const SourceKind = z.enum(["primary", "news", "secondary"]);
export type SourceKind = z.infer<typeof SourceKind>;

export const Source = z.strictObject({
  id,
  title: z.string().check(z.minLength(1)),
  publisher: z.string().check(z.minLength(1)),
  url: z.url({ protocol: /^https?$/ }),
  /** Publication date of the source, as precise as it is known. */
  date: isoDate,
  /** ISO 639-1 code of the language the source is written in. */
  language: z.string().check(z.regex(/^[a-z]{2}$/, "expected an ISO 639-1 language code")),
  /**
   * How far the source is from the figure's origin: `primary` (a government body, SIPRI), `news`
   * (a news agency or newspaper) or `secondary` (an aggregator, blog, or a copy of another outlet's story).
   */
  kind: SourceKind,
  /** The outlet whose story this copy reproduces (`publisher` is then where the copy is hosted). */
  mirrorOf: z.optional(z.string().check(z.minLength(1))),
  /** English rendering of a title in another language, shown beside the original; required for Korean titles. */
  titleEn: z.optional(z.string().check(z.minLength(1))),
});
export type Source = z.infer<typeof Source>;

/**
 * What a number measures. The product never mixes these on one axis without saying so:
 * contracts signed (DAPA/MND headline), SIPRI delivered volume (TIV), shares of SIPRI TIV,
 * policy targets and companies' overseas revenue.
 */
export const Basis = z.enum(["contract", "deliveries-tiv", "share-tiv", "target", "revenue"]);
export type Basis = z.infer<typeof Basis>;

export const Status = z.enum(["official", "reported", "estimate", "projection"]);
export type Status = z.infer<typeof Status>;

/** How the source words the number: "≈ $3B" and "over $15B" are not the same as "$15B". */
export const Qualifier = z.enum(["exact", "approx", "at-least"]);
export type Qualifier = z.infer<typeof Qualifier>;

export const Unit = z.enum(["usd-bn", "percent", "rank"]);
export type Unit = z.infer<typeof Unit>;

const sourceIds = z.array(id).check(z.minLength(1, "every number needs at least one source"));

export const Alternate = z.strictObject({
  value: z.number(),
  qualifier: Qualifier,
  sources: sourceIds,
  note: LocalizedText,
});
export type Alternate = z.infer<typeof Alternate>;

/** Fields every data point carries, whatever it is plotted against. */
const pointFields = {
  /** Stable id: article figures and URLs point at it. */
  id,
  value: z.number(),
  qualifier: Qualifier,
  status: Status,
  sources: sourceIds,
  /** Other values that sources give for the same thing; `value` is the headline. */
  alternates: z.optional(z.array(Alternate)),
  /** Why this value is the headline, or any caveat the reader must see next to it. */
  note: z.optional(LocalizedText),
};

export const YearPoint = z.strictObject({ ...pointFields, year: z.int().check(z.minimum(1900), z.maximum(2100)) });
export type YearPoint = z.infer<typeof YearPoint>;

export const Period = z.strictObject({
  start: z.int().check(z.minimum(1900), z.maximum(2100)),
  end: z.int().check(z.minimum(1900), z.maximum(2100)),
});
export type Period = z.infer<typeof Period>;

/** SIPRI revises its whole series every year, so each figure names the edition it comes from. */
const sipriEdition = z.strictObject({
  /** Publication month of the SIPRI fact sheet, YYYY-MM. */
  published: z.string().check(z.regex(/^\d{4}-\d{2}$/, "expected YYYY-MM")),
  label: LocalizedText,
});

export const SharePoint = z.strictObject({
  ...pointFields,
  period: Period,
  rank: z.optional(z.int().check(z.positive())),
  edition: sipriEdition,
});
export type SharePoint = z.infer<typeof SharePoint>;

export const Country = z.strictObject({
  /** ISO 3166-1 alpha-3, or "ROW" for the rest of the world. */
  code: z.string().check(z.regex(/^([A-Z]{3})$/, "expected an ISO 3166-1 alpha-3 code")),
  name: LocalizedText,
});
export type Country = z.infer<typeof Country>;

export const ExporterShare = z.strictObject({
  ...pointFields,
  country: Country,
  /** The rank SIPRI published, where the list is partial and ranking the rows shown would mislead. */
  rank: z.optional(z.int().check(z.positive())),
});
export type ExporterShare = z.infer<typeof ExporterShare>;

export const TopExporters = z.strictObject({
  period: Period,
  edition: sipriEdition,
  exporters: z.array(ExporterShare).check(z.minLength(1)),
});
export type TopExporters = z.infer<typeof TopExporters>;

export const BuyerShares = z.strictObject({
  period: Period,
  edition: sipriEdition,
  buyers: z.array(ExporterShare).check(z.minLength(1)),
});
export type BuyerShares = z.infer<typeof BuyerShares>;

export const Deal = z.strictObject({
  id,
  year: z.int().check(z.minimum(1900), z.maximum(2100)),
  /** Month of signing where a source gives it. */
  month: z.optional(z.int().check(z.minimum(1), z.maximum(12))),
  buyer: Country,
  system: LocalizedText,
  /** USD bn; null where no source gives a value (the deal is listed, not plotted). */
  value: z.nullable(z.number()),
  qualifier: Qualifier,
  status: Status,
  sources: sourceIds,
  alternates: z.optional(z.array(Alternate)),
  note: z.optional(LocalizedText),
});
export type Deal = z.infer<typeof Deal>;

export const Target = z.strictObject({
  ...pointFields,
  kind: z.enum(["export-value", "world-share", "exporter-rank"]),
  unit: Unit,
  /** The year by which the goal is to be met. */
  targetYear: z.int().check(z.minimum(1900), z.maximum(2100)),
  setBy: LocalizedText,
  /** When the goal was announced. */
  setOn: isoDate,
});
export type Target = z.infer<typeof Target>;

/** One supplier's or recipient's deliveries per year, TIV millions, in the years of its `SipriDeliveries`. */
export const TivSeries = z.strictObject({ country: Country, tiv: z.array(z.number()) });
export type TivSeries = z.infer<typeof TivSeries>;

/**
 * Totals computed by `npm run data:sipri` from the SIPRI Arms Transfers Database (never typed by hand):
 * the input of the computed world-share, rank and recipient series (src/data/derive/sipri.ts).
 */
export const SipriDeliveries = z.strictObject({
  /** Source id of the database export. */
  source: id,
  /** "Data generated" date printed in the export's preamble. */
  generated: isoDate,
  /** Delivery years the export covers completely; every `tiv` array has one value per year. */
  years: Period,
  /** World deliveries per year, all suppliers (including unknown ones): what supplier shares are shares of. */
  world: z.array(z.number()),
  /**
   * Every supplier in the top 10 of any year or five-year window, and every supplier above South Korea
   * in any five-year window (South Korea included), so those ranks are exact; the rest are only in `world`.
   */
  suppliers: z.array(TivSeries),
  /** South Korea's deliveries by recipient; their sum is South Korea's supplier row. */
  koreaRecipients: z.array(TivSeries),
});
export type SipriDeliveries = z.infer<typeof SipriDeliveries>;

export const Note = z.strictObject({ id, title: LocalizedText, text: LocalizedText, sources: z.optional(z.array(id)) });
export type Note = z.infer<typeof Note>;

/** A figure the article prints, tied to the data point that stands behind it. */
export const ArticleFigure = z.strictObject({
  id,
  /** Id of a data point anywhere in the dataset. */
  point: id,
  /** The figure as the article prints it, verbatim. */
  printed: z.string().check(z.minLength(1)),
  /** The number in `printed`, in the data point's unit; a test proves it matches the data. */
  printedValue: z.number(),
});
export type ArticleFigure = z.infer<typeof ArticleFigure>;

export const Article = z.strictObject({
  outlet: z.string().check(z.minLength(1)),
  url: z.url({ protocol: /^https?$/ }),
  /** As precise as it is known; the source text does not print a date. */
  date: isoDate,
  dateNote: LocalizedText,
  /** The stored text has no headline, so this is a descriptive title and is labelled as one. */
  headline: LocalizedText,
  headlineIsDescriptive: z.boolean(),
  /**
   * The product's own summary. `{figure-id}` placeholders are filled from the dataset at render
   * time, so no number in the panel is typed by hand.
   */
  summary: z.array(LocalizedText).check(z.minLength(4), z.maxLength(6)),
  quotes: z
    .array(
      z.strictObject({
        text: z.string().check(z.minLength(1)),
        speaker: LocalizedText,
        translation: z.string().check(z.minLength(1)),
      }),
    )
    .check(z.minLength(1)),
  figures: z.array(ArticleFigure).check(z.minLength(1)),
});
export type Article = z.infer<typeof Article>;

export const Dataset = z
  .strictObject({
    meta: z.strictObject({
      title: LocalizedText,
      /** Date of the latest change to the figures. */
      updated: isoDate,
      currency: z.literal("USD, nominal (current dollars)"),
    }),
    sources: z.array(Source).check(z.minLength(1)),
    notes: z.array(Note),
    annualExports: z.strictObject({
      unit: z.literal("usd-bn"),
      basis: z.literal("contract"),
      points: z.array(YearPoint).check(z.minLength(2)),
    }),
    /** Past one-year goals, for context next to the actuals. */
    annualTargets: z.strictObject({
      unit: z.literal("usd-bn"),
      basis: z.literal("target"),
      points: z.array(YearPoint),
    }),
    targets: z.array(Target).check(z.minLength(1)),
    worldShare: z.strictObject({
      unit: z.literal("percent"),
      basis: z.literal("share-tiv"),
      points: z.array(SharePoint).check(z.minLength(1)),
    }),
    topExporters: TopExporters,
    /**
     * The latest SIPRI edition as published (a partial list with SIPRI's ranks), kept apart from the
     * series computed from the database, which cannot cover the edition's newest year yet.
     */
    topExportersLatest: TopExporters,
    buyers: z.array(BuyerShares),
    deals: z.array(Deal),
    sipri: SipriDeliveries,
    article: Article,
  })
  .check(
    z.superRefine((data, ctx) => {
      for (const problem of meaningProblems(data))
        ctx.addIssue({ code: "custom", path: problem.path, message: problem.message });
    }),
  );
export type Dataset = z.infer<typeof Dataset>;

export interface MeaningProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Checks that shape alone cannot express: references resolve, series are ordered sets,
 * values are in range. Paths point at the offending field so data:check can name it.
 */
export function meaningProblems(data: Dataset): MeaningProblem[] {
  const problems: MeaningProblem[] = [];
  const sourceIds = new Set<string>();
  data.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) problems.push({ path: ["sources", i, "id"], message: `duplicate source id "${s.id}"` });
    sourceIds.add(s.id);
    if (s.language === "ko" && !s.titleEn)
      problems.push({ path: ["sources", i, "titleEn"], message: "a Korean title needs an English rendering" });
    if (s.mirrorOf && s.kind !== "secondary")
      problems.push({ path: ["sources", i, "kind"], message: `a copy of ${s.mirrorOf}'s story is a secondary source` });
  });

  const pointIds = new Map<string, string>();
  const claimId = (pointId: string, path: (string | number)[]) => {
    if (pointIds.has(pointId))
      problems.push({ path, message: `duplicate point id "${pointId}" (also at ${pointIds.get(pointId)})` });
    else pointIds.set(pointId, formatPath(path));
  };

  const checkSources = (ids: string[], path: (string | number)[]) =>
    ids.forEach((sid, i) => {
      if (!sourceIds.has(sid)) problems.push({ path: [...path, i], message: `unknown source id "${sid}"` });
    });

  interface Checked {
    id: string;
    value: number;
    sources: string[];
    alternates?: Alternate[];
  }
  const checkPoint = (p: Checked, path: (string | number)[], range?: [number, number]) => {
    claimId(p.id, [...path, "id"]);
    checkSources(p.sources, [...path, "sources"]);
    const values: [number, (string | number)[]][] = [[p.value, [...path, "value"]]];
    p.alternates?.forEach((a, i) => {
      checkSources(a.sources, [...path, "alternates", i, "sources"]);
      values.push([a.value, [...path, "alternates", i, "value"]]);
    });
    for (const [v, vPath] of values) {
      if (v < 0) problems.push({ path: vPath, message: `negative value ${v}` });
      else if (range && (v < range[0] || v > range[1]))
        problems.push({ path: vPath, message: `share ${v} is outside ${range[0]}–${range[1]}` });
    }
  };

  const checkYears = (points: YearPoint[], path: (string | number)[]) => {
    const seen = new Set<number>();
    points.forEach((p, i) => {
      if (seen.has(p.year)) problems.push({ path: [...path, i, "year"], message: `duplicate year ${p.year}` });
      seen.add(p.year);
      checkPoint(p, [...path, i]);
    });
  };
  checkYears(data.annualExports.points, ["annualExports", "points"]);
  checkYears(data.annualTargets.points, ["annualTargets", "points"]);

  const checkPeriod = (period: Period, path: (string | number)[]) => {
    if (period.start > period.end)
      problems.push({ path, message: `period starts (${period.start}) after it ends (${period.end})` });
  };
  const seenPeriods = new Set<string>();
  data.worldShare.points.forEach((p, i) => {
    const key = `${p.period.start}-${p.period.end}`;
    if (seenPeriods.has(key))
      problems.push({ path: ["worldShare", "points", i, "period"], message: `duplicate period ${key}` });
    seenPeriods.add(key);
    checkPeriod(p.period, ["worldShare", "points", i, "period"]);
    checkPoint(p, ["worldShare", "points", i], [0, 100]);
  });

  const checkShares = (rows: ExporterShare[], path: (string | number)[]) => {
    const codes = new Set<string>();
    rows.forEach((row, i) => {
      if (codes.has(row.country.code))
        problems.push({ path: [...path, i, "country", "code"], message: `duplicate country ${row.country.code}` });
      codes.add(row.country.code);
      checkPoint(row, [...path, i], [0, 100]);
    });
    const total = rows.reduce((sum, r) => sum + r.value, 0);
    if (total > 100.5) problems.push({ path, message: `shares add up to ${total.toFixed(1)}%, more than 100%` });
  };
  checkPeriod(data.topExporters.period, ["topExporters", "period"]);
  checkShares(data.topExporters.exporters, ["topExporters", "exporters"]);
  checkPeriod(data.topExportersLatest.period, ["topExportersLatest", "period"]);
  checkShares(data.topExportersLatest.exporters, ["topExportersLatest", "exporters"]);
  data.buyers.forEach((b, i) => {
    checkPeriod(b.period, ["buyers", i, "period"]);
    checkShares(b.buyers, ["buyers", i, "buyers"]);
  });

  data.targets.forEach((t, i) => checkPoint(t, ["targets", i], t.unit === "percent" ? [0, 100] : undefined));
  data.deals.forEach((d, i) => {
    claimId(d.id, ["deals", i, "id"]);
    checkSources(d.sources, ["deals", i, "sources"]);
    if (d.value !== null && d.value < 0)
      problems.push({ path: ["deals", i, "value"], message: `negative value ${d.value}` });
    d.alternates?.forEach((a, j) => checkSources(a.sources, ["deals", i, "alternates", j, "sources"]));
  });
  data.notes.forEach((n, i) => n.sources && checkSources(n.sources, ["notes", i, "sources"]));

  const { sipri } = data;
  if (!sourceIds.has(sipri.source))
    problems.push({ path: ["sipri", "source"], message: `unknown source id "${sipri.source}"` });
  checkPeriod(sipri.years, ["sipri", "years"]);
  const span = sipri.years.end - sipri.years.start + 1;
  const checkTiv = (values: number[], path: (string | number)[]) => {
    if (values.length !== span)
      problems.push({
        path,
        message: `${values.length} values for the ${span} years ${sipri.years.start}–${sipri.years.end}`,
      });
    values.forEach((v, i) => v < 0 && problems.push({ path: [...path, i], message: `negative TIV ${v}` }));
  };
  checkTiv(sipri.world, ["sipri", "world"]);
  for (const list of ["suppliers", "koreaRecipients"] as const) {
    const codes = new Set<string>();
    sipri[list].forEach((row, i) => {
      if (codes.has(row.country.code))
        problems.push({
          path: ["sipri", list, i, "country", "code"],
          message: `duplicate country ${row.country.code}`,
        });
      codes.add(row.country.code);
      checkTiv(row.tiv, ["sipri", list, i, "tiv"]);
    });
  }
  sipri.world.forEach((world, i) => {
    const suppliers = sipri.suppliers.reduce((sum, row) => sum + (row.tiv[i] ?? 0), 0);
    // a hundredth of slack for float sums of two-decimal values
    if (suppliers > world + 0.01)
      problems.push({
        path: ["sipri", "world", i],
        message: `suppliers deliver ${suppliers}, more than the world's ${world}`,
      });
  });

  const figureIds = new Set<string>();
  data.article.figures.forEach((f, i) => {
    if (figureIds.has(f.id))
      problems.push({ path: ["article", "figures", i, "id"], message: `duplicate figure id "${f.id}"` });
    figureIds.add(f.id);
    if (!pointIds.has(f.point))
      problems.push({
        path: ["article", "figures", i, "point"],
        message: `points at "${f.point}", which is no data point`,
      });
  });
  data.article.summary.forEach((s, i) => {
    for (const [lang, text] of Object.entries(s)) {
      for (const match of text.matchAll(/\{([^}]+)\}/g)) {
        if (!figureIds.has(match[1]!))
          problems.push({
            path: ["article", "summary", i, lang],
            message: `placeholder {${match[1]}} names no article figure`,
          });
      }
    }
  });
  return problems;
}

/** `["a", 0, "b"]` → `$.a[0].b`, the form data:check prints. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : `${out}.${String(key)}`), "$");
}
