import type { Source } from "@/data/schema.ts";
import { orderSources, secondaryOnly } from "@/data/derive/sources.ts";
import { sourcePublisher } from "@/i18n/translate.ts";
import { useLang, useT } from "./use-t.ts";

/** A source's title in its own language, with the English rendering beside it for English readers. */
export function SourceTitle({ source: s }: { source: Source }) {
  const lang = useLang();
  return (
    <>
      <a
        className="underline decoration-line underline-offset-2 hover:text-ink"
        href={s.url}
        target="_blank"
        rel="noopener noreferrer"
        lang={s.language}
      >
        {s.title}
      </a>
      {lang === "en" && s.titleEn && <span lang="en"> [{s.titleEn}]</span>}
    </>
  );
}

/**
 * "Source: A, B, C and 9 more" with links, primary sources first; the full list sits in a disclosure
 * right below. A chart backed only by copies and aggregators says so.
 */
export function SourceLine({ sources, shown = 3 }: { sources: Source[]; shown?: number }) {
  const t = useT();
  const lang = useLang();
  const ordered = orderSources(sources);
  const head = ordered.slice(0, shown);
  const rest = ordered.length - head.length;
  return (
    <div className="text-xs text-ink-muted">
      <p>
        {t("chart.sourceLine", { sources: "" })}
        {head.map((s, i) => (
          <span key={s.id}>
            {i > 0 && "; "}
            <a
              className="underline decoration-line underline-offset-2 hover:text-ink"
              href={s.url}
              target="_blank"
              rel="noopener noreferrer"
            >
              {sourcePublisher(s, lang)}
            </a>{" "}
            ({s.date})
          </span>
        ))}
        {secondaryOnly(ordered) && <> {t("source.secondaryOnly")}</>}
      </p>
      {rest > 0 && (
        // data-source-list: the build moves this list to a page of its own (scripts/lib/explorer-prerender.ts).
        <details className="mt-1" data-source-list="">
          <summary className="min-h-6 cursor-pointer py-1 underline decoration-dotted underline-offset-2">
            {t("chart.moreSources", { count: rest })}
          </summary>
          <ul className="mt-1 space-y-0.5 pl-4">
            {ordered.map((s) => (
              <li key={s.id}>
                <SourceTitle source={s} /> — {sourcePublisher(s, lang)}, {s.date}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
