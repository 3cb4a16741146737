/**
 * The largest exporters in a five-year window: the list SIPRI published for it where the dataset has
 * one (its figures, its ranks, its edition), else the list computed from the SIPRI database (our
 * calculation, labelled so). SIPRI's newest edition covers a window the database export does not
 * reach yet and names only the leaders and Korea; its published ranks are kept as given.
 */
import type { Country, Dataset, ExporterShare, LocalizedText, Period, Qualifier } from "../schema.ts";
import { periodShares, rollingWindows, sipriTables } from "./sipri.ts";
import { rankExporters } from "./share.ts";

/** How many exporters a computed list shows (SIPRI's fact sheets list ten). */
const LISTED = 10;

export interface ExporterEntry {
  id: string;
  country: Country;
  /** Percent of world deliveries in the window. */
  value: number;
  qualifier: Qualifier;
  rank: number;
  sources: string[];
}

export interface ExporterList {
  period: Period;
  /** The SIPRI edition the list was published in; null when computed from the database. */
  edition: LocalizedText | null;
  /** Ranked, largest first (Korea included even when below the listed ten). */
  entries: ExporterEntry[];
  /** "Rest of the world" rows SIPRI published with the list, for the table. */
  rest: ExporterShare[];
}

const same = (a: Period, b: Period) => a.start === b.start && a.end === b.end;

function published(data: Dataset): { period: Period; edition: LocalizedText; exporters: ExporterShare[] }[] {
  return [data.topExporters, data.topExportersLatest].map((l) => ({
    period: l.period,
    edition: l.edition.label,
    exporters: l.exporters,
  }));
}

/** Windows to choose from, oldest first, each with the edition whose list it shows; the default is the newest. */
export function exporterWindowChoice(data: Dataset): {
  choices: { window: Period; edition?: LocalizedText }[];
  default: Period;
} {
  const lists = published(data);
  const computed = rollingWindows(data.sipri.years, 5);
  const choices = [
    ...computed.map((window) => {
      const list = lists.find((l) => same(l.period, window));
      return list ? { window, edition: list.edition } : { window };
    }),
    ...lists
      .filter((l) => !computed.some((w) => same(w, l.period)))
      .map((l) => ({ window: l.period, edition: l.edition })),
  ].sort((a, b) => a.window.start - b.window.start);
  return { choices, default: choices.at(-1)!.window };
}

export function exportersIn(data: Dataset, period: Period, subject = "KOR"): ExporterList {
  const list = published(data).find((l) => same(l.period, period));
  if (list) {
    const countries = list.exporters.filter((e) => e.country.code !== "ROW");
    // A partial list (the leaders and Korea) keeps SIPRI's published ranks; a full one is ranked by share.
    const publishedRank = new Map(countries.map((e) => [e.id, e.rank]));
    const ranked = rankExporters(countries.map((e) => ({ ...e, code: e.country.code })));
    return {
      period,
      edition: list.edition,
      entries: ranked.map((e) => ({
        id: e.id,
        country: e.country,
        value: e.value,
        qualifier: e.qualifier,
        rank: publishedRank.get(e.id) ?? e.rank,
        sources: e.sources,
      })),
      rest: list.exporters.filter((e) => e.country.code === "ROW"),
    };
  }
  const { suppliers, countries } = sipriTables(data.sipri);
  const shares = periodShares(suppliers, period);
  const rows = shares.rows.filter((r, i) => i < LISTED || r.key === subject);
  return {
    period,
    edition: null,
    entries: rows.map((r) => ({
      id: `exporters-${period.start}-${period.end}-${r.key}`,
      country: countries.get(r.key) ?? { code: r.key, name: { en: r.key, ko: r.key } },
      value: r.share,
      qualifier: "exact",
      rank: r.rank,
      sources: [data.sipri.source],
    })),
    rest: [],
  };
}
