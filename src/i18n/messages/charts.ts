/** Titles, takeaways, descriptions and labels of the charts (one block per chart id). */
import { defineMessages } from "./define.ts";

export const charts = defineMessages(
  {
    "chart.annual-exports.title": "South Korea's arms exports by year",
    "chart.annual-exports.subtitle": "Contracts signed in each year, USD billion (nominal)",
    "chart.annual-exports.takeaway":
      "Exports rebounded to {latest} in {latestYear} ({change} on {previousYear}) after {declineCount} years of decline from the {recordYear} record of {record}. The {targetYear} goal is {target} a year.",
    "chart.annual-exports.takeaway.plain":
      "Exports were {latest} in {latestYear} ({change} on {previousYear}); the record is {record} in {recordYear}. The {targetYear} goal is {target} a year.",
    "chart.annual-exports.description":
      "Chart of South Korea's arms-export contracts from {from} to {to}. The highest year is {recordYear} at {record}. The latest year, {latestYear}, is {latest}. Years with disputed figures show the range of values sources give.{estimates}",
    "chart.annual-exports.estimates": " {years} are estimates (about {value} a year; hatched bars, labelled ≈).",
    "chart.annual-exports.target": "{targetYear} goal: {target}",

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

    "chart.world-share.title": "South Korea's share of world arms exports",
    "chart.world-share.subtitle":
      "Share of the volume of major arms delivered worldwide (SIPRI TIV), by five-year period, %",
    "chart.world-share.takeaway":
      "Korea delivered {share} of the world's major arms in {period}, against goals of {goals}; {target} is {gap} more, {multiple} times that share.",
    "chart.world-share.takeaway.newer": "SIPRI's newer {period} figure is {share}.",
    "chart.world-share.description":
      "Bar chart of South Korea's share of world arms deliveries in {count} SIPRI five-year periods from {from} to {to}: {values}. Reference lines mark the goals: {goals}.",
    "chart.world-share.basis":
      "Basis: SIPRI trend-indicator values (TIV), the volume of major conventional arms delivered over five years; not US dollars and not contracts signed. SIPRI revises past figures every March, so each period names the edition it comes from, and figures from different editions are not strictly comparable.",
    "chart.world-share.goal": "{share} by {year}",
    "chart.world-share.rank": "Rank among exporters: {rank}",
    "chart.world-share.period": "Period",
    "chart.world-share.share": "Share of world exports",
    "chart.world-share.rankColumn": "Rank",
    "chart.world-share.edition": "SIPRI edition",

    "chart.top-exporters.title": "The world's largest arms exporters, {period}",
    "chart.top-exporters.subtitle": "Share of the volume of major arms delivered worldwide (SIPRI TIV), %, {edition}",
    "chart.top-exporters.takeaway":
      "South Korea was the {rank}-largest exporter in {period} with {share}. Reaching {goalRank} place, the goal, means passing {holder}'s {threshold}: {gap} more, {multiple} times Korea's share.",
    "chart.top-exporters.description":
      "Horizontal bar chart of the {count} largest arms exporters in {period}: {values}. A line marks {threshold}, the share of {holder} in {goalRank} place. South Korea is {rank} with {share}.",
    "chart.top-exporters.basis":
      "Basis: SIPRI trend-indicator values (TIV), the volume of major conventional arms delivered in the five years; not US dollars and not contracts signed. {edition}; SIPRI revises past figures every March. All other exporters together are listed in the table.",
    "chart.top-exporters.threshold": "{goalRank} place: {threshold}",
    "chart.top-exporters.rank": "Rank",
    "chart.top-exporters.country": "Exporter",

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
    "chart.buyers.noValue": "value not reported",
    "chart.buyers.allDeals": "All deals listed",
    "chart.buyers.buyer": "Buyer",
    "chart.buyers.deal": "Deal",
  },
  {
    "chart.annual-exports.title": "연도별 한국 방산 수출",
    "chart.annual-exports.subtitle": "해당 연도 수주(계약) 금액, 억 달러(명목)",
    "chart.annual-exports.takeaway":
      "{latestYear} 수출 {latest}: {recordYear} 최고치 {record} 이후 {declineCount}년 연속 감소했다가 반등했습니다({previousYear} 대비 {change}). {targetYear} 목표는 연간 {target}입니다.",
    "chart.annual-exports.takeaway.plain":
      "{latestYear} 수출 {latest}({previousYear} 대비 {change}). 최고치는 {recordYear} {record}입니다. {targetYear} 목표는 연간 {target}입니다.",
    "chart.annual-exports.description":
      "{from}부터 {to}까지 한국 방산 수주액 차트. 최고치는 {recordYear} {record}, 최근 연도 {latestYear}: {latest}. 출처마다 수치가 다른 연도는 범위로 표시합니다.{estimates}",
    "chart.annual-exports.estimates": " {years}는 추정치입니다(연간 약 {value}, 빗금 막대에 '약' 표시).",
    "chart.annual-exports.target": "{targetYear} 목표: {target}",

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

    "chart.world-share.title": "세계 무기 수출에서 한국의 점유율",
    "chart.world-share.subtitle": "전 세계 주요 무기 인도 물량(SIPRI TIV) 중 한국 비중, 5년 단위, %",
    "chart.world-share.takeaway":
      "{period} 한국은 세계 주요 무기 인도 물량의 {share}를 차지했습니다. 목표는 {goals}이며, {target}는 {gap} 높은, 지금의 {multiple}배 수준입니다.",
    "chart.world-share.takeaway.newer": "SIPRI의 최신 {period} 수치는 {share}입니다.",
    "chart.world-share.description":
      "SIPRI 5년 단위 {count}개 기간({from}부터 {to}까지)의 세계 무기 인도 물량 중 한국 점유율 막대 차트: {values}. 기준선은 목표를 나타냅니다: {goals}.",
    "chart.world-share.basis":
      "기준: SIPRI 추세지표가치(TIV), 5년간 인도된 주요 재래식 무기의 물량입니다. 미국 달러 금액도, 수주 계약액도 아닙니다. SIPRI는 매년 3월 과거 수치를 수정하므로 기간마다 출처 판(edition)을 밝히며, 판이 다른 수치끼리는 엄밀히 비교할 수 없습니다.",
    "chart.world-share.goal": "{year}까지 {share}",
    "chart.world-share.rank": "수출국 순위: {rank}",
    "chart.world-share.period": "기간",
    "chart.world-share.share": "세계 수출 점유율",
    "chart.world-share.rankColumn": "순위",
    "chart.world-share.edition": "SIPRI 판",

    "chart.top-exporters.title": "세계 주요 무기 수출국, {period}",
    "chart.top-exporters.subtitle": "전 세계 주요 무기 인도 물량(SIPRI TIV) 중 비중, %, {edition}",
    "chart.top-exporters.takeaway":
      "{period} 한국은 {share}로 수출국 {rank}였습니다. 목표인 {goalRank}에 오르려면 {holder}의 {threshold}를 넘어야 합니다. {gap} 높은, 한국 점유율의 {multiple}배입니다.",
    "chart.top-exporters.description":
      "{period} 상위 {count}개 무기 수출국 가로 막대 차트: {values}. 세로선은 {goalRank}인 {holder}의 점유율 {threshold}입니다. 한국은 {share}로 {rank}입니다.",
    "chart.top-exporters.basis":
      "기준: SIPRI 추세지표가치(TIV), 5년간 인도된 주요 재래식 무기의 물량입니다. 미국 달러 금액도, 수주 계약액도 아닙니다. {edition}; SIPRI는 매년 3월 과거 수치를 수정합니다. 나머지 수출국 합계는 표에 있습니다.",
    "chart.top-exporters.threshold": "{goalRank}: {threshold}",
    "chart.top-exporters.rank": "순위",
    "chart.top-exporters.country": "수출국",

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
    "chart.buyers.noValue": "금액 미보도",
    "chart.buyers.allDeals": "목록의 계약 전체",
    "chart.buyers.buyer": "구매국",
    "chart.buyers.deal": "계약",
  },
);
