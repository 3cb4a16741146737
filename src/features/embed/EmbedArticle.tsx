/**
 * The embed page's content in one language: title, takeaway, the chart, source line and "Explore
 * the data". The build renders it to static HTML (one page per language, the baked SVG inside),
 * so the page reads completely before any script runs; the script only adds the live chart.
 */
import type { ChartSpec, YearSpan } from "@/charts/shared/chart-spec.ts";
import type { Lang } from "@/data/schema.ts";
import { embed } from "@/i18n/messages/embed.ts";
import { translatorWith } from "@/i18n/translate.ts";
import { SourceLine } from "@/ui/SourceLine.tsx";

export interface EmbedArticleProps {
  spec: ChartSpec;
  /** The years the baked (default) view shows; null for a chart without a year axis. */
  span: YearSpan | null;
  lang: Lang;
  /** The baked SVG(s), serialized by the build from our own chart components. */
  plotHtml: string;
  exploreHref: string;
  /**
   * Languages whose readers get this page when JavaScript is off (it is the page at the embed's
   * address; the others are chosen by lang=, which only a script or the server reads): told so in
   * their language.
   */
  nojsOtherLangs?: readonly Lang[];
}

const LANGUAGE_NAME = { en: "embed.language.en", ko: "embed.language.ko" } as const satisfies Record<Lang, string>;

/** Ids carry the language: the pre-paint script may put another language's article in a page. */
export const articleIds = (lang: Lang) => ({ title: `kdem-title-${lang}`, description: `kdem-desc-${lang}` });

export function EmbedArticle({ spec, span, lang, plotHtml, exploreHref, nojsOtherLangs = [] }: EmbedArticleProps) {
  const t = translatorWith(lang, embed);
  const ids = articleIds(lang);
  const baked = span ? t("embed.baked.span", { from: span.min, to: span.max }) : t("embed.baked");
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
        <div className="relative mt-2">
          <div className="kdem-plot" data-kdem-plot dangerouslySetInnerHTML={{ __html: plotHtml }} />
          {/* Shown instead of the baked chart while a view that was not baked is drawn (embed.css). */}
          <p className="kdem-drawing text-sm text-ink-muted" aria-hidden="true">
            {t("embed.drawing")}
          </p>
        </div>
        {/* Only without JavaScript (the pre-paint script hides it): which view the baked chart is. */}
        <p className="kdem-nojs mt-1 text-xs text-ink-muted">{t("embed.nojs", { baked })}</p>
        {nojsOtherLangs.map((other) => (
          <p key={other} lang={other} className="kdem-nojs text-xs text-ink-muted">
            {translatorWith(other, embed)("embed.nojsLanguage", {
              language: translatorWith(other, embed)(LANGUAGE_NAME[lang]),
            })}
          </p>
        ))}
        <p id={ids.description} className="sr-only">
          {spec.description}
        </p>
        <p
          role="status"
          className="mt-2 rounded border border-warn bg-warn-soft px-2 py-1 text-xs text-ink"
          data-kdem-notice
          hidden
        >
          <span data-kdem-notice-baked>{t("embed.unavailable")}</span>
          <span data-kdem-notice-view hidden>
            {t("embed.unavailableView", { baked })}
          </span>
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
        <a
          className="text-accent underline underline-offset-2 hover:no-underline"
          href={`/static/${spec.id}.csv`}
          download={`${spec.id}.csv`}
          data-kdem-data
        >
          {t("embed.data")}
        </a>
        <span className="text-xs text-ink-muted">{t("app.title")}</span>
      </p>
    </article>
  );
}
