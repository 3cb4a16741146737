/**
 * A block of messages in both languages. The Korean object must have exactly the English keys (the
 * type says so), so a missing translation fails the type check, not the reader.
 */
export function defineMessages<const En extends Record<string, string>>(
  en: En,
  ko: { [K in keyof En]: string },
): { en: En; ko: { [K in keyof En]: string } } {
  return { en, ko };
}
