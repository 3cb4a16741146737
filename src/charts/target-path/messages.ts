/** The target-path chart's words in both languages; `chart.target-path.label` names it in the picker and elsewhere. */
import { defineMessages } from "@/i18n/messages/define.ts";
import { chartTranslatorFor } from "@/charts/shared/messages.ts";

export const messages = defineMessages(
  {
    "chart.target-path.label": "Path to the export goal",
    "chart.rate.exact": "{rate} a year",
    "chart.rate.approx": "≈ {rate} a year",
    "chart.rate.at-least": "at least {rate} a year",
    "chart.rate.at-most": "up to {rate} a year",
    "chart.target-path.title": "The path to the {target} goal",
    "chart.target-path.subtitle":
      "Contracts signed per year, USD billion (nominal); dashed: the growth the {targetYear} goal requires",
    "chart.target-path.takeaway":
      "Reaching {target} by {targetYear} takes growth of {required} from {latestYear}'s {latest}.",
    "chart.target-path.takeaway.below":
      "Reaching {target} by {targetYear} takes growth of {required} from {latestYear}'s {latest}, slower than the {past} Korea managed in {pastYears}.",
    "chart.target-path.takeaway.above":
      "Reaching {target} by {targetYear} takes growth of {required} from {latestYear}'s {latest}, faster even than the {past} of {pastYears}.",
    "chart.target-path.description":
      "Line chart of South Korea's arms-export contracts from {from} to {to}, then a dashed projection from {latestYear}'s {latest} to the {targetYear} goal of {target}, which takes growth of {required}. Growth in the past: {past}.",
    "chart.target-path.basis":
      "Basis: value of export contracts signed in the year (DAPA/MND), nominal US dollars, the same basis as the goal. The dashed path is arithmetic, not a forecast: constant growth from the latest year to the goal. The latest year is given as {latest}, so the growth needed is at most the rate shown, and past rates ending there are at least the rates shown; rates from an estimated year are approximate (≈).",
    "chart.target-path.actual": "Contracts signed",
    "chart.target-path.projection": "Projection at the rate needed: {rate}",
    "chart.target-path.projectedValue": "On the path to the goal ({rate}): {value}. A projection, not a forecast.",
    "chart.target-path.ratesTitle": "Growth per year (compound)",
    "chart.target-path.needed": "Needed {years}",
    "chart.target-path.period": "Year or period",
    "chart.target-path.cagr": "compound annual growth",
    "chart.target-path.computed": "computed from the figures above",
    "chart.target-path.headline": "{target} a year by {year} takes {growth} growth a year",
  },
  {
    "chart.target-path.label": "수출 목표 경로",
    "chart.rate.exact": "연 {rate}",
    "chart.rate.approx": "연 약 {rate}",
    "chart.rate.at-least": "연 {rate} 이상",
    "chart.rate.at-most": "연 최대 {rate}",
    "chart.target-path.title": "{target} 목표까지의 경로",
    "chart.target-path.subtitle": "연도별 수주(계약) 금액, 억 달러(명목). 점선: {targetYear} 목표에 필요한 성장",
    "chart.target-path.takeaway":
      "{targetYear}까지 {target}에 이르려면 {latestYear}의 {latest}에서 {required} 성장해야 합니다.",
    "chart.target-path.takeaway.below":
      "{targetYear}까지 {target}에 이르려면 {latestYear}의 {latest}에서 {required} 성장하면 되며, 이는 {pastYears}의 {past}보다 느린 속도입니다.",
    "chart.target-path.takeaway.above":
      "{targetYear}까지 {target}에 이르려면 {latestYear}의 {latest}에서 {required} 성장해야 하며, 이는 {pastYears}의 {past}보다도 빠른 속도입니다.",
    "chart.target-path.description":
      "{from}부터 {to}까지 한국 방산 수주액 선 차트와, {latestYear}의 {latest}에서 {targetYear} 목표 {target}까지 이어지는 점선 전망. 목표에는 {required} 성장이 필요합니다. 과거 성장률: {past}.",
    "chart.target-path.basis":
      "기준: 해당 연도에 체결된 수출 계약 금액(방위사업청·국방부), 명목 미국 달러로 목표와 같은 기준입니다. 점선은 예측이 아니라 계산입니다: 최근 연도에서 목표까지 일정한 비율로 성장한다고 가정한 경로입니다. 최근 연도 실적이 {latest}이므로 필요한 성장률은 표시된 값 이하이고, 그 해에서 끝나는 과거 성장률은 표시된 값 이상입니다. 추정 연도에서 시작하는 성장률은 근사치(약)입니다.",
    "chart.target-path.actual": "수주 실적",
    "chart.target-path.projection": "목표에 필요한 성장률 기준 전망: {rate}",
    "chart.target-path.projectedValue": "목표 경로({rate}) 상의 값: {value}. 예측이 아닌 계산값입니다.",
    "chart.target-path.ratesTitle": "연평균 성장률(복리)",
    "chart.target-path.needed": "필요 {years}",
    "chart.target-path.period": "연도·기간",
    "chart.target-path.cagr": "연평균 복리 성장률",
    "chart.target-path.computed": "위 수치로 계산",
    "chart.target-path.headline": "{year} 연 {target} 목표에는 매년 {growth} 성장 필요",
  },
);

/** The interface's messages, those all charts share, and this chart's own. */
export const chartTranslator = chartTranslatorFor(messages);
export type ChartTranslate = ReturnType<typeof chartTranslator>;
