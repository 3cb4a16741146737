import type { Lang, Source } from "@/data/schema.ts";
import { MESSAGES, type MessageKey } from "./messages.ts";

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** Fills `{name}` placeholders; a placeholder without a value stays visible so the gap is noticed. */
export function translate(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
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
