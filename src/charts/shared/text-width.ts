/**
 * The one text-width estimate: chart layout (labels, margins), baked SVGs in jsdom (which has no
 * font metrics) and the text of downloaded images all measure with it, so they agree. Hangul, CJK
 * and full-width glyphs are about 1 em; other characters at most about 0.62 em in the UI fonts,
 * which errs on the wide side so nothing laid out with it overflows.
 */
const WIDE = /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/;

export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : 0.62;
  return em * fontSize * (bold ? 1.08 : 1);
}
