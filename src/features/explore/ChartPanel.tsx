/**
 * The chart the view store names, drawn from its generic model: frame, controls, plot or table,
 * downloads and sources. Works for every chart id; a chart that fails to build or draw is caught by
 * its own error boundary, so the rest of the page keeps working.
 */
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { ChartPlot } from "@/charts/ChartPlot.tsx";
import { chartModel } from "@/charts/registry.ts";
import type { Dataset } from "@/data/schema.ts";
import { showFittedView } from "@/state/url-sync.ts";
import { useShallow } from "zustand/react/shallow";
import { serializeView } from "@/state/url-codec.ts";
import { useViewStore, viewOf } from "@/state/view-store.ts";
import { ChartFrame } from "@/ui/ChartFrame.tsx";
import { useReducedMotion } from "@/ui/use-reduced-motion.ts";
import { useLang, useT } from "@/ui/use-t.ts";
import { explore } from "@/i18n/messages/explore.ts";
import { ChartActions } from "./ChartActions.tsx";
import { ChartErrorBoundary } from "./ChartErrorBoundary.tsx";
import { sameWindow } from "@/charts/shared/fit-view.ts";
import { FocusClear, RangeControl, TypeSwitch, WindowSelect } from "./ChartControls.tsx";

export interface ChartPanelProps {
  data: Dataset;
  /** Slot in the chart's toolbar for actions built elsewhere (Embed, Present), wired by the app. */
  toolbarExtras?: ReactNode;
  /** The page already shows the first view, prerendered: it is drawn without an entry animation. */
  drawnFromHtml?: boolean;
}

export function ChartPanel({ data, toolbarExtras, drawnFromHtml }: ChartPanelProps) {
  const chart = useViewStore((s) => s.chart);
  const lang = useLang();
  return (
    <ChartErrorBoundary key={`${chart}:${lang}`} chart={chart}>
      <ChartView data={data} toolbarExtras={toolbarExtras} drawnFromHtml={drawnFromHtml} />
    </ChartErrorBoundary>
  );
}

function ChartView({ data, toolbarExtras, drawnFromHtml }: ChartPanelProps) {
  const lang = useLang();
  const view = useViewStore(useShallow(viewOf));
  const { setView, addNotices, setHoverPoint } = useViewStore.getState();
  const reducedMotion = useReducedMotion();

  // The store holds the view asked for (by the link or the reader); the model fits it to the chart
  // (years it has, types it can draw) and says what it used: a link with years or a type this chart
  // does not have still draws the nearest valid view. Built once per render of a changed view.
  const model = useMemo(
    () =>
      chartModel(view.chart, data, lang, {
        from: view.from,
        to: view.to,
        type: view.type,
        focus: view.focus,
        window: view.window,
      }),
    [view.chart, data, lang, view.from, view.to, view.type, view.focus, view.window],
  );
  const { from, to, type, focus, window } = model.options;
  const shown = { ...view, from, to, type, focus, window };

  // Only a view read from the address bar (the store marks it "replace") earns a notice: the reader's
  // own clicks are fitted silently. The address bar shows the view as drawn, without a new entry.
  const fromLink = useViewStore((s) => s.historyMode === "replace");
  useEffect(() => {
    if (fromLink) addNotices(model.adjustments);
  }, [fromLink, model.adjustments, addNotices]);
  const shownQuery = serializeView(shown);
  // The view the page was prerendered with is already on screen: growing its bars again would be a
  // visible change (and main-thread work at load). Later views animate as usual.
  const [firstQuery] = useState(shownQuery);
  const animate = !reducedMotion && !(drawnFromHtml && shownQuery === firstQuery);
  useEffect(() => showFittedView(shownQuery), [shownQuery]);

  useEffect(() => () => setHoverPoint(null), [setHoverPoint]);

  // The tab (and a bookmark, and a shared link's fallback title) names the chart, in the view's language.
  const t = useT(explore);
  const pageTitle = `${model.spec.title} · ${t("app.title")}`;
  useEffect(() => {
    document.title = pageTitle;
  }, [pageTitle]);

  const range = model.span ? { from: from ?? model.span.min, to: to ?? model.span.max } : null;
  return (
    <ChartFrame
      spec={model.spec}
      view={view.view}
      onViewChange={(v) => setView({ view: v })}
      focusYear={focus}
      onPointHover={setHoverPoint}
      controls={
        <>
          {model.types.length > 1 && (
            <TypeSwitch
              types={model.types}
              value={type ?? model.types[0]!}
              onChange={(t) => setView({ type: t === model.types[0] ? undefined : t })}
            />
          )}
          {model.windows && (
            <WindowSelect
              choices={model.windows.choices}
              value={window ?? model.windows.default}
              onChange={(w) => setView({ window: sameWindow(w, model.windows!.default) ? undefined : w })}
            />
          )}
          {focus !== undefined && <FocusClear year={focus} onClear={() => setView({ focus: undefined })} />}
        </>
      }
      below={
        model.span &&
        range && (
          <RangeControl
            span={model.span}
            from={range.from}
            to={range.to}
            onChange={(f, t) =>
              setView({ from: f === model.span!.min ? undefined : f, to: t === model.span!.max ? undefined : t })
            }
          />
        )
      }
      actions={
        <ChartActions
          data={data}
          model={model}
          range={range}
          imagesAvailable={view.view === "chart"}
          toolbarExtras={toolbarExtras}
        />
      }
    >
      <ChartPlot model={model} lang={lang} size={{ height: 360, animate }} onActivePoint={setHoverPoint} />
    </ChartFrame>
  );
}
