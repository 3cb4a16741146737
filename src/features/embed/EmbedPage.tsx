/**
 * The body of an embed page around its articles, one per language (CSS shows the one <html lang>
 * names). Articles arrive rendered: each is rendered with the view store in its own language, which
 * the shared SourceLine reads.
 */
import type { ChartId } from "@/data/chart-ids.ts";

export function EmbedPage({ chart, articlesHtml }: { chart: ChartId; articlesHtml: string }) {
  return (
    <main
      id="kdem"
      className="px-3 py-3 sm:px-4"
      data-kdem-chart={chart}
      dangerouslySetInnerHTML={{ __html: articlesHtml }}
    />
  );
}
