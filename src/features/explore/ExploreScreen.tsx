/**
 * The explorer: key figures, the chart picker and the chart the URL names with its controls,
 * downloads and sources, with an aside (the article panel, composed by the app) beside it on wide
 * screens and below it on narrow ones.
 */
import { memo, useEffect, type ReactNode } from "react";
import { useDataset } from "@/data/api/get-dataset.ts";
import type { Dataset } from "@/data/schema.ts";
import { formatDate, prepareFormatters } from "@/i18n/format.ts";
import { THEMES } from "@/state/url-codec.ts";
import { useViewStore } from "@/state/view-store.ts";
import { DataStatus } from "@/ui/DataStatus.tsx";
import { CHART_ANCHOR } from "@/ui/FigureLink.tsx";
import { SegmentedControl } from "@/ui/SegmentedControl.tsx";
import { useLang, useT } from "@/ui/use-t.ts";
import { explore } from "@/i18n/messages/explore.ts";
import { ChartPanel } from "./ChartPanel.tsx";
import { ChartPicker } from "./ChartPicker.tsx";
import { KeyFigures } from "./KeyFigures.tsx";
import { Notices } from "./Notices.tsx";

export interface ExploreScreenProps {
  /** Shown beside the chart (below it on narrow screens). */
  aside?: (data: Dataset) => ReactNode;
  /** Actions added to the chart toolbar by the app (Embed, Present). */
  toolbarExtras?: ReactNode;
  /** The page already shows the first view, prerendered: the chart takes over without an entry animation. */
  drawnFromHtml?: boolean;
}

/**
 * What the dataset draws. Kept from drawing again when only the dataset's check ends (the screen
 * re-renders for its footer and for a failed check): a second drawing of the whole chart, up to
 * 50 ms at scale, often before the first had been painted.
 */
const ExploreBody = memo(function ExploreBody({
  data,
  aside,
  toolbarExtras,
  drawnFromHtml,
}: ExploreScreenProps & { data: Dataset }) {
  return (
    <>
      <KeyFigures data={data} />
      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_22rem] 2xl:grid-cols-[minmax(0,1fr)_26rem]">
        <div id={CHART_ANCHOR} className="min-w-0 scroll-mt-4">
          <ChartPicker />
          <ChartPanel data={data} toolbarExtras={toolbarExtras} drawnFromHtml={drawnFromHtml} />
        </div>
        {aside && <div className="min-w-0">{aside(data)}</div>}
      </div>
    </>
  );
});

export function ExploreScreen({ aside, toolbarExtras, drawnFromHtml }: ExploreScreenProps) {
  const t = useT(explore);
  const lang = useLang();
  const theme = useViewStore((s) => s.theme);
  const setView = useViewStore((s) => s.setView);
  const query = useDataset();
  const waiting = query.isPending;
  useEffect(() => {
    if (waiting) prepareFormatters(lang);
  }, [waiting, lang]);
  return (
    <div className="mx-auto max-w-[90rem] px-3 py-5 sm:px-6">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-surface focus:p-2"
      >
        {t("app.skip")}
      </a>
      <header className="mb-5 flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("app.title")}</h1>
          <p className="mt-1 max-w-2xl text-ink-muted">{t("app.tagline")}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <SegmentedControl
            label={t("explore.lang.label")}
            options={[
              { value: "en", label: "English", lang: "en" },
              { value: "ko", label: "한국어", lang: "ko" },
            ]}
            value={lang}
            onChange={(l) => setView({ lang: l })}
          />
          <SegmentedControl
            label={t("explore.theme.label")}
            options={THEMES.map((th) => ({ value: th, label: t(`explore.theme.${th}`) }))}
            value={theme}
            onChange={(th) => setView({ theme: th })}
          />
        </div>
      </header>
      <Notices />
      <main id="main">
        <DataStatus query={query}>
          {(data) => (
            <ExploreBody data={data} aside={aside} toolbarExtras={toolbarExtras} drawnFromHtml={drawnFromHtml} />
          )}
        </DataStatus>
      </main>
      <footer className="mt-6 text-sm text-ink-muted">
        {query.check !== "pending" && query.data && (
          <p>
            {t("footer.data", { count: query.data.sources.length, date: formatDate(query.data.meta.updated, lang) })}{" "}
            <a className="underline" href="/data/korea-arms-exports.json" download>
              {t("footer.download")}
            </a>
          </p>
        )}
      </footer>
    </div>
  );
}
