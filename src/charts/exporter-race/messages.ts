/** The exporter-race chart's words in both languages; `chart.exporter-race.label` names it in the picker and elsewhere. */
import { defineMessages } from "@/i18n/messages/define.ts";
import { chartTranslatorFor } from "@/charts/shared/messages.ts";

export const messages = defineMessages(
  {
    "chart.exporter-race.label": "Race to the top four",
    "chart.exporter-race.title": "Is South Korea closing on the top four?",
    "chart.exporter-race.subtitle":
      "Share of world deliveries of major arms (SIPRI TIV) in rolling five-year windows, %; computed from the SIPRI Arms Transfers Database",
    "chart.exporter-race.takeaway":
      "In {period} South Korea delivered {share} of the world's major arms ({rank}), {gap} behind 4th place ({fourth}, {fourthShare}); in {earlier} the gap was {earlierGap} (our calculation from SIPRI's database).",
    "chart.exporter-race.takeaway.published":
      "Published for {period} ({edition}): Korea {share} ({rank}), {fourth} 4th at {fourthShare}.",
    "chart.exporter-race.description":
      "Line chart of South Korea's share of world arms deliveries and the share held by 4th place, in {count} five-year windows from {from} to {to}. South Korea: {korea}. 4th place: {fourthValues}. Reference lines mark the goals: {goals}.",
    "chart.exporter-race.basis":
      "Basis: SIPRI trend-indicator values (TIV), the volume of major conventional arms delivered; not US dollars and not contracts signed. Every window is K-Defense Export Monitor's calculation from one edition of the SIPRI Arms Transfers Database (export of {generated}), so the windows compare like with like; the point for {period} is SIPRI's own published figure ({edition}), which the database export does not cover yet, and is not joined to the computed lines.",
    "chart.exporter-race.korea": "South Korea",
    "chart.exporter-race.fourth": "4th place",
    "chart.exporter-race.published": "{period}, SIPRI published",
    "chart.exporter-race.window": "Window",
    "chart.exporter-race.koreaShare": "South Korea, %",
    "chart.exporter-race.koreaRank": "South Korea's rank",
    "chart.exporter-race.fourthColumn": "4th place",
    "chart.exporter-race.gap": "Gap to 4th, points",
    "chart.exporter-race.topFour": "Top four",
    "chart.exporter-race.tooltip.korea": "South Korea: {share} ({rank})",
    "chart.exporter-race.tooltip.fourth": "4th place: {name} {share}",
    "chart.exporter-race.tooltip.gap": "Gap to 4th place: {gap}",
    "chart.exporter-race.tooltip.top": "Top four: {list}",
    "chart.exporter-race.tooltip.computed": "Computed from the SIPRI Arms Transfers Database",
    "chart.exporter-race.headline": "Korea is {gap} short of 4th place ({period})",
  },
  {
    "chart.exporter-race.label": "4강 경쟁",
    "chart.exporter-race.title": "한국은 세계 4강에 다가서고 있나?",
    "chart.exporter-race.subtitle":
      "세계 주요 무기 인도 물량(SIPRI TIV) 중 비중, 5년 이동 기간, %; SIPRI 무기 이전 데이터베이스로 계산",
    "chart.exporter-race.takeaway":
      "{period} 한국은 세계 주요 무기 인도 물량의 {share}로 {rank}였고, 4위({fourth}, {fourthShare})와는 {gap} 차이입니다. {earlier}에는 차이가 {earlierGap}였습니다(SIPRI 데이터베이스로 본 사이트가 계산).",
    "chart.exporter-race.takeaway.published":
      "{period} 발표 수치({edition}): 한국 {share}({rank}), 4위 {fourth} {fourthShare}.",
    "chart.exporter-race.description":
      "{from}부터 {to}까지 5년 단위 {count}개 기간의 세계 무기 인도 물량 중 한국과 4위 국가의 비중을 보여 주는 선 차트. 한국: {korea}. 4위: {fourthValues}. 기준선은 목표를 나타냅니다: {goals}.",
    "chart.exporter-race.basis":
      "기준: SIPRI 추세지표가치(TIV), 인도된 주요 재래식 무기의 물량입니다. 미국 달러 금액도, 수주 계약액도 아닙니다. 모든 기간은 K-방산 수출 모니터가 한 판의 SIPRI 무기 이전 데이터베이스({generated} 내보내기)로 계산해 서로 비교할 수 있습니다. {period} 점은 데이터베이스 내보내기 자료에 아직 없는 SIPRI 발표 수치({edition})로, 계산한 선과 잇지 않았습니다.",
    "chart.exporter-race.korea": "한국",
    "chart.exporter-race.fourth": "4위",
    "chart.exporter-race.published": "{period}, SIPRI 발표",
    "chart.exporter-race.window": "기간",
    "chart.exporter-race.koreaShare": "한국 비중, %",
    "chart.exporter-race.koreaRank": "한국 순위",
    "chart.exporter-race.fourthColumn": "4위",
    "chart.exporter-race.gap": "4위와 차이, %p",
    "chart.exporter-race.topFour": "상위 4개국",
    "chart.exporter-race.tooltip.korea": "한국: {share}({rank})",
    "chart.exporter-race.tooltip.fourth": "4위: {name} {share}",
    "chart.exporter-race.tooltip.gap": "4위와 차이: {gap}",
    "chart.exporter-race.tooltip.top": "상위 4개국: {list}",
    "chart.exporter-race.tooltip.computed": "SIPRI 무기 이전 데이터베이스로 계산",
    "chart.exporter-race.headline": "한국, 4위와 {gap} 차이({period})",
  },
);

/** The interface's messages, those all charts share, and this chart's own. */
export const chartTranslator = chartTranslatorFor(messages);
