/**
 * Who receives South Korea's deliveries, per five-year window: shares computed from the SIPRI
 * database (our calculation) beside the shares SIPRI published in its fact sheets (theirs), kept
 * apart. SIPRI's newest edition covers a window the database export does not reach yet (2021–25 in
 * March 2026), and names only the largest recipients; such a window shows SIPRI's figures alone.
 */
import type { BuyerShares, Dataset, LocalizedText, Period } from "../schema.ts";
import { periodShares, rollingWindows, sipriTables, type PeriodShares } from "./sipri.ts";

export interface RecipientsWindow {
  period: Period;
  /** Shares of Korea's deliveries computed from the database; null where it does not cover the window. */
  computed: PeriodShares | null;
  /** What SIPRI published for the same window, if it did. */
  published: BuyerShares | undefined;
}

const same = (a: Period, b: Period) => a.start === b.start && a.end === b.end;
const within = (p: Period, years: Period) => p.start >= years.start && p.end <= years.end;

/**
 * Windows to choose from, oldest first (each with the edition whose published figures it shows, where
 * the database does not cover it), and the default: the latest window the database covers in full.
 */
export function recipientWindowChoice(data: Dataset): {
  choices: { window: Period; edition?: LocalizedText }[];
  default: Period;
} {
  const years = data.sipri.years;
  const computed = rollingWindows(years, 5);
  const publishedOnly = data.buyers.filter((b) => !within(b.period, years));
  const choices = [
    ...computed.map((window) => ({ window })),
    ...publishedOnly.map((b) => ({ window: b.period, edition: b.edition.label })),
  ].sort((a, b) => a.window.start - b.window.start);
  const latest = computed.at(-1);
  if (!latest) throw new RangeError(`the SIPRI years ${years.start}–${years.end} hold no five-year window`);
  return { choices, default: latest };
}

export function recipientsIn(data: Dataset, period: Period): RecipientsWindow {
  const published = data.buyers.find((b) => same(b.period, period));
  const covered = within(period, data.sipri.years);
  if (!covered && !published) throw new RangeError(`no recipient figures for ${period.start}–${period.end}`);
  return {
    period,
    computed: covered ? periodShares(sipriTables(data.sipri).recipients, period) : null,
    published,
  };
}

/** The newest window SIPRI published recipient shares for, when it is newer than `period`. */
export function newerPublished(data: Dataset, period: Period): BuyerShares | undefined {
  return [...data.buyers].filter((b) => b.period.end > period.end).sort((a, b) => b.period.end - a.period.end)[0];
}
