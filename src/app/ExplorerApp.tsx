import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { ExploreScreen } from "@/features/explore/ExploreScreen.tsx";

export function ExplorerApp({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ExploreScreen />
    </QueryClientProvider>
  );
}
