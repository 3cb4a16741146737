import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { lazy, Suspense, type ReactNode } from "react";
import { ExploreScreen } from "@/features/explore/ExploreScreen.tsx";

// The article is its own chunk: it sits beside (or below) the chart, so it need not delay the chart.
const ArticlePanel = lazy(() =>
  import("@/features/article/ArticlePanel.tsx").then((m) => ({ default: m.ArticlePanel })),
);

/** The explorer page: the explore screen with the article panel beside its chart. */
export function ExplorerApp({ queryClient, toolbarExtras }: { queryClient: QueryClient; toolbarExtras?: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ExploreScreen
        aside={(data) => (
          <Suspense fallback={null}>
            <ArticlePanel data={data} />
          </Suspense>
        )}
        toolbarExtras={toolbarExtras}
      />
    </QueryClientProvider>
  );
}
