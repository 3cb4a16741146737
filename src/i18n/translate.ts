import type { Lang, Source } from "@/data/schema.ts";
import { MESSAGES, type MessageKey } from "./messages.ts";

export type Translate<K extends string = MessageKey> = (key: K, vars?: Record<string, string | number>) => string;

/** A message table of one area (see messages/define.ts), by language. */
export type MessageTable<K extends string> = Record<Lang, Record<K, string>>;

/** A translator of the shared words and those of `table` (see translatorWith). */
export type TranslateWith<Table extends MessageTable<string>> = Translate<MessageKey | (keyof Table["en"] & string)>;

/** Fills `{name}` placeholders; a placeholder without a value stays visible so the gap is noticed. */
function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function translate(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return fill(MESSAGES[lang][key], vars);
}

/** Who stands behind a source: a copy names the outlet it reproduces before the site hosting it. */
export function sourcePublisher(source: Source, lang: Lang): string {
  return source.mirrorOf
    ? translate(lang, "source.copyOf", { outlet: source.mirrorOf, host: source.publisher })
    : source.publisher;
}

export function translator(lang: Lang): Translate {
  return (key, vars) => translate(lang, key, vars);
}

/**
 * The interface's messages plus a table kept beside the code that uses it (each chart's folder holds
 * its own words, and the layers forbid this module from importing them).
 */
export function translatorWith<K extends string>(lang: Lang, table: MessageTable<K>): Translate<MessageKey | K> {
  const own: Record<string, string> = table[lang];
  return (key, vars = {}) => fill(own[key] ?? MESSAGES[lang][key as MessageKey], vars);
}
