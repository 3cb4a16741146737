/** The recipients chart's words in both languages; `chart.recipients.label` names it in the picker and elsewhere. */
import { defineMessages } from "@/i18n/messages/define.ts";
import { chartTranslatorFor } from "@/charts/shared/messages.ts";

export const messages = defineMessages(
  {
    "chart.recipients.label": "Recipients",
    "chart.recipients.title": "Who receives South Korea's arms, {period}",
    "chart.recipients.subtitle.computed":
      "Share of South Korea's deliveries of major arms (SIPRI TIV), %, computed from the SIPRI Arms Transfers Database",
    "chart.recipients.subtitle.published":
      "Share of South Korea's deliveries of major arms, %, as published by SIPRI ({edition}); the database export does not cover {period} yet",
    "chart.recipients.takeaway.computed":
      "{first} received {share} of South Korea's deliveries of major arms in {period}, ahead of {second} ({secondShare}); the three largest recipients took {top3} (our calculation from SIPRI's database).",
    "chart.recipients.takeaway.newer": "Published figure for {period}: {name} {share} ({edition}).",
    "chart.recipients.takeaway.published":
      "{first} received {share} of South Korea's deliveries of major arms in {period} ({edition}).",
    "chart.recipients.takeaway.publishedOnly": "SIPRI named no other recipient's share for this period.",
    "chart.recipients.description":
      "Horizontal bar chart of the recipients of South Korea's deliveries of major arms in {period}, largest first: {values}.",
    "chart.recipients.basis":
      "Basis: SIPRI trend-indicator values (TIV), the volume of major conventional arms delivered; not US dollars and not contracts signed. Shares marked computed are K-Defense Export Monitor's calculation from the SIPRI Arms Transfers Database (export of {generated}); shares SIPRI published in its fact sheets are listed beside them and can differ by rounding and later revisions.",
    "chart.recipients.others": "Others ({count})",
    "chart.recipients.country": "Recipient",
    "chart.recipients.tiv": "TIV, millions",
    "chart.recipients.share": "Share, computed",
    "chart.recipients.published": "Share published by SIPRI",
    "chart.recipients.tooltip.computed": "{share} of South Korea's deliveries (computed) · {tiv} million TIV",
    "chart.recipients.tooltip.published": "SIPRI published {share} ({edition})",
    "chart.recipients.rank": "Rank",
    "chart.recipients.headline": "{name}: {share} of Korea's arms deliveries in {period}",
  },
  {
    "chart.recipients.label": "수입국",
    "chart.recipients.title": "한국 무기는 어디로 가나, {period}",
    "chart.recipients.subtitle.computed":
      "한국의 주요 무기 인도 물량(SIPRI TIV) 중 비중, %, SIPRI 무기 이전 데이터베이스로 계산",
    "chart.recipients.subtitle.published":
      "한국의 주요 무기 인도 물량 중 비중, %, SIPRI 발표({edition}); 데이터베이스 내보내기 자료는 아직 {period}을 포함하지 않습니다",
    "chart.recipients.takeaway.computed":
      "{period} 한국의 주요 무기 인도 물량 중 {share}가 {first}로 갔고, {second}({secondShare})가 뒤를 이었습니다. 상위 세 나라의 비중은 {top3}입니다(SIPRI 데이터베이스로 본 사이트가 계산).",
    "chart.recipients.takeaway.newer": "{period} 발표 수치: {name} {share}({edition}).",
    "chart.recipients.takeaway.published":
      "{period} 한국의 주요 무기 인도 물량 중 {first}의 비중은 {share}입니다({edition}).",
    "chart.recipients.takeaway.publishedOnly": "SIPRI는 이 기간 다른 수입국의 비중은 발표하지 않았습니다.",
    "chart.recipients.description":
      "{period} 한국의 주요 무기 인도 물량을 받은 나라의 가로 막대 차트, 큰 순서: {values}.",
    "chart.recipients.basis":
      "기준: SIPRI 추세지표가치(TIV), 인도된 주요 재래식 무기의 물량입니다. 미국 달러 금액도, 수주 계약액도 아닙니다. '계산' 표시 비중은 K-방산 수출 모니터가 SIPRI 무기 이전 데이터베이스({generated} 내보내기)로 계산한 값이며, SIPRI가 자료집에서 발표한 비중은 따로 적었습니다. 반올림과 이후 수정으로 다를 수 있습니다.",
    "chart.recipients.others": "기타({count}개국)",
    "chart.recipients.country": "수입국",
    "chart.recipients.tiv": "TIV(백만)",
    "chart.recipients.share": "비중(계산)",
    "chart.recipients.published": "SIPRI 발표 비중",
    "chart.recipients.tooltip.computed": "한국 인도 물량의 {share}(계산) · TIV {tiv}백만",
    "chart.recipients.tooltip.published": "SIPRI 발표 {share}({edition})",
    "chart.recipients.rank": "순위",
    "chart.recipients.headline": "{period} 한국 무기 인도의 {share}가 {name}로",
  },
);

/** The interface's messages, those all charts share, and this chart's own. */
export const chartTranslator = chartTranslatorFor(messages);
