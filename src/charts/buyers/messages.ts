/** The buyers chart's words in both languages; `chart.buyers.label` names it in the picker and elsewhere. */
import { defineMessages } from "@/i18n/messages/define.ts";
import { chartTranslatorFor } from "@/charts/shared/messages.ts";

export const messages = defineMessages(
  {
    "chart.buyers.label": "Buyers and deals",
    "chart.buyers.title": "Major deals by buyer and year",
    "chart.buyers.subtitle":
      "Value of the major export deals reported at signing, USD billion (nominal); ticks: the year's total of all contracts",
    "chart.buyers.takeaway":
      "{buyer}'s deals in {year} came to {deals}, {share} of that year's {total} in export contracts.",
    "chart.buyers.takeaway.none": "No buyer's deals can be set against an annual total.",
    "chart.buyers.description":
      "Stacked bar chart of {count} major arms-export deals from {from} to {to} by year and buyer ({buyers}), with each year's total contract value marked; {unvalued} deals have no reported value and are listed only in the table. Deal sums: {years}.",
    "chart.buyers.basis":
      "Basis: contract values of individual deals as reported at signing (USD or converted from won at the time), a selection of the largest deals. Their sums are not the annual totals: some deals are missing, and values and exchange rates differ from DAPA's. Deals without a reported value are listed in the table, not drawn.",
    "chart.buyers.other": "Other buyers",
    "chart.buyers.totalKey": "Annual total, all contracts",
    "chart.buyers.annualTotal": "Annual total, all contracts: {total}",
    "chart.buyers.noAnnualTotal": "No annual total for this year",
    "chart.buyers.tooltipTitle": "{year}: {sum} (deals listed: {count})",
    "chart.buyers.tooltipBuyer": "{buyer}: {value}, {share} of the year's total",
    "chart.buyers.tooltipOthers": "{count} other buyers: {value}",
    "chart.buyers.tooltipSource": "Source: {source}",
    "chart.buyers.tooltipSources": "Sources: {source} and {count} more (see the table)",
    "chart.buyers.noValue": "value not reported",
    "chart.buyers.allDeals": "All deals listed",
    "chart.buyers.buyer": "Buyer",
    "chart.buyers.deal": "Deal",
    "chart.buyers.headline": "{buyer} is the largest buyer of Korean arms",
  },
  {
    "chart.buyers.label": "수입국과 계약",
    "chart.buyers.title": "구매국·연도별 주요 수출 계약",
    "chart.buyers.subtitle": "체결 당시 보도된 주요 수출 계약 금액, 억 달러(명목). 가로 눈금: 해당 연도 전체 수주액",
    "chart.buyers.takeaway": "{year} {buyer} 대상 계약은 {deals}로, 그해 수주액 {total}의 {share}를 차지했습니다.",
    "chart.buyers.takeaway.none": "연간 총액과 비교할 수 있는 구매국 계약이 없습니다.",
    "chart.buyers.description":
      "{from}부터 {to}까지 주요 방산 수출 계약 {count}건을 연도·구매국({buyers})별로 쌓은 막대 차트로, 연도별 전체 수주액을 함께 표시합니다. 금액이 보도되지 않은 {unvalued}건은 표에만 있습니다. 계약 합계: {years}.",
    "chart.buyers.basis":
      "기준: 개별 계약 체결 당시 보도된 계약 금액(미국 달러 또는 당시 환율로 환산한 원화), 대형 계약 위주의 선별 목록입니다. 합계는 연간 총액이 아닙니다: 빠진 계약이 있고, 금액과 환율이 방위사업청 집계와 다릅니다. 금액이 보도되지 않은 계약은 그래프가 아닌 표에만 있습니다.",
    "chart.buyers.other": "기타 구매국",
    "chart.buyers.totalKey": "연간 전체 수주액",
    "chart.buyers.annualTotal": "연간 전체 수주액: {total}",
    "chart.buyers.noAnnualTotal": "이 연도의 연간 총액 없음",
    "chart.buyers.tooltipTitle": "{year}: 계약 {count}건, {sum}",
    "chart.buyers.tooltipBuyer": "{buyer}: {value}, 연간 총액의 {share}",
    "chart.buyers.tooltipOthers": "기타 {count}개국: {value}",
    "chart.buyers.tooltipSource": "출처: {source}",
    "chart.buyers.tooltipSources": "출처: {source} 외 {count}건(표 참조)",
    "chart.buyers.noValue": "금액 미보도",
    "chart.buyers.allDeals": "목록의 계약 전체",
    "chart.buyers.buyer": "구매국",
    "chart.buyers.deal": "계약",
    "chart.buyers.headline": "한국 무기 최대 구매국은 {buyer}",
  },
);

/** The interface's messages, those all charts share, and this chart's own. */
export const chartTranslator = chartTranslatorFor(messages);
export type ChartTranslate = ReturnType<typeof chartTranslator>;
