/** Strings of the article panel beside the explorer's charts. */
import { defineMessages } from "./define.ts";

export const article = defineMessages(
  {
    "article.heading": "From the article",
    "article.descriptive": "Descriptive title: the stored article text has no headline.",
    "article.dateNote": "About the date and link",
    "article.summary": "Summary",
    "article.quotes": "In their words",
    "article.figures": "Figures in the article",
    "article.hint": "Select a figure to see it in its chart.",
    "article.link": "The Korea Herald home page",
  },
  {
    "article.heading": "기사 요약",
    "article.descriptive": "설명용 제목: 저장된 기사 본문에 제목이 없습니다.",
    "article.dateNote": "날짜와 링크에 대해",
    "article.summary": "요약",
    "article.quotes": "발언",
    "article.figures": "기사 속 수치",
    "article.hint": "수치를 선택하면 해당 차트에서 보여 줍니다.",
    "article.link": "코리아헤럴드 홈페이지",
  },
);
