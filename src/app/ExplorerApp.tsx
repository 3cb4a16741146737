import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ArticlePanel } from "@/features/article/ArticlePanel.tsx";
import { ExploreScreen } from "@/features/explore/ExploreScreen.tsx";

/** The explorer page: the explore screen with the article panel beside its chart. */
export function ExplorerApp({ queryClient, toolbarExtras }: { queryClient: QueryClient; toolbarExtras?: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ExploreScreen aside={(data) => <ArticlePanel data={data} />} toolbarExtras={toolbarExtras} />
    </QueryClientProvider>
  );
}
