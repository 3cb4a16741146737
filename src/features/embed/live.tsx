/**
 * The live chart of the embed, loaded on demand: it fetches the dataset, draws the chart over the
 * baked one in the same fixed-size box, then removes the baked SVG. If the data cannot be loaded
 * the baked chart stays and a short notice says that interaction is unavailable.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { createRoot } from "react-dom/client";
import { ChartPlot } from "@/charts/ChartPlot.tsx";
import { chartModel } from "@/charts/registry.ts";
import { fetchValidatedDataset } from "@/data/api/get-dataset.ts";
import type { ChartId } from "@/data/chart-ids.ts";
import type { Dataset } from "@/data/schema.ts";
import { loadFullStylesheet } from "@/ui/full-stylesheet.ts";
import { useReducedMotion } from "@/ui/use-reduced-motion.ts";
import { BAKED_SIZES, WIDE_MEDIA } from "./baked-svg.ts";
import { EmbedControls } from "./EmbedControls.tsx";
import { exploreHref, type EmbedParams } from "./embed-params.ts";

export interface LiveContext {
  chart: ChartId;
  params: EmbedParams;
  /** The article of the page's language; it holds the plot box, controls slot and notice. */
  article: HTMLElement;
}

export async function startLive({ chart, params, article }: LiveContext): Promise<void> {
  const box = article.querySelector<HTMLElement>("[data-kdem-plot]")!;
  let data: Dataset;
  try {
    [data] = await Promise.all([fetchValidatedDataset(), loadFullStylesheet(article.ownerDocument)]);
    // A dataset this chart cannot be drawn from counts as unavailable too.
    chartModel(chart, data, params.lang);
  } catch (error) {
    // The baked chart is all there is: shown again, and named for what it is when another view was asked for.
    const html = article.ownerDocument.documentElement;
    const otherView = html.classList.contains("kdem-custom-view");
    html.classList.remove("kdem-custom-view");
    article.querySelector<HTMLElement>("[data-kdem-notice-baked]")!.hidden = otherView;
    article.querySelector<HTMLElement>("[data-kdem-notice-view]")!.hidden = !otherView;
    article.querySelector<HTMLElement>("[data-kdem-notice]")!.hidden = false;
    console.warn("kdem embed: interaction unavailable:", error);
    return;
  }
  const layer = box.ownerDocument.createElement("div");
  layer.className = "kdem-live";
  box.append(layer);
  createRoot(layer).render(
    <LiveEmbed chart={chart} data={data} initial={params} article={article} box={box} layer={layer} />,
  );
}

interface LiveEmbedProps {
  chart: ChartId;
  data: Dataset;
  initial: EmbedParams;
  article: HTMLElement;
  box: HTMLElement;
  layer: HTMLElement;
}

function LiveEmbed({ chart, data, initial, article, box, layer }: LiveEmbedProps) {
  const [params, setParams] = useState(initial);
  const [changed, setChanged] = useState(false);
  const reducedMotion = useReducedMotion();
  const { size, transform } = useBakedFrame(box);
  // The model fits the parameters to the chart (years it has, types it can draw) and says what it used.
  const model = useMemo(() => chartModel(chart, data, params.lang, params), [chart, data, params]);
  // Every fitted field is set (a parameter fitting dropped is cleared, not kept from the request).
  const { from, to, type, focus, window } = model.options;
  const view = useMemo(() => ({ ...params, from, to, type, focus, window }), [params, from, to, type, focus, window]);

  useSwapWhenDrawn(box, layer);
  useEffect(() => {
    article.querySelector("[data-kdem-explore]")?.setAttribute("href", exploreHref(chart, view));
  }, [article, chart, view]);

  const controls = article.querySelector<HTMLElement>("[data-kdem-controls]");
  return (
    <>
      {/* Drawn at the baked size and scaled like the baked SVG, so the swap changes no pixel; no entry animation either. */}
      <div className="kdem-stage" style={{ transform }}>
        <ChartPlot model={model} lang={params.lang} size={{ ...size, animate: changed && !reducedMotion }} />
      </div>
      {params.controls &&
        controls &&
        createPortal(
          <EmbedControls
            lang={params.lang}
            span={model.span}
            types={model.types}
            view={view}
            onChange={(patch) => {
              setChanged(true);
              setParams((p) => ({ ...p, ...patch }));
            }}
          />,
          controls,
        )}
    </>
  );
}

/**
 * The size the baked SVG showing at this width was drawn at, and the CSS transform that fits it in
 * the box as the baked one is (viewBox, "meet": scaled to fit, centred). Recharts reads the scale
 * back from the layout, so pointer and tooltip positions stay right.
 */
function useBakedFrame(box: HTMLElement) {
  const [frame, setFrame] = useState(() => bakedFrame(box));
  useLayoutEffect(() => {
    const observer = new ResizeObserver(() => setFrame(bakedFrame(box)));
    observer.observe(box);
    return () => observer.disconnect();
  }, [box]);
  return frame;
}

function bakedFrame(box: HTMLElement): { size: { width: number; height: number }; transform: string } {
  const size = BAKED_SIZES[box.ownerDocument.defaultView?.matchMedia?.(WIDE_MEDIA).matches ? "wide" : "narrow"];
  const scale = Math.min(box.clientWidth / size.width, box.clientHeight / size.height) || 1;
  const x = (box.clientWidth - size.width * scale) / 2;
  const y = (box.clientHeight - size.height * scale) / 2;
  return { size, transform: `translate(${x}px, ${y}px) scale(${scale})` };
}

/** Once the live SVG is in the page, the baked one goes; keyboard focus moves across with it. */
function useSwapWhenDrawn(box: HTMLElement, layer: HTMLElement) {
  const done = useRef(false);
  useEffect(() => {
    const swap = () => {
      const live = layer.querySelector<SVGSVGElement>("svg.recharts-surface");
      if (done.current || !live) return;
      done.current = true;
      const hadFocus =
        box.contains(box.ownerDocument.activeElement) && !layer.contains(box.ownerDocument.activeElement);
      for (const baked of box.querySelectorAll("[data-kdem-baked]")) baked.remove();
      box.ownerDocument.documentElement.classList.remove("kdem-custom-view");
      if (hadFocus) live.focus();
      observer.disconnect();
    };
    const observer = new MutationObserver(swap);
    observer.observe(layer, { childList: true, subtree: true });
    swap();
    return () => observer.disconnect();
  }, [box, layer]);
}
