/**
 * Under every chart: downloads of exactly what is shown (CSV of the visible rows, PNG and SVG with
 * title, takeaway and source), the full dataset, the sources-and-methods panel, and a slot for
 * actions built elsewhere (Embed, Present).
 */
import { Suspense, useRef, useState, type ReactNode } from "react";
import { DATASET_PATH } from "@/data/api/get-dataset.ts";
import { indexPoints, type ChartModel } from "@/charts/registry.ts";
import { orderSources } from "@/data/derive/sources.ts";
import { lazyChunk } from "@/data/lazy-chunk.ts";
import type { Dataset } from "@/data/schema.ts";
import { sourcePublisher } from "@/i18n/translate.ts";
import { ChunkBoundary } from "@/ui/ChunkBoundary.tsx";
import { formatDate } from "@/i18n/format.ts";
import { useLang, useT } from "@/ui/use-t.ts";
import { explore } from "@/i18n/messages/explore.ts";
import { buildCsv, buildDatasetCsv, sourceCiter, viewFileName } from "./export.ts";
import { saveBlob } from "./save-blob.ts";

// Loaded when first asked for, to keep them out of the JS that runs before the first chart.
const SourcesDialog = lazyChunk(() => import("./SourcesDialog.tsx").then((m) => m.default));

const BUTTON =
  "rounded-md border border-line bg-surface px-2.5 py-1 text-sm text-ink hover:bg-accent-soft disabled:cursor-not-allowed disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent";

interface Props {
  data: Dataset;
  model: ChartModel;
  range: { from: number; to: number } | null;
  /** Images are made from the drawn chart, so they need the chart view. */
  imagesAvailable: boolean;
  toolbarExtras?: ReactNode;
}

export function ChartActions({ data, model, range, imagesAvailable, toolbarExtras }: Props) {
  const t = useT(explore);
  const lang = useLang();
  const [error, setError] = useState<string | null>(null);
  const [sourcesOpen, setSourcesOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const { spec } = model;
  const sourceText = t("chart.sourceLine", {
    sources: orderSources(spec.sources)
      .map((s) => `${sourcePublisher(s, lang)} (${s.date})`)
      .join("; "),
  });

  const saveCsv = (csv: string, name: string) =>
    // The byte-order mark makes spreadsheet programs read the file as UTF-8 (Korean text, "≈", "—").
    saveBlob(new Blob(["\uFEFF", csv], { type: "text/csv;charset=utf-8" }), name);
  const downloadCsv = () =>
    saveCsv(
      buildCsv(spec.table, indexPoints(data), sourceCiter(data.sources), spec.basis),
      viewFileName(spec.id, range, lang, "csv"),
    );
  const downloadDatasetCsv = () =>
    saveCsv(buildDatasetCsv(indexPoints(data), sourceCiter(data.sources)), "korea-arms-exports.csv");

  const downloadImage = async (format: "svg" | "png") => {
    setError(null);
    try {
      const plot = root.current?.closest("figure")?.querySelector('[data-testid="plot"]');
      if (!plot) throw new Error(t("chart.showChart"));
      const { composeChartSvg, svgToPng } = await import("./chart-image.ts");
      const image = composeChartSvg(plot, {
        title: spec.title,
        takeaway: spec.takeaway,
        source: sourceText,
        basis: spec.basis,
        // The exact view's address (the URL holds the whole view) and the day it was made.
        credit: t("explore.image.credit", {
          site: t("app.title"),
          url: window.location.href,
          date: formatDate(new Date().toISOString().slice(0, 10), lang),
        }),
      });
      const blob =
        format === "svg"
          ? new Blob([image.svg], { type: "image/svg+xml" })
          : await svgToPng(image.svg, image.width, image.height);
      saveBlob(blob, viewFileName(spec.id, range, lang, format));
    } catch (e) {
      setError(t("explore.download.failed", { detail: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <div ref={root} className="flex flex-wrap items-center gap-x-4 gap-y-2 pt-2" data-testid="chart-actions">
      <button
        type="button"
        className={`${BUTTON} font-medium`}
        onClick={() => setSourcesOpen(true)}
        aria-haspopup="dialog"
      >
        {t("explore.sources.open")}
      </button>
      <div role="group" aria-label={t("explore.download.label")} className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-ink-muted" aria-hidden="true">
          {t("explore.download.label")}:
        </span>
        <button type="button" className={BUTTON} onClick={downloadCsv}>
          {t("explore.download.csv")}
        </button>
        <button type="button" className={BUTTON} onClick={() => void downloadImage("png")} disabled={!imagesAvailable}>
          {t("explore.download.png")}
        </button>
        <button type="button" className={BUTTON} onClick={() => void downloadImage("svg")} disabled={!imagesAvailable}>
          {t("explore.download.svg")}
        </button>
        <button type="button" className={BUTTON} onClick={downloadDatasetCsv}>
          {t("explore.download.datasetCsv")}
        </button>
        <a className={BUTTON} href={DATASET_PATH} download="korea-arms-exports.json">
          {t("explore.download.json")}
        </a>
      </div>
      {toolbarExtras && (
        <div
          role="group"
          aria-label={t("explore.toolbar.share")}
          className="flex flex-wrap items-center gap-2"
          data-slot="toolbar-extras"
        >
          {toolbarExtras}
        </div>
      )}
      {error && (
        <p role="alert" className="w-full text-sm text-danger">
          {error}
        </p>
      )}
      {sourcesOpen && (
        // Its own boundary: a dialog that fails to download must not take the chart down with it.
        <ChunkBoundary>
          <Suspense fallback={null}>
            <SourcesDialog onClose={() => setSourcesOpen(false)} data={data} spec={spec} points={indexPoints(data)} />
          </Suspense>
        </ChunkBoundary>
      )}
    </div>
  );
}
