import { useViewStore } from "@/state/view-store.ts";
import type { MessageKey } from "@/i18n/messages.ts";
import { translator, translatorWith, type MessageTable, type Translate } from "@/i18n/translate.ts";
import type { Lang } from "@/data/schema.ts";
import { useMemo } from "react";

export function useLang(): Lang {
  return useViewStore((s) => s.lang);
}

/** The shared words, or with `table` a surface's own words beside them (src/i18n/messages.ts). */
export function useT(): Translate;
export function useT<K extends string>(table: MessageTable<K>): Translate<MessageKey | K>;
export function useT<K extends string>(table?: MessageTable<K>): Translate<MessageKey | K> {
  const lang = useLang();
  // Without a table only shared keys type-check (the first signature), so the cast widens nothing in use.
  return useMemo(
    () => (table ? translatorWith(lang, table) : (translator(lang) as Translate<MessageKey | K>)),
    [lang, table],
  );
}
