/** The annual-exports chart's words in both languages; `chart.annual-exports.label` names it in the picker and elsewhere. */
import { defineMessages } from "@/i18n/messages/define.ts";
import { chartTranslatorFor } from "@/charts/shared/messages.ts";

export const messages = defineMessages(
  {
    "chart.annual-exports.label": "Exports by year",
    "chart.annual-exports.title": "South Korea's arms exports by year",
    "chart.annual-exports.subtitle": "Contracts signed in each year, USD billion (nominal)",
    "chart.annual-exports.key.separator": "; ",
    "chart.annual-exports.key.estimate": "hatched: estimate",
    "chart.annual-exports.key.range": "whiskers: range the sources give",
    "chart.annual-exports.takeaway":
      "Exports rebounded to {latest} in {latestYear} ({change} on {previousYear}) after {declineCount} years of decline from the {recordYear} record of {record}. The {targetYear} goal is {target} a year.",
    "chart.annual-exports.takeaway.plain":
      "Exports were {latest} in {latestYear} ({change} on {previousYear}); the record is {record} in {recordYear}. The {targetYear} goal is {target} a year.",
    "chart.annual-exports.description":
      "Chart of South Korea's arms-export contracts from {from} to {to}. The highest year is {recordYear} at {record}. The latest year, {latestYear}, is {latest}. Years with disputed figures show the range of values sources give.{estimates}",
    "chart.annual-exports.estimates": " {years} are estimates (about {value} a year; hatched bars, labelled ≈).",
    "chart.annual-exports.headline.rebound": "Exports rebounded to {latest} in {year}",
    "chart.annual-exports.headline": "Exports were {latest} in {year}",
  },
  {
    "chart.annual-exports.label": "연도별 수출",
    "chart.annual-exports.title": "연도별 한국 방산 수출",
    "chart.annual-exports.subtitle": "해당 연도 수주(계약) 금액, 억 달러(명목)",
    "chart.annual-exports.key.separator": ". ",
    "chart.annual-exports.key.estimate": "빗금: 추정치",
    "chart.annual-exports.key.range": "세로 선: 출처별 수치 범위",
    "chart.annual-exports.takeaway":
      "{latestYear} 수출 {latest}: {recordYear} 최고치 {record} 이후 {declineCount}년 연속 감소했다가 반등했습니다({previousYear} 대비 {change}). {targetYear} 목표는 연간 {target}입니다.",
    "chart.annual-exports.takeaway.plain":
      "{latestYear} 수출 {latest}({previousYear} 대비 {change}). 최고치는 {recordYear} {record}입니다. {targetYear} 목표는 연간 {target}입니다.",
    "chart.annual-exports.description":
      "{from}부터 {to}까지 한국 방산 수주액 차트. 최고치는 {recordYear} {record}, 최근 연도 {latestYear}: {latest}. 출처마다 수치가 다른 연도는 범위로 표시합니다.{estimates}",
    "chart.annual-exports.estimates": " {years}는 추정치입니다(연간 약 {value}, 빗금 막대에 '약' 표시).",
    "chart.annual-exports.headline.rebound": "{year} 수출, {latest}로 반등",
    "chart.annual-exports.headline": "{year} 수출 {latest}",
  },
);

/** The interface's messages, those all charts share, and this chart's own. */
export const chartTranslator = chartTranslatorFor(messages);
export type ChartTranslate = ReturnType<typeof chartTranslator>;
