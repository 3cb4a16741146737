/** Strings of the present surface (slides, deck controls, speaker notes). */
import { defineMessages } from "./define.ts";

export const present = defineMessages(
  {
    "present.docTitle": "{slide} — Briefing slides — K-Defense Export Monitor",
    "present.deck": "Briefing slides",
    "present.slideLabel": "Slide {n} of {count}",
    "present.counter": "{n} / {count}",
    "present.prev": "Previous slide",
    "present.next": "Next slide",
    "present.notes": "Speaker notes",
    "present.notesToggle": "Notes (n)",
    "present.fullscreen": "Full screen (f)",
    "present.exit": "Back to the explorer (Esc)",
    "present.keys":
      "Keys: → or Space next, ← previous, s presenter view with notes, f or F5 full screen, b blank, Esc back to the explorer.",
    "present.notice.outOfRange": "There is no slide {value}: showing slide {n} of {count}.",
    "present.notice.notANumber": "“{value}” is not a slide number: showing slide {n} of {count}.",
    "present.notice.param": "Ignored {param}={value}.",
    "present.notice.fullscreen": "Full screen is not available in this browser window.",
    "present.notice.dismiss": "Dismiss",

    "present.title.kicker": "Briefing",
    "present.title.subject": "South Korea's arms exports and the {targetYear} goals",
    "present.title.date": "Data as of {date}",
    "present.title.source": "Main source: {source}",
    "present.title.count":
      "Every figure sourced: {count} sources, from the open dataset of the K-Defense Export Monitor.",

    "present.key.heading": "Key figures",
    "present.key.latest": "Exports in {year} (contracts signed)",
    "present.key.record": "Record year, {year}",
    "present.key.target": "Goal for {year}, a year",
    "present.key.growth": "Growth needed each year, {from}–{to} (our calculation)",
    "present.key.share": "Share goal for {year}: now {share} ({period}, SIPRI)",

    "present.chart.unavailable":
      "This chart cannot be drawn ({reason}). Its figures are in the explorer and in the dataset.",
    "present.chart.tableFallback": "The chart could not be drawn, so here are its numbers.",

    "present.quotes.heading": "In the minister's words",
    "present.quotes.quote": "“{text}”",
    "present.quotes.credit": "{speaker}, quoted by {outlet}, {date}",

    "present.sources.heading": "Sources",
    "present.sources.more":
      "…and {count} more. Every source, with links, is in the explorer and in the dataset ({path}).",

    "present.notes.print": "Print or save as PDF with these notes below each slide",
    "present.notes.basis": "Basis",
    "present.notes.disputed": "Disputed values",
    "present.notes.noDisputed": "No figure on this slide is disputed between sources.",
    "present.notes.also": "also {values}",
    "present.notes.sources": "Sources for this slide's numbers",
    "present.notes.title": "The deck is generated from the dataset of {date}; {count} sources.",
    "present.notes.quotes": "From {outlet} ({date}). {dateNote}",
    "present.notes.sources.slide":
      "{count} sources in all. The full list with links is in the explorer and the dataset file {path}.",

    "present.presenter.title": "Presenter view",
    "present.presenter.docTitle": "Presenter view: {slide} — K-Defense Export Monitor",
    "present.presenter.current": "Current slide",
    "present.presenter.next": "Next: {slide}",
    "present.presenter.end": "End of the deck",
    "present.presenter.elapsed": "Elapsed",
    "present.presenter.reset": "Reset timer",
    "present.presenter.audience": "Audience window",
    "present.presenter.connected": "in step",
    "present.presenter.waiting": "not found: open the deck and press s there",
    "present.presenter.blanked.black": "Audience screen is black (any key restores)",
    "present.presenter.blanked.white": "Audience screen is white (any key restores)",
    "present.presenter.notesHidden": "Notes hidden (n shows them)",
    "present.presenter.keys":
      "Keys here move both windows: → ← Home End, b or . black, w or , white, n hide or show the notes.",
    "present.presenter.open": "Presenter view (s)",
    "present.presenter.blocked":
      "The browser blocked the presenter window. Allow pop-ups for this site, then press s again.",
    "present.notes.elsewhere": "Speaker notes are in the presenter view (s), never on the projected screen.",
    "present.notes.takeaway": "The chart's takeaway in full",
    "present.blank": "Screen blanked; press any key or click to show the slide again.",
  },
  {
    "present.docTitle": "{slide} — 브리핑 슬라이드 — K-방산 수출 모니터",
    "present.deck": "브리핑 슬라이드",
    "present.slideLabel": "슬라이드 {n}/{count}",
    "present.counter": "{n} / {count}",
    "present.prev": "이전 슬라이드",
    "present.next": "다음 슬라이드",
    "present.notes": "발표자 노트",
    "present.notesToggle": "노트 (n)",
    "present.fullscreen": "전체 화면 (f)",
    "present.exit": "탐색 화면으로 돌아가기 (Esc)",
    "present.keys":
      "키: → 또는 스페이스 다음, ← 이전, s 노트가 있는 발표자 화면, f 또는 F5 전체 화면, b 화면 가리기, Esc 탐색 화면으로.",
    "present.notice.outOfRange": "{value}번 슬라이드는 없습니다. 슬라이드 {n}/{count}을 표시합니다.",
    "present.notice.notANumber": "“{value}”은(는) 슬라이드 번호가 아닙니다. 슬라이드 {n}/{count}을 표시합니다.",
    "present.notice.param": "{param}={value} 값은 무시했습니다.",
    "present.notice.fullscreen": "이 브라우저 창에서는 전체 화면을 쓸 수 없습니다.",
    "present.notice.dismiss": "닫기",

    "present.title.kicker": "브리핑",
    "present.title.subject": "한국 방산 수출과 {targetYear}년 목표",
    "present.title.date": "{date} 기준 데이터",
    "present.title.source": "주요 출처: {source}",
    "present.title.count": "모든 수치에 출처를 밝혔습니다: K-방산 수출 모니터 공개 데이터, 출처 {count}건.",

    "present.key.heading": "핵심 수치",
    "present.key.latest": "{year} 수출(수주 기준)",
    "present.key.record": "역대 최고치, {year}",
    "present.key.target": "{year} 목표(연간)",
    "present.key.growth": "필요한 연평균 성장률, {from}~{to}(자체 계산)",
    "present.key.share": "{year} 점유율 목표: 현재 {share}({period}, SIPRI)",

    "present.chart.unavailable": "이 차트를 그릴 수 없습니다({reason}). 수치는 탐색 화면과 데이터 파일에 있습니다.",
    "present.chart.tableFallback": "차트를 그리지 못해 수치를 표로 보여 드립니다.",

    "present.quotes.heading": "장관의 발언",
    "present.quotes.quote": "“{text}”",
    "present.quotes.credit": "{speaker}, {outlet} 보도, {date}",

    "present.sources.heading": "출처",
    "present.sources.more": "…외 {count}건. 모든 출처와 링크는 탐색 화면과 데이터 파일({path})에 있습니다.",

    "present.notes.print": "각 슬라이드 아래에 노트를 넣어 인쇄하거나 PDF로 저장",
    "present.notes.basis": "기준",
    "present.notes.disputed": "출처별로 다른 수치",
    "present.notes.noDisputed": "이 슬라이드의 수치는 출처 간에 다르지 않습니다.",
    "present.notes.also": "다른 수치: {values}",
    "present.notes.sources": "이 슬라이드 수치의 출처",
    "present.notes.title": "이 슬라이드는 {date} 데이터에서 생성했습니다. 출처 {count}건.",
    "present.notes.quotes": "{outlet} ({date}). {dateNote}",
    "present.notes.sources.slide":
      "출처는 모두 {count}건입니다. 링크가 있는 전체 목록은 탐색 화면과 데이터 파일 {path}에 있습니다.",

    "present.presenter.title": "발표자 화면",
    "present.presenter.docTitle": "발표자 화면: {slide} — K-방산 수출 모니터",
    "present.presenter.current": "현재 슬라이드",
    "present.presenter.next": "다음: {slide}",
    "present.presenter.end": "마지막 슬라이드입니다",
    "present.presenter.elapsed": "경과 시간",
    "present.presenter.reset": "타이머 초기화",
    "present.presenter.audience": "청중 화면",
    "present.presenter.connected": "연동됨",
    "present.presenter.waiting": "찾을 수 없음: 슬라이드 창에서 s를 누르세요",
    "present.presenter.blanked.black": "청중 화면이 검은 화면입니다(아무 키나 누르면 복귀)",
    "present.presenter.blanked.white": "청중 화면이 흰 화면입니다(아무 키나 누르면 복귀)",
    "present.presenter.notesHidden": "노트 숨김(n을 누르면 표시)",
    "present.presenter.keys":
      "여기서 누른 키는 두 창을 함께 움직입니다: → ← Home End, b 또는 . 검은 화면, w 또는 , 흰 화면, n 노트 숨기기/보이기.",
    "present.presenter.open": "발표자 화면 (s)",
    "present.presenter.blocked": "브라우저가 발표자 창을 막았습니다. 이 사이트의 팝업을 허용한 뒤 s를 다시 누르세요.",
    "present.notes.elsewhere": "발표자 노트는 발표자 화면(s)에만 나오며 청중 화면에는 나오지 않습니다.",
    "present.notes.takeaway": "차트 요약 전문",
    "present.blank": "화면을 가렸습니다. 아무 키나 누르거나 클릭하면 슬라이드가 다시 보입니다.",
  },
);
