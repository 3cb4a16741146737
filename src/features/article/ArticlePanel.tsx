/**
 * The article beside the charts: outlet, date, headline, summary and quotes from the dataset, and
 * its figures as links. Every number is a data point formatted at render time; the summary's
 * `{figure}` placeholders become buttons that show the point in its chart, and the sentence citing
 * the point the reader is on in a chart lights up.
 */
import { Fragment, useMemo } from "react";
import type { PointRef } from "@/data/derive/points.ts";
import { findPoints } from "@/charts/find-points.ts";
import { keyFigures } from "@/data/derive/key-figures.ts";
import type { Article, Dataset, Lang } from "@/data/schema.ts";
import { formatDate } from "@/i18n/format.ts";
import { useViewStore } from "@/state/view-store.ts";
import { FigureLink, useShowPoint } from "@/ui/FigureLink.tsx";
import { formatPoint, keyFigureLinks, pointTarget } from "@/ui/figure-links.ts";
import { useLang, useT } from "@/ui/use-t.ts";
import { article as articleWords } from "@/i18n/messages/article.ts";

export type SummaryPart = { text: string } | { figure: string; point: PointRef };

/** Splits a summary sentence into text and figures; a placeholder that resolves to nothing stays as text. */
export function summaryParts(sentence: string, article: Article, points: ReadonlyMap<string, PointRef>): SummaryPart[] {
  const parts: SummaryPart[] = [];
  let last = 0;
  for (const match of sentence.matchAll(/\{([^}]+)\}/g)) {
    const figure = article.figures.find((f) => f.id === match[1]);
    const point = figure && points.get(figure.point);
    if (match.index > last) parts.push({ text: sentence.slice(last, match.index) });
    parts.push(point ? { figure: match[1]!, point } : { text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < sentence.length) parts.push({ text: sentence.slice(last) });
  return parts;
}

export function ArticlePanel({ data }: { data: Dataset }) {
  const t = useT(articleWords);
  const lang = useLang();
  const { article } = data;
  const links = useMemo(() => keyFigureLinks(keyFigures(data), lang), [data, lang]);
  // Only the points the panel links to: the summary's figures and the chips.
  const points = useMemo(
    () => findPoints(data, [...data.article.figures.map((f) => f.point), ...Object.values(links).map((l) => l.point)]),
    [data, links],
  );
  // Only figures the article itself gives: the growth the goal needs is ours (in the key figures).
  const chips = [links.record, links.latest, links.target, links.shareGoal];
  const active = useActivePoint(points);

  return (
    <aside
      aria-labelledby="article-title"
      className="rounded-lg border border-line bg-surface p-4 sm:p-5"
      data-testid="article"
    >
      <p className="text-xs font-semibold uppercase tracking-wide text-ink-muted" id="article-title">
        {t("article.heading")}
      </p>
      <p className="mt-2 text-sm text-ink-muted">
        <a
          className="font-medium text-ink underline underline-offset-2"
          href={article.url}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={`${article.outlet}: ${t("article.link")}`}
        >
          {article.outlet}
        </a>
        {" · "}
        <time dateTime={article.date}>{formatDate(article.date, lang)}</time>
      </p>
      <h2 className="mt-1 text-lg font-semibold leading-snug text-ink">
        {article.headline[lang]}
        {article.headlineIsDescriptive && (
          <>
            <span aria-hidden="true" className="ml-1 align-super text-xs font-normal text-ink-muted">
              *
            </span>
            <span className="mt-1 block text-xs font-normal text-ink-muted">
              <span aria-hidden="true">* </span>
              {t("article.descriptive")}
            </span>
          </>
        )}
      </h2>
      <details className="mt-2 text-xs text-ink-muted">
        <summary className="cursor-pointer underline decoration-dotted underline-offset-2">
          {t("article.dateNote")}
        </summary>
        <p className="mt-1">{article.dateNote[lang]}</p>
      </details>

      <h3 className="mt-4 text-sm font-semibold text-ink">{t("article.summary")}</h3>
      <ul className="mt-2 space-y-2 text-sm leading-relaxed text-ink">
        {article.summary.map((sentence, i) => {
          const parts = summaryParts(sentence[lang], article, points);
          const lit = parts.some((p) => "point" in p && p.point.id === active);
          return (
            <li
              key={i}
              data-active={lit || undefined}
              className={`rounded-md border-l-4 px-2 py-1 ${lit ? "border-accent bg-accent-soft" : "border-transparent"}`}
            >
              {parts.map((p, j) =>
                "point" in p ? (
                  <FigureInText key={j} point={p.point} lang={lang} />
                ) : (
                  <Fragment key={j}>{p.text}</Fragment>
                ),
              )}
            </li>
          );
        })}
      </ul>

      <h3 className="mt-4 text-sm font-semibold text-ink">{t("article.quotes")}</h3>
      <div className="mt-2 space-y-2">
        {article.quotes.map((q, i) => (
          <figure key={i} className="border-l-2 border-line pl-3 text-sm">
            <blockquote>
              {lang === "en" ? (
                <p>“{q.text}”</p>
              ) : (
                <p>
                  “{q.translation}”{" "}
                  <span lang="en" className="text-ink-muted">
                    (“{q.text}”)
                  </span>
                </p>
              )}
            </blockquote>
            <figcaption className="text-xs text-ink-muted">— {q.speaker[lang]}</figcaption>
          </figure>
        ))}
      </div>

      <h3 className="mt-4 text-sm font-semibold text-ink">{t("article.figures")}</h3>
      <p className="text-xs text-ink-muted">{t("article.hint")}</p>
      <ul className="mt-2 grid grid-cols-2 gap-2">
        {chips.map((item) => (
          <li key={item.key} className="min-w-0">
            <FigureLink
              item={item}
              className={`h-full w-full ${item.point === active ? "border-accent bg-accent-soft" : ""}`}
            />
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** The point the reader is on: hovered in the chart or table, else the focused year of the chart shown. */
function useActivePoint(points: ReadonlyMap<string, PointRef>): string | null {
  const hover = useViewStore((s) => s.hoverPoint);
  const chart = useViewStore((s) => s.chart);
  const focus = useViewStore((s) => s.focus);
  if (hover) return hover;
  if (focus === undefined) return null;
  for (const ref of points.values()) {
    const target = pointTarget(ref);
    if (target.chart === chart && target.year === focus) return ref.id;
  }
  return null;
}

function FigureInText({ point, lang }: { point: PointRef; lang: Lang }) {
  const show = useShowPoint();
  return (
    <button
      type="button"
      onClick={() => show(pointTarget(point))}
      data-point={point.id}
      className="rounded-sm font-semibold text-accent underline decoration-2 underline-offset-2 hover:no-underline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent"
    >
      {formatPoint(point, lang)}
    </button>
  );
}
