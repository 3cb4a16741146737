/** The contracts-vs-deliveries chart's words in both languages. */
import { defineMessages } from "@/i18n/messages/define.ts";
import { chartTranslatorFor } from "@/charts/shared/messages.ts";

export const messages = defineMessages(
  {
    "chart.contracts-vs-deliveries.label": "Contracts vs deliveries",
    "chart.contracts-vs-deliveries.title": "Contracts signed and arms delivered",
    "chart.contracts-vs-deliveries.subtitle":
      "Two measures on two scales: contracts signed in each year (USD billion, DAPA) above, deliveries in each year (SIPRI TIV, millions) below",
    "chart.contracts-vs-deliveries.takeaway":
      "Contracts peaked at {record} in {recordYear}; deliveries, which SIPRI measures in its own volume units, went from {tivRecord} million TIV that year to {tivLatest} million in {latestYear} (×{multiple}): orders are delivered over years.",
    "chart.contracts-vs-deliveries.description":
      "Two bar charts sharing the years {from} to {to}. Above, contracts signed, USD billion: {contracts}. Below, deliveries in SIPRI trend-indicator values, millions: {deliveries}.",
    "chart.contracts-vs-deliveries.basis":
      "Basis: contracts are the value of export deals signed in the year (DAPA, USD, nominal); deliveries are the volume of major arms handed over in the year, in SIPRI trend-indicator values (TIV), K-Defense Export Monitor's totals from the SIPRI Arms Transfers Database (export of {generated}, complete to {lastYear}). TIV are not dollars, so the two scales are never one axis. A contract is delivered over several years (a fleet of tanks or howitzers arrives in batches), so deliveries lag contracts.",
    "chart.contracts-vs-deliveries.contracts": "Contracts signed, USD billion (DAPA)",
    "chart.contracts-vs-deliveries.deliveries": "Deliveries, SIPRI TIV millions (computed)",
    "chart.contracts-vs-deliveries.noDeliveries": "not yet in SIPRI's database",
    "chart.contracts-vs-deliveries.year": "Year",
    "chart.contracts-vs-deliveries.contractsColumn": "Contracts, USD bn",
    "chart.contracts-vs-deliveries.deliveriesColumn": "Deliveries, TIV millions",
    "chart.contracts-vs-deliveries.tooltip.contracts": "Contracts: {value} ({status})",
    "chart.contracts-vs-deliveries.tooltip.deliveries": "Deliveries: {value} million TIV (computed from SIPRI)",
    "chart.contracts-vs-deliveries.headline": "Contracts signed arrive as deliveries years later",
  },
  {
    "chart.contracts-vs-deliveries.label": "수주 대 인도",
    "chart.contracts-vs-deliveries.title": "수주 계약과 무기 인도",
    "chart.contracts-vs-deliveries.subtitle":
      "두 척도의 두 지표: 위는 해마다 체결된 수주 계약(미국 달러, 방위사업청), 아래는 해마다 인도된 물량(SIPRI TIV, 백만)",
    "chart.contracts-vs-deliveries.takeaway":
      "수주는 {recordYear}년 {record}로 정점을 찍었습니다. SIPRI가 자체 물량 단위로 재는 인도량은 그해 TIV {tivRecord}백만에서 {latestYear}년 {tivLatest}백만으로 늘었습니다(×{multiple}). 계약은 여러 해에 걸쳐 인도됩니다.",
    "chart.contracts-vs-deliveries.description":
      "{from}년부터 {to}년까지 연도를 공유하는 두 막대 차트. 위: 수주 계약, 미국 달러: {contracts}. 아래: SIPRI 추세지표가치 인도량, 백만: {deliveries}.",
    "chart.contracts-vs-deliveries.basis":
      "기준: 수주는 그해 체결된 수출 계약 금액(방위사업청, 미국 달러 명목)이고, 인도는 그해 넘겨진 주요 무기의 물량으로 SIPRI 추세지표가치(TIV)이며 K-방산 수출 모니터가 SIPRI 무기 이전 데이터베이스({generated} 내보내기, {lastYear}년까지 완전)로 합계를 냈습니다. TIV는 달러가 아니므로 두 척도를 한 축에 두지 않습니다. 계약은 여러 해에 걸쳐 인도되므로(전차·자주포는 여러 차례 나뉘어 도착) 인도는 계약보다 늦습니다.",
    "chart.contracts-vs-deliveries.contracts": "수주 계약, 미국 달러(방위사업청)",
    "chart.contracts-vs-deliveries.deliveries": "인도, SIPRI TIV 백만(계산)",
    "chart.contracts-vs-deliveries.noDeliveries": "SIPRI 데이터베이스에 아직 없음",
    "chart.contracts-vs-deliveries.year": "연도",
    "chart.contracts-vs-deliveries.contractsColumn": "수주, 미국 달러",
    "chart.contracts-vs-deliveries.deliveriesColumn": "인도, TIV 백만",
    "chart.contracts-vs-deliveries.tooltip.contracts": "수주: {value}({status})",
    "chart.contracts-vs-deliveries.tooltip.deliveries": "인도: TIV {value}백만(SIPRI 자료로 계산)",
    "chart.contracts-vs-deliveries.headline": "계약은 몇 년에 걸쳐 인도로 이어진다",
  },
);

/** The interface's messages, those all charts share, and this chart's own. */
export const chartTranslator = chartTranslatorFor(messages);
