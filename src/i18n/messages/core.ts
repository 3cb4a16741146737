/** Interface strings shared by every surface: loading, errors, chart frame, table, footer. */
import { defineMessages } from "./define.ts";

export const core = defineMessages(
  {
    "app.title": "K-Defense Export Monitor",
    "app.tagline":
      "South Korea's arms exports: contracts signed, world share and the government's goals, every number sourced.",
    "app.skip": "Skip to the chart",

    "status.loading": "Loading the dataset…",
    "status.slow": "This is taking longer than usual. The dataset is still loading.",
    "status.retry": "Try again",
    "status.error.title": "The data could not be loaded",
    "status.error.http404":
      "The dataset file was not found on the server (404). The site may be mid-deploy; try again in a minute, or download the data from the project's repository.",
    "status.error.http": "The server answered with an error ({status}). Try again in a moment.",
    "status.error.network": "The network request failed. Check your connection and try again.",
    "status.error.timeout": "The server did not answer in time. Check your connection and try again.",
    "status.error.malformed":
      "The dataset file is damaged: it is not valid JSON ({detail}). Please report this; trying again will not help.",
    "status.error.invalid":
      "The dataset file does not match the expected format ({count} problems). Please report this; trying again will not help.",
    "status.error.invalidOne":
      "The dataset file does not match the expected format (1 problem). Please report this; trying again will not help.",
    "status.dataset.alternative": "Alternative dataset: {path}. These are not the published figures.",
    "chunk.network":
      "Part of this page could not be downloaded. Check your connection and try again; your view is kept in the address.",
    "chunk.newVersion":
      "A new version of this site has been published since you opened this page. Reload to get it; your view is kept in the address.",
    "chunk.retry": "Try again",
    "chunk.reload": "Reload the page",
    "status.checking": "Checking the dataset…",
    "status.error.draw":
      "The data loaded and is valid, but this page could not be drawn from it. Reload the page; if it happens again, please report it.",
    "status.error.drawUnchecked":
      "This page could not be drawn from the data, and this browser could not check the data file. Reload the page; if it happens again, please report it.",
    "status.error.details": "Technical details",

    "chart.record": "Record",
    "chart.decline": "Decline",
    "chart.rebound": "Rebound",
    "chart.estimate": "Estimate",
    "chart.disputed": "Sources differ",
    "chart.range": "Range across sources: {low} to {high}",
    "chart.sourceLine": "Source: {sources}",
    "chart.moreSources": "and {count} more sources",
    "chart.sourceListPage": "All {count} sources, on a page of their own",
    "sources.page.title": "Sources: {chart}",
    "sources.page.back": "Back to the chart",
    "source.copyOf": "{outlet} (copy at {host})",
    "source.kind.primary": "Primary source",
    "source.kind.news": "News report",
    "source.kind.secondary": "Secondary: copy, aggregator or blog",
    "source.secondaryOnly": "Only secondary sources (copies, aggregators, blogs) back this.",
    "chart.basis.contract":
      "Basis: value of export contracts signed in the year (DAPA/MND), not deliveries; nominal US dollars.",
    "chart.showTable": "Table",
    "chart.showChart": "Chart",
    "chart.view": "View",

    "table.year": "Year",
    "table.value": "Value",
    "table.change": "Change",
    "table.status": "Status",
    "table.alternates": "Other reported values",
    "table.sources": "Sources",
    "table.none": "—",

    "status.official": "official",
    "status.reported": "reported",
    "status.estimate": "estimate",
    "status.projection": "projection",

    "footer.data": "Data: {count} sources, last updated {date}.",
    "footer.download": "Download the full dataset (JSON)",
  },
  {
    "app.title": "K-방산 수출 모니터",
    "app.tagline": "한국의 방산 수출: 연도별 수주액, 세계 점유율, 정부 목표. 모든 수치에 출처를 밝힙니다.",
    "app.skip": "차트로 건너뛰기",

    "status.loading": "데이터를 불러오는 중…",
    "status.slow": "평소보다 오래 걸리고 있습니다. 데이터를 계속 불러오는 중입니다.",
    "status.retry": "다시 시도",
    "status.error.title": "데이터를 불러오지 못했습니다",
    "status.error.http404":
      "서버에서 데이터 파일을 찾을 수 없습니다(404). 배포 중일 수 있으니 잠시 후 다시 시도하거나 프로젝트 저장소에서 데이터를 내려받으세요.",
    "status.error.http": "서버가 오류로 응답했습니다({status}). 잠시 후 다시 시도하세요.",
    "status.error.network": "네트워크 요청에 실패했습니다. 연결을 확인한 뒤 다시 시도하세요.",
    "status.error.timeout": "서버가 제시간에 응답하지 않았습니다. 연결을 확인한 뒤 다시 시도하세요.",
    "status.error.malformed":
      "데이터 파일이 손상되었습니다. 올바른 JSON이 아닙니다({detail}). 다시 시도해도 해결되지 않으니 알려 주세요.",
    "status.error.invalid":
      "데이터 파일이 예상 형식과 맞지 않습니다(문제 {count}건). 다시 시도해도 해결되지 않으니 알려 주세요.",
    "status.error.invalidOne":
      "데이터 파일이 예상 형식과 맞지 않습니다(문제 1건). 다시 시도해도 해결되지 않으니 알려 주세요.",
    "status.dataset.alternative": "대체 데이터셋: {path}. 공개된 수치가 아닙니다.",
    "chunk.network":
      "페이지의 일부를 내려받지 못했습니다. 연결을 확인하고 다시 시도해 주세요. 보던 화면은 주소에 남아 있습니다.",
    "chunk.newVersion":
      "이 페이지를 연 뒤 사이트의 새 버전이 배포되었습니다. 새로 고쳐 받아 주세요. 보던 화면은 주소에 남아 있습니다.",
    "chunk.retry": "다시 시도",
    "chunk.reload": "페이지 새로 고침",
    "status.checking": "데이터를 확인하는 중…",
    "status.error.draw":
      "데이터는 불러왔고 형식도 맞지만 이 페이지를 그리지 못했습니다. 페이지를 새로 고치세요. 다시 일어나면 알려 주세요.",
    "status.error.drawUnchecked":
      "이 페이지를 데이터로 그리지 못했고, 이 브라우저에서는 데이터 파일을 확인하지 못했습니다. 페이지를 새로 고치세요. 다시 일어나면 알려 주세요.",
    "status.error.details": "기술 정보",

    "chart.record": "최고치",
    "chart.decline": "감소",
    "chart.rebound": "반등",
    "chart.estimate": "추정",
    "chart.disputed": "출처별 상이",
    "chart.range": "출처별 범위: {low}~{high}",
    "chart.sourceLine": "출처: {sources}",
    "chart.moreSources": "외 출처 {count}건",
    "chart.sourceListPage": "출처 {count}건 전체 (별도 페이지)",
    "sources.page.title": "출처: {chart}",
    "sources.page.back": "차트로 돌아가기",
    "source.copyOf": "{outlet} ({host} 사본)",
    "source.kind.primary": "1차 자료",
    "source.kind.news": "언론 보도",
    "source.kind.secondary": "2차 자료: 사본·집계·블로그",
    "source.secondaryOnly": "2차 자료(사본·집계·블로그)만 뒷받침합니다.",
    "chart.basis.contract": "기준: 해당 연도에 체결된 수출 계약 금액(방위사업청·국방부), 인도액 아님. 명목 미국 달러.",
    "chart.showTable": "표",
    "chart.showChart": "차트",
    "chart.view": "보기",

    "table.year": "연도",
    "table.value": "값",
    "table.change": "증감",
    "table.status": "구분",
    "table.alternates": "다른 보도 수치",
    "table.sources": "출처",
    "table.none": "—",

    "status.official": "공식",
    "status.reported": "보도",
    "status.estimate": "추정",
    "status.projection": "전망",

    "footer.data": "데이터: 출처 {count}건, 최종 갱신 {date}.",
    "footer.download": "전체 데이터 내려받기(JSON)",
  },
);
