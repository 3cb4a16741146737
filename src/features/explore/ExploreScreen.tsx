import { useDataset } from "@/data/api/get-dataset.ts";
import { formatDate } from "@/i18n/format.ts";
import { useViewStore } from "@/state/view-store.ts";
import { DataStatus } from "@/ui/DataStatus.tsx";
import { useLang, useT } from "@/ui/use-t.ts";
import { AnnualExportsPanel } from "./AnnualExportsPanel.tsx";

export function ExploreScreen() {
  const t = useT();
  const lang = useLang();
  const setView = useViewStore((s) => s.setView);
  const query = useDataset();
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-surface focus:p-2">
        {t("app.skip")}
      </a>
      <header className="mb-5 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("app.title")}</h1>
          <p className="mt-1 max-w-2xl text-ink-muted">{t("app.tagline")}</p>
        </div>
        <div role="group" aria-label="Language / 언어" className="inline-flex overflow-hidden rounded-md border border-line">
          {(["en", "ko"] as const).map((l) => (
            <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => setView({ lang: l })} className={`px-3 py-1.5 text-sm ${lang === l ? "bg-accent text-surface" : "bg-surface hover:bg-accent-soft"}`}>
              {l === "en" ? "English" : "한국어"}
            </button>
          ))}
        </div>
      </header>
      <main id="main">
        <DataStatus query={query}>{(data) => <AnnualExportsPanel data={data} />}</DataStatus>
      </main>
      <footer className="mt-6 text-sm text-ink-muted">
        {query.data && (
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
