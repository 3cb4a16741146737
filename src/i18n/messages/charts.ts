/** Titles, takeaways, descriptions and labels of the charts (one block per chart id). */
import { defineMessages } from "./define.ts";

export const charts = defineMessages(
  {
    "chart.annual-exports.title": "South Korea's arms exports by year",
    "chart.annual-exports.subtitle": "Contracts signed in each year, USD billion (nominal)",
    "chart.annual-exports.takeaway": "Exports rebounded to {latest} in {latestYear} ({change} on {previousYear}) after {declineCount} years of decline from the {recordYear} record of {record}. The {targetYear} goal is {target} a year.",
    "chart.annual-exports.axis": "USD billion",
    "chart.annual-exports.description": "Bar chart of South Korea's arms-export contracts from {from} to {to}. The highest year is {recordYear} at {record}. The latest year, {latestYear}, is {latest}. Years with disputed figures show the range of values sources give.",
    "chart.annual-exports.target": "{targetYear} goal: {target}",
  },
  {
    "chart.annual-exports.title": "연도별 한국 방산 수출",
    "chart.annual-exports.subtitle": "해당 연도 수주(계약) 금액, 억 달러(명목)",
    "chart.annual-exports.takeaway": "{latestYear} 수출은 {latest}로, {recordYear} 최고치 {record} 이후 {declineCount}년 연속 감소했다가 반등했습니다({previousYear} 대비 {change}). {targetYear} 목표는 연간 {target}입니다.",
    "chart.annual-exports.axis": "억 달러",
    "chart.annual-exports.description": "{from}부터 {to}까지 한국 방산 수주액 막대 차트. 최고치는 {recordYear} {record}, 최근 연도인 {latestYear}는 {latest}입니다. 출처마다 수치가 다른 연도는 범위로 표시합니다.",
    "chart.annual-exports.target": "{targetYear} 목표: {target}",
  },
);
