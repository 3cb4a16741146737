/**
 * The frame every chart sits in: a <figure> with title, takeaway, the plot (or its table), source
 * line and basis note. The description is the figure's accessible text, generated from the data.
 */
import { useId, type ReactNode } from "react";
import type { ChartSpec } from "@/charts/shared/chart-spec.ts";
import { DataTable } from "./DataTable.tsx";
import { SegmentedControl } from "./SegmentedControl.tsx";
import { SourceLine } from "./SourceLine.tsx";
import { useT } from "./use-t.ts";

export interface ChartFrameProps {
  spec: ChartSpec;
  view: "chart" | "table";
  onViewChange?: (view: "chart" | "table") => void;
  focusYear?: number;
  /** Extra controls shown next to the view switch. */
  controls?: ReactNode;
  /** Shown right under the plot or table (e.g. the year range). */
  below?: ReactNode;
  /** Shown at the end of the caption, after the source line and basis (downloads, sources and methods). */
  actions?: ReactNode;
  /** Called with a row's point id while the reader points at or focuses it in the table, null after. */
  onPointHover?: (pointId: string | null) => void;
  children: ReactNode;
}

export function ChartFrame({
  spec,
  view,
  onViewChange,
  focusYear,
  controls,
  below,
  actions,
  onPointHover,
  children,
}: ChartFrameProps) {
  const t = useT();
  const descriptionId = useId();
  return (
    <figure
      className="rounded-lg border border-line bg-surface p-4 sm:p-5"
      aria-labelledby={`${spec.id}-title`}
      aria-describedby={descriptionId}
      data-chart={spec.id}
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-[min(100%,16rem)] flex-1">
          <h2 id={`${spec.id}-title`} className="text-xl font-semibold leading-tight text-ink">
            {spec.title}
          </h2>
          <p className="mt-0.5 text-sm text-ink-muted">{spec.subtitle}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {controls}
          {onViewChange && (
            <SegmentedControl
              label={t("chart.view")}
              options={[
                { value: "chart", label: t("chart.showChart") },
                { value: "table", label: t("chart.showTable") },
              ]}
              value={view}
              onChange={onViewChange}
            />
          )}
        </div>
      </div>
      <p className="mt-3 text-base text-ink" data-testid="takeaway">
        {spec.takeaway}
      </p>
      <p id={descriptionId} className="sr-only">
        {spec.description}
      </p>
      <div className="mt-3">
        {view === "table" ? (
          <DataTable table={spec.table} focusYear={focusYear} onPointHover={onPointHover} />
        ) : (
          children
        )}
      </div>
      {below}
      <figcaption className="mt-3 space-y-1 border-t border-line pt-2">
        <SourceLine sources={spec.sources} />
        <p className="text-xs text-ink-muted">{spec.basis}</p>
        {actions}
      </figcaption>
    </figure>
  );
}
