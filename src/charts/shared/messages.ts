/** Words more than one chart uses; each chart's own are in its folder's messages.ts. */
import type { Lang } from "@/data/schema.ts";
import { defineMessages } from "@/i18n/messages/define.ts";
import { translatorWith, type MessageTable } from "@/i18n/translate.ts";

export const sharedMessages = defineMessages(
  {
    "chart.goal": "{targetYear} goal: {target}",
    "chart.worldShare": "Share of world exports",
    "chart.surface": "{title}. Chart: the left and right arrow keys step through its points and read each value.",
  },
  {
    "chart.goal": "{targetYear} 목표: {target}",
    "chart.worldShare": "세계 수출 점유율",
    "chart.surface": "{title}. 차트: 왼쪽·오른쪽 화살표 키로 항목을 하나씩 옮겨 가며 값을 읽습니다.",
  },
);

type SharedKey = keyof typeof sharedMessages.en;

/** A chart's translator: the interface's messages, the shared chart words, and the chart's own table. */
export function chartTranslatorFor<K extends string>(own: MessageTable<K>) {
  const table: MessageTable<K | SharedKey> = {
    en: { ...sharedMessages.en, ...own.en },
    ko: { ...sharedMessages.ko, ...own.ko },
  };
  return (lang: Lang) => translatorWith(lang, table);
}

/**
 * The accessible name of a chart that answers the arrow keys: its title and how to read it. The live
 * chart and the baked one (once its script has made it interactive) say the same.
 */
export function surfaceLabel(title: string, lang: Lang): string {
  return translatorWith(lang, sharedMessages)("chart.surface", { title });
}
