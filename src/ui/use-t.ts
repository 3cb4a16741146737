import { useViewStore } from "@/state/view-store.ts";
import { translator, type Translate } from "@/i18n/translate.ts";
import type { Lang } from "@/data/schema.ts";
import { useMemo } from "react";

export function useLang(): Lang {
  return useViewStore((s) => s.lang);
}

export function useT(): Translate {
  const lang = useLang();
  return useMemo(() => translator(lang), [lang]);
}
