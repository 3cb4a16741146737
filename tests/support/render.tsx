import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { DEFAULT_VIEW, type ViewState } from "@/state/url-codec.ts";
import { useViewStore } from "@/state/view-store.ts";

/** Renders with a fresh query cache (no retry delay) and the view store set to `view`. */
export function renderWithProviders(ui: ReactElement, view: Partial<ViewState> = {}) {
  useViewStore.getState().replaceView({ ...DEFAULT_VIEW, ...view });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } });
  return { queryClient, ...render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>) };
}
