/** Labels of the headline figures (src/ui/figure-links.ts): the key-figure strip, the article's chips and the deck's key-figures slide. */
import { defineMessages } from "./define.ts";

export const figures = defineMessages(
  {
    "figure.latest": "Exports in {year}",
    "figure.change": "Change on {year}",
    "figure.record": "Record, {year}",
    "figure.gap": "Short of the {year} goal of {target}",
    "figure.growth": "Growth needed each year to {year}",
    "figure.target": "Goal for {year}",
    "figure.share": "Share goal, {year}",
  },
  {
    "figure.latest": "{year} 수출",
    "figure.change": "{year} 대비 증감",
    "figure.record": "최고치({year})",
    "figure.gap": "{year} 목표 {target}까지 남은 금액",
    "figure.growth": "{year}까지 필요한 연평균 성장률",
    "figure.target": "{year} 목표",
    "figure.share": "{year} 점유율 목표",
  },
);
