/** Every message table of the app, found by path so a new one cannot be left out of the tests that read them all. */
export type MessageTableShape = { en: Record<string, string>; ko: Record<string, string> };

const tablesIn = (modules: Record<string, Record<string, unknown>>) =>
  Object.values(modules)
    .flatMap((module) => Object.values(module))
    .filter(
      (value): value is MessageTableShape =>
        typeof value === "object" && value !== null && "en" in value && "ko" in value,
    );

/** The interface's words: the shared block and each surface's (src/i18n/messages/*.ts). */
export const interfaceTables = tablesIn(
  import.meta.glob<Record<string, unknown>>("/src/i18n/messages/*.ts", { eager: true }),
);

/** Each chart's own words (src/charts/<id>/messages.ts). */
export const chartTables = tablesIn(
  import.meta.glob<Record<string, unknown>>("/src/charts/*/messages.ts", { eager: true }),
);
