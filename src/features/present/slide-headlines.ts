/**
 * A chart slide shows the chart's headline (each chart's own, `headline` in its folder) with the
 * first sentence of its basis; the full takeaway and basis go to the speaker notes.
 */

/** The first sentence of a basis note: what the numbers measure. The rest is in the speaker notes. */
export function firstSentence(text: string): string {
  // A full stop followed by a space or the end; "1.5" and "(≈)." inside a sentence do not end it.
  return text.match(/^.*?[.。](?=\s|$)/)?.[0] ?? text;
}
