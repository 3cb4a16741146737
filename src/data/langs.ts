/** The product's languages. Kept apart from the schema so URL parsing does not pull the validator into first scripts. */
export const LANGS = ["en", "ko"] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}
