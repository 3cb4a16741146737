import type { Lang } from "@/data/schema.ts";
import { MESSAGES, type MessageKey } from "./messages.ts";

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** Fills `{name}` placeholders; a placeholder without a value stays visible so the gap is noticed. */
export function translate(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

export function translator(lang: Lang): Translate {
  return (key, vars) => translate(lang, key, vars);
}
