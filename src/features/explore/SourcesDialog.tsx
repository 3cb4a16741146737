/**
 * Sources and methods for the chart on screen: every source behind it, how its numbers are
 * measured, and each value sources disagree on with all the values and who gives them.
 */
import { useEffect, useRef } from "react";
import { notesFirst } from "@/charts/registry.ts";
import type { ChartSpec } from "@/charts/shared/chart-spec.ts";
import { allValues, type PointRef } from "@/data/derive/points.ts";
import { orderSources, secondaryOnly, sourceIndex } from "@/data/derive/sources.ts";
import type { Dataset, Note } from "@/data/schema.ts";
import { formatDate, formatPeriod, formatValue, formatYear } from "@/i18n/format.ts";
import { sourcePublisher } from "@/i18n/translate.ts";
import { SourceTitle } from "@/ui/SourceLine.tsx";
import { useLang, useT } from "@/ui/use-t.ts";
import { explore } from "@/i18n/messages/explore.ts";

/** The notes that matter most for a chart (its folder lists them) first, then the rest of the dataset's. */
export function orderedNotes(notes: readonly Note[], chart: ChartSpec["id"]): Note[] {
  const first = notesFirst(chart);
  const rank = (n: Note) => (first.includes(n.id) ? first.indexOf(n.id) : first.length);
  return [...notes].sort((a, b) => rank(a) - rank(b));
}

interface Props {
  onClose: () => void;
  data: Dataset;
  spec: ChartSpec;
  points: ReadonlyMap<string, PointRef>;
}

/** Mounted while open (the explorer loads it on demand); closing unmounts it. */
export default function SourcesDialog({ onClose, data, spec, points }: Props) {
  const t = useT(explore);
  const lang = useLang();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);

  const sources = sourceIndex(data);
  const shown = [...points.values()].filter((p) => p.chart === spec.id);
  const disputed = shown.filter((p) => p.alternates.length > 0);
  const weaklySourced = shown.filter((p) =>
    secondaryOnly(p.sources.map((id) => sources.get(id)).filter((s) => s !== undefined)),
  );
  const when = (p: PointRef) =>
    p.period ? formatPeriod(p.period, lang) : p.year !== undefined ? formatYear(p.year, lang) : "";
  const cite = (ids: string[]) =>
    ids.map((id, i) => {
      const s = sources.get(id);
      return (
        <span key={id}>
          {i > 0 && "; "}
          {s ? (
            <a className="underline underline-offset-2" href={s.url} target="_blank" rel="noopener noreferrer">
              {sourcePublisher(s, lang)}
            </a>
          ) : (
            id
          )}
        </span>
      );
    });

  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby={`${spec.id}-sources-title`}
      className="m-auto max-h-[90vh] w-[min(48rem,calc(100vw-1rem))] overflow-y-auto rounded-lg border border-line bg-surface p-0 text-ink shadow-xl backdrop:bg-black/50"
    >
      <div className="sticky top-0 flex items-start justify-between gap-3 border-b border-line bg-surface px-5 py-3">
        <h2 id={`${spec.id}-sources-title`} className="text-lg font-semibold">
          {t("explore.sources.title")}: {spec.title}
        </h2>
        <button
          type="button"
          onClick={onClose}
          className="shrink-0 whitespace-nowrap rounded-md border border-line px-3 py-1 text-sm hover:bg-accent-soft focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
        >
          {t("explore.sources.close")}
        </button>
      </div>
      <div className="space-y-6 px-5 py-4 text-sm">
        <section>
          <h3 className="mb-2 font-semibold">{t("explore.sources.sources", { count: spec.sources.length })}</h3>
          <ul className="space-y-1.5">
            {orderSources(spec.sources, "date").map((s) => (
              <li key={s.id}>
                <span className="mr-1 rounded border border-line px-1 text-xs text-ink-muted">
                  {t(`source.kind.${s.kind}`)}
                </span>
                <SourceTitle source={s} /> — {sourcePublisher(s, lang)}, {formatDate(s.date, lang)}
              </li>
            ))}
          </ul>
          {weaklySourced.length > 0 && (
            <p className="mt-2 text-ink-muted">
              {t("explore.sources.secondaryOnly", {
                points: weaklySourced
                  .map((p) => `${when(p)} ${formatValue(p.value, p.unit, lang, p.qualifier)}`)
                  .join("; "),
              })}
            </p>
          )}
        </section>
        <section>
          <h3 className="mb-2 font-semibold">{t("explore.sources.notes")}</h3>
          <p className="mb-2 text-ink-muted">{spec.basis}</p>
          <dl className="space-y-3">
            {orderedNotes(data.notes, spec.id).map((n) => (
              <div key={n.id}>
                <dt className="font-medium">{n.title[lang]}</dt>
                <dd className="text-ink-muted">
                  {n.text[lang]}
                  {n.sources && n.sources.length > 0 && <> ({cite(n.sources)})</>}
                </dd>
              </div>
            ))}
          </dl>
        </section>
        <section>
          <h3 className="mb-2 font-semibold">{t("explore.sources.disputed")}</h3>
          {disputed.length === 0 ? (
            <p className="text-ink-muted">{t("explore.sources.disputedNone")}</p>
          ) : (
            <ul className="space-y-3">
              {disputed.map((p) => (
                <li key={p.id}>
                  <p className="font-medium">
                    {when(p)}:{" "}
                    {allValues(p)
                      .map((v, i) =>
                        formatValue(v, p.unit, lang, i === 0 ? p.qualifier : p.alternates[i - 1]!.qualifier),
                      )
                      .join(" / ")}
                  </p>
                  <p className="text-ink-muted">
                    {t("explore.sources.headline", { value: formatValue(p.value, p.unit, lang, p.qualifier) })} (
                    {cite(p.sources)})
                  </p>
                  <ul className="mt-1 list-disc pl-5 text-ink-muted">
                    {p.alternates.map((a, i) => (
                      <li key={i}>
                        {formatValue(a.value, p.unit, lang, a.qualifier)}: {a.note[lang]} ({cite(a.sources)})
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </dialog>
  );
}
