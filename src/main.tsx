import { startTransition, StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ChartToolbarExtras } from "@/app/ChartToolbarExtras.tsx";
import { ExplorerApp, preloadArticlePanel } from "@/app/ExplorerApp.tsx";
import { createQueryClient } from "@/app/query-client.ts";
import { mountOverPrerender } from "@/app/takeover.ts";
import { preloadChart } from "@/charts/ChartPlot.tsx";
import { startUrlSync } from "@/state/url-sync.ts";
import { useViewStore } from "@/state/view-store.ts";
import { loadFullStylesheet } from "@/ui/full-stylesheet.ts";
import "./index.css";

startUrlSync();
preloadChart(useViewStore.getState().chart);
preloadArticlePanel();
const styled = loadFullStylesheet(document);
mountOverPrerender(document, (container, drawnFromHtml) => {
  // A transition: React yields to the browser while it renders, so the page the reader already
  // sees keeps answering input (no long task at load). It starts once the whole stylesheet is
  // there: the page's inline part covers only what was baked.
  void styled.then(() =>
    startTransition(() =>
      createRoot(container).render(
        <StrictMode>
          <ExplorerApp
            queryClient={createQueryClient()}
            toolbarExtras={<ChartToolbarExtras />}
            drawnFromHtml={drawnFromHtml}
          />
        </StrictMode>,
      ),
    ),
  );
});
