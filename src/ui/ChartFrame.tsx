/**
 * The frame every chart sits in: a <figure> with title, takeaway, the plot (or its table), source
 * line and basis note. The description is the figure's accessible text, generated from the data.
 */
import { useId, type ReactNode } from "react";
import type { ChartSpec } from "@/charts/chart-spec.ts";
import { DataTable } from "./DataTable.tsx";
import { SourceLine } from "./SourceLine.tsx";
import { useT } from "./use-t.ts";

export interface ChartFrameProps {
  spec: ChartSpec;
  view: "chart" | "table";
  onViewChange?: (view: "chart" | "table") => void;
  focusYear?: number;
  /** Extra controls shown next to the view switch. */
  controls?: ReactNode;
  children: ReactNode;
}

export function ChartFrame({ spec, view, onViewChange, focusYear, controls, children }: ChartFrameProps) {
  const t = useT();
  const descriptionId = useId();
  return (
    <figure className="rounded-lg border border-line bg-surface p-4 sm:p-5" aria-labelledby={`${spec.id}-title`} aria-describedby={descriptionId} data-chart={spec.id}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 flex-1">
          <h2 id={`${spec.id}-title`} className="text-xl font-semibold leading-tight text-ink">
            {spec.title}
          </h2>
          <p className="mt-0.5 text-sm text-ink-muted">{spec.subtitle}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {controls}
          {onViewChange && (
            <div role="group" aria-label={t("chart.view")} className="inline-flex overflow-hidden rounded-md border border-line">
              {(["chart", "table"] as const).map((v) => (
                <button
                  key={v}
                  type="button"
                  aria-pressed={view === v}
                  onClick={() => onViewChange(v)}
                  className={`px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent ${view === v ? "bg-accent text-surface" : "bg-surface text-ink hover:bg-accent-soft"}`}
                >
                  {v === "chart" ? t("chart.showChart") : t("chart.showTable")}
                </button>
              ))}
            </div>
          )}
        </div>
      </div>
      <p className="mt-3 text-base text-ink" data-testid="takeaway">
        {spec.takeaway}
      </p>
      <p id={descriptionId} className="sr-only">
        {spec.description}
      </p>
      <div className="mt-3">{view === "table" ? <DataTable table={spec.table} focusYear={focusYear} /> : children}</div>
      <figcaption className="mt-3 space-y-1 border-t border-line pt-2">
        <SourceLine sources={spec.sources} />
        <p className="text-xs text-ink-muted">{spec.basis}</p>
      </figcaption>
    </figure>
  );
}
