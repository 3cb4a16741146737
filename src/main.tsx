import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ChartToolbarExtras } from "@/app/ChartToolbarExtras.tsx";
import { ExplorerApp } from "@/app/ExplorerApp.tsx";
import { createQueryClient } from "@/app/query-client.ts";
import { preloadChart } from "@/charts/ChartPlot.tsx";
import { startUrlSync } from "@/state/url-sync.ts";
import { useViewStore } from "@/state/view-store.ts";
import "./index.css";

startUrlSync();
preloadChart(useViewStore.getState().chart);
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ExplorerApp queryClient={createQueryClient()} toolbarExtras={<ChartToolbarExtras />} />
  </StrictMode>,
);
