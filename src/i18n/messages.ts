/**
 * The strings every surface shows (status, tables, sources, chart frames), in English and Korean.
 * Each surface keeps its own block beside these (messages/explore.ts, article.ts, embed.ts,
 * present.ts, figures.ts), passed to `useT(table)` or `translatorWith` by the code that shows it, so a
 * page loads only its own words: the embed never carries the explorer's or the deck's.
 * `{name}` placeholders are filled by translate.ts; numbers arrive already formatted by format.ts.
 */
import { core } from "./messages/core.ts";

const en = core.en;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

const ko: Messages = core.ko;

export const MESSAGES = { en, ko } as const;
