/** The world-share chart's words in both languages; `chart.world-share.label` names it in the picker and elsewhere. */
import { defineMessages } from "@/i18n/messages/define.ts";
import { chartTranslatorFor } from "@/charts/shared/messages.ts";

export const messages = defineMessages(
  {
    "chart.world-share.label": "World share",
    "chart.world-share.title": "South Korea's share of world arms exports",
    "chart.world-share.subtitle":
      "Share of the volume of major arms delivered worldwide (SIPRI TIV), by five-year window, %; computed from the SIPRI Arms Transfers Database, the newest window as SIPRI published it",
    "chart.world-share.takeaway":
      "Korea delivered {share} of the world's major arms in {period} ({edition}), against goals of {goals}; {target} is {gap} more, {multiple} times that share.",
    "chart.world-share.takeaway.trend":
      "Computed from one edition of SIPRI's database, Korea's share went from {from} in {fromPeriod} to {to} in {toPeriod}.",
    "chart.world-share.computed":
      "Computed by K-Defense Export Monitor from the SIPRI Arms Transfers Database (export of {generated})",
    "chart.world-share.published": "Published in {edition}: {share}{rank}",
    "chart.world-share.basisColumn": "Basis",
    "chart.world-share.publishedColumn": "As SIPRI published it",
    "chart.world-share.description":
      "Bar chart of South Korea's share of world arms deliveries in {count} SIPRI five-year periods from {from} to {to}: {values}. Reference lines mark the goals: {goals}.",
    "chart.world-share.basis":
      "Basis: SIPRI trend-indicator values (TIV), the volume of major conventional arms delivered over five years; not US dollars and not contracts signed. The windows up to {last} are K-Defense Export Monitor's calculation from one edition of the SIPRI Arms Transfers Database (export of {generated}), so they compare like with like; SIPRI revises past figures every March, so the shares it published in earlier editions, listed beside them, can differ. {latest} is SIPRI's own figure ({edition}), which the database export does not cover yet.",
    "chart.world-share.goal": "{share} by {year}",
    "chart.world-share.rank": "Rank among exporters: {rank}",
    "chart.world-share.period": "Period",
    "chart.world-share.rankColumn": "Rank",
    "chart.world-share.edition": "SIPRI edition",
    "chart.world-share.headline": "{share} of world arms deliveries in {period}; the goal is {goal}",
  },
  {
    "chart.world-share.label": "세계 점유율",
    "chart.world-share.title": "세계 무기 수출에서 한국의 점유율",
    "chart.world-share.subtitle":
      "전 세계 주요 무기 인도 물량(SIPRI TIV) 중 한국 비중, 5년 단위, %; SIPRI 무기 이전 데이터베이스로 계산, 최신 기간은 SIPRI 발표",
    "chart.world-share.takeaway":
      "{period} 한국은 세계 주요 무기 인도 물량의 {share}를 차지했습니다({edition}). 목표는 {goals}이며, {target}는 {gap} 높은, 지금의 {multiple}배 수준입니다.",
    "chart.world-share.takeaway.trend":
      "SIPRI 데이터베이스 한 판으로 계산하면 한국의 비중은 {fromPeriod} {from}에서 {toPeriod} {to}로 바뀌었습니다.",
    "chart.world-share.computed": "K-방산 수출 모니터가 SIPRI 무기 이전 데이터베이스({generated} 내보내기)로 계산",
    "chart.world-share.published": "{edition} 발표: {share}{rank}",
    "chart.world-share.basisColumn": "기준",
    "chart.world-share.publishedColumn": "SIPRI 발표 수치",
    "chart.world-share.description":
      "SIPRI 5년 단위 {count}개 기간({from}부터 {to}까지)의 세계 무기 인도 물량 중 한국 점유율 막대 차트: {values}. 기준선은 목표를 나타냅니다: {goals}.",
    "chart.world-share.basis":
      "기준: SIPRI 추세지표가치(TIV), 5년간 인도된 주요 재래식 무기의 물량입니다. 미국 달러 금액도, 수주 계약액도 아닙니다. {last}까지의 기간은 K-방산 수출 모니터가 한 판의 SIPRI 무기 이전 데이터베이스({generated} 내보내기)로 계산해 서로 비교할 수 있습니다. SIPRI는 매년 3월 과거 수치를 수정하므로 이전 판에서 발표한 비중은 따로 적었고 다를 수 있습니다. {latest}는 데이터베이스 내보내기 자료에 아직 없는 SIPRI 발표 수치({edition})입니다.",
    "chart.world-share.goal": "{year}까지 {share}",
    "chart.world-share.rank": "수출국 순위: {rank}",
    "chart.world-share.period": "기간",
    "chart.world-share.rankColumn": "순위",
    "chart.world-share.edition": "SIPRI 판",
    "chart.world-share.headline": "세계 주요 무기 인도 점유율 {share}({period}), 목표는 {goal}",
  },
);

/** The interface's messages, those all charts share, and this chart's own. */
export const chartTranslator = chartTranslatorFor(messages);
export type ChartTranslate = ReturnType<typeof chartTranslator>;
