/**
 * The embed page's content in one language: title, takeaway, the chart, source line and "Explore
 * the data". The build renders it to static HTML (one article per language, the baked SVG inside),
 * so the page reads completely before any script runs; the script only adds the live chart.
 */
import type { ChartSpec } from "@/charts/shared/chart-spec.ts";
import type { Lang } from "@/data/schema.ts";
import { translator } from "@/i18n/translate.ts";
import { SourceLine } from "@/ui/SourceLine.tsx";

export interface EmbedArticleProps {
  spec: ChartSpec;
  lang: Lang;
  /** The baked SVG(s), serialized by the build from our own chart components. */
  plotHtml: string;
  exploreHref: string;
}

/** Ids carry the language: both articles sit in one page. */
export const articleIds = (lang: Lang) => ({ title: `kdem-title-${lang}`, description: `kdem-desc-${lang}` });

export function EmbedArticle({ spec, lang, plotHtml, exploreHref }: EmbedArticleProps) {
  const t = translator(lang);
  const ids = articleIds(lang);
  return (
    <article lang={lang} data-kdem-article={lang} className="kdem-article">
      <figure aria-labelledby={ids.title} aria-describedby={ids.description}>
        <h1 id={ids.title} className="text-lg font-semibold leading-tight text-ink sm:text-xl">
          {spec.title}
        </h1>
        <p className="mt-0.5 text-sm text-ink-muted">{spec.subtitle}</p>
        <p className="mt-2 text-[0.95rem] leading-snug text-ink" data-testid="takeaway">
          {spec.takeaway}
        </p>
        {/* Space for the range/type controls, shown by the script before it paints when controls=1. */}
        <div className="kdem-controls mt-2" data-kdem-controls hidden />
        <div className="kdem-plot mt-2" data-kdem-plot dangerouslySetInnerHTML={{ __html: plotHtml }} />
        <p id={ids.description} className="sr-only">
          {spec.description}
        </p>
        <p
          role="status"
          className="mt-2 rounded border border-warn bg-warn-soft px-2 py-1 text-xs text-ink"
          data-kdem-notice
          hidden
        >
          {t("embed.unavailable")}
        </p>
        <figcaption className="mt-2 space-y-1 border-t border-line pt-2">
          <SourceLine sources={spec.sources} />
          <p className="text-xs text-ink-muted">{spec.basis}</p>
        </figcaption>
      </figure>
      <p className="mt-2 flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
        <a
          className="font-medium text-accent underline underline-offset-2 hover:no-underline"
          href={exploreHref}
          target="_blank"
          rel="noopener"
          data-kdem-explore
        >
          {t("embed.explore")} →
        </a>
        <span className="text-xs text-ink-muted">{t("app.title")}</span>
      </p>
    </article>
  );
}
