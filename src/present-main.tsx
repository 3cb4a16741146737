import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createQueryClient } from "@/app/query-client.ts";
import { PresentScreen } from "@/features/present/PresentScreen.tsx";
import { readPresentUrl } from "@/features/present/use-deck-location.ts";
import { useViewStore } from "@/state/view-store.ts";
import "./index.css";

const initial = readPresentUrl();
// Set the language before the first render, so the deck never flashes in the wrong one.
useViewStore.getState().replaceView(initial.location.view);
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <PresentScreen initial={initial} />
    </QueryClientProvider>
  </StrictMode>,
);
