import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { Suspense, type ReactNode } from "react";
import { lazyChunk } from "@/data/lazy-chunk.ts";
import type { Dataset } from "@/data/schema.ts";
import { ExploreScreen } from "@/features/explore/ExploreScreen.tsx";
import { ChunkBoundary } from "@/ui/ChunkBoundary.tsx";

// The article is its own chunk: it sits beside (or below) the chart, so it need not delay the chart.
const ArticlePanel = lazyChunk(() => import("@/features/article/ArticlePanel.tsx").then((m) => m.ArticlePanel));

/** Starts the article's download at page start, beside the dataset's, so it is there when the data is. */
export const preloadArticlePanel = (): void => ArticlePanel.preload();

/** Module-level, so the same function reaches the explore screen on every render (its body is memoised). */
const articleBeside = (data: Dataset) => (
  <ChunkBoundary>
    <Suspense fallback={null}>
      <ArticlePanel data={data} />
    </Suspense>
  </ChunkBoundary>
);

/** The explorer page: the explore screen with the article panel beside its chart. */
export function ExplorerApp({
  queryClient,
  toolbarExtras,
  drawnFromHtml,
}: {
  queryClient: QueryClient;
  toolbarExtras?: ReactNode;
  /** The page already shows this view, prerendered: take over without an entry animation. */
  drawnFromHtml?: boolean;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <ExploreScreen aside={articleBeside} toolbarExtras={toolbarExtras} drawnFromHtml={drawnFromHtml} />
    </QueryClientProvider>
  );
}
