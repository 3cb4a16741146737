import { memo, useMemo } from "react";
import { sourceLabel } from "@/charts/shared/model-parts.ts";
import { ChartPlot } from "@/charts/ChartPlot.tsx";
import { chartHeadline } from "@/charts/registry.ts";
import type { ChartId } from "@/data/chart-ids.ts";
import type { Dataset } from "@/data/schema.ts";
import { DataTable } from "@/ui/DataTable.tsx";
import { useLang, useT } from "@/ui/use-t.ts";
import { present } from "@/i18n/messages/present.ts";
import { firstSentence } from "../slide-headlines.ts";
import { tryChartModel } from "../try-chart-model.ts";
import { SlideErrorBoundary } from "./SlideErrorBoundary.tsx";

/**
 * Charts are drawn at this size in SVG units and scaled up to fill the slide (present.css), so their
 * 11–12 unit labels come out at about 2.4× — 27 px and more at 1920×1080, 18 px at 1280×720: the
 * same share of the screen's height, readable from the back of the room on either projector.
 */
export const PLOT_SIZE = { width: 720, height: 270 } as const;

/** Publishers shown on the slide's source line; the full list is in the speaker notes. */
const SOURCES_SHOWN = 3;

/** Memoised: moving between slides re-renders only the two chart slides whose state changes. */
export const ChartSlide = memo(function ChartSlide({
  chart,
  data,
  from,
  to,
  animate,
}: {
  chart: ChartId;
  data: Dataset;
  from?: number;
  to?: number;
  animate: boolean;
}) {
  const t = useT(present);
  const lang = useLang();
  const built = useMemo(() => tryChartModel(chart, data, lang, from, to), [chart, data, lang, from, to]);
  const headline = useMemo(() => chartHeadline(chart, data, lang), [chart, data, lang]);

  if ("error" in built) {
    return (
      <div className="flex h-full flex-col justify-center gap-6">
        <h1 className="text-[3rem] font-bold leading-tight text-ink">
          {t("present.chart.unavailable", { reason: built.error })}
        </h1>
      </div>
    );
  }
  const { spec } = built.model;
  const table = (
    <div className="slide-table h-full overflow-auto" role="group" aria-label={t("present.chart.tableFallback")}>
      <p className="mb-2 text-[1.75rem] text-ink-muted" data-body>
        {t("present.chart.tableFallback")}
      </p>
      <DataTable table={spec.table} />
    </div>
  );
  return (
    <div className="flex h-full flex-col gap-4">
      <div>
        <p className="text-[1.75rem] font-semibold text-accent">{spec.title}</p>
        <h1 className="mt-1 text-[3.25rem] font-bold leading-[1.15] text-ink" data-testid="takeaway">
          {headline ?? spec.takeaway}
        </h1>
      </div>
      <figure
        className="slide-plot min-h-0 flex-1"
        aria-label={spec.title}
        aria-describedby={`${chart}-slide-description`}
      >
        <p id={`${chart}-slide-description`} className="sr-only">
          {spec.description}
        </p>
        <SlideErrorBoundary fallback={table}>
          <ChartPlot model={built.model} lang={lang} size={{ ...PLOT_SIZE, animate }} />
        </SlideErrorBoundary>
      </figure>
      <div className="text-[1.5rem] leading-snug text-ink-muted">
        <p>{firstSentence(spec.basis)}</p>
        <p>
          {t("chart.sourceLine", {
            sources: spec.sources
              .slice(0, SOURCES_SHOWN)
              .map((s) => sourceLabel(s, lang))
              .join("; "),
          })}
          {spec.sources.length > SOURCES_SHOWN && ` +${spec.sources.length - SOURCES_SHOWN}`}
        </p>
      </div>
    </div>
  );
});
