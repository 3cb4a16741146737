/** The top-exporters chart's words in both languages; `chart.top-exporters.label` names it in the picker and elsewhere. */
import { defineMessages } from "@/i18n/messages/define.ts";
import { chartTranslatorFor } from "@/charts/shared/messages.ts";

export const messages = defineMessages(
  {
    "chart.top-exporters.label": "Top exporters",
    "chart.top-exporters.title": "The world's largest arms exporters, {period}",
    "chart.top-exporters.subtitle": "Share of the volume of major arms delivered worldwide (SIPRI TIV), %, {edition}",
    "chart.top-exporters.takeaway":
      "South Korea was the {rank}-largest exporter in {period} with {share}. Reaching {goalRank} place, the goal, means passing {holder}'s {threshold}: {gap} more, {multiple} times Korea's share.",
    "chart.top-exporters.description":
      "Horizontal bar chart of the {count} largest arms exporters in {period}: {values}. A line marks {threshold}, the share of {holder} in {goalRank} place. South Korea is {rank} with {share}.",
    "chart.top-exporters.basis":
      "Basis: SIPRI trend-indicator values (TIV), the volume of major conventional arms delivered in the five years; not US dollars and not contracts signed. {edition}; SIPRI revises past figures every March. All other exporters together are listed in the table.",
    "chart.top-exporters.threshold": "{goalRank} place: {threshold}",
    "chart.top-exporters.computed": "computed by K-Defense Export Monitor from the SIPRI Arms Transfers Database",
    "chart.top-exporters.rank": "Rank",
    "chart.top-exporters.country": "Exporter",
    "chart.top-exporters.headline": "Korea ranks {rank} among arms exporters; the goal is {goal}",
  },
  {
    "chart.top-exporters.label": "주요 수출국",
    "chart.top-exporters.title": "세계 주요 무기 수출국, {period}",
    "chart.top-exporters.subtitle": "전 세계 주요 무기 인도 물량(SIPRI TIV) 중 비중, %, {edition}",
    "chart.top-exporters.takeaway":
      "{period} 한국은 {share}로 수출국 {rank}였습니다. 목표인 {goalRank}에 오르려면 {holder}의 {threshold}를 넘어야 합니다. {gap} 높은, 한국 점유율의 {multiple}배입니다.",
    "chart.top-exporters.description":
      "{period} 상위 {count}개 무기 수출국 가로 막대 차트: {values}. 세로선은 {goalRank}인 {holder}의 점유율 {threshold}입니다. 한국은 {share}로 {rank}입니다.",
    "chart.top-exporters.basis":
      "기준: SIPRI 추세지표가치(TIV), 5년간 인도된 주요 재래식 무기의 물량입니다. 미국 달러 금액도, 수주 계약액도 아닙니다. {edition}; SIPRI는 매년 3월 과거 수치를 수정합니다. 나머지 수출국 합계는 표에 있습니다.",
    "chart.top-exporters.threshold": "{goalRank}: {threshold}",
    "chart.top-exporters.computed": "K-방산 수출 모니터가 SIPRI 무기 이전 데이터베이스로 계산",
    "chart.top-exporters.rank": "순위",
    "chart.top-exporters.country": "수출국",
    "chart.top-exporters.headline": "한국은 세계 {rank} 무기 수출국, 목표는 {goal}",
  },
);

/** The interface's messages, those all charts share, and this chart's own. */
export const chartTranslator = chartTranslatorFor(messages);
export type ChartTranslate = ReturnType<typeof chartTranslator>;
