import { DATASET_PATH } from "@/data/api/get-dataset.ts";
import type { Dataset } from "@/data/schema.ts";
import { formatDate } from "@/i18n/format.ts";
import { sourcePublisher } from "@/i18n/translate.ts";
import { useLang, useT } from "@/ui/use-t.ts";
import { present } from "@/i18n/messages/present.ts";
import { sourcesByCitations } from "../speaker-notes.ts";

/** The most-cited sources fit on a slide; the rest are named by count and where to find them. */
const SHOWN = 7;

export function SourcesSlide({ data }: { data: Dataset }) {
  const t = useT(present);
  const lang = useLang();
  const sources = sourcesByCitations(data);
  const rest = data.sources.length - Math.min(SHOWN, sources.length);
  return (
    <div className="flex h-full flex-col gap-8">
      <h1 className="text-[3.5rem] font-bold leading-tight text-ink">{t("present.sources.heading")}</h1>
      <ol className="flex flex-col gap-4">
        {sources.slice(0, SHOWN).map((s) => (
          <li key={s.id} className="truncate text-[1.75rem] leading-snug text-ink" data-body>
            <a
              href={s.url}
              className="font-semibold underline decoration-line underline-offset-4"
              target="_blank"
              rel="noopener noreferrer"
            >
              {sourcePublisher(s, lang)}
            </a>{" "}
            ({formatDate(s.date, lang)}) — <span lang={s.language}>{s.title}</span>
          </li>
        ))}
      </ol>
      {rest > 0 && (
        <p className="text-[1.75rem] text-ink-muted" data-body>
          {t("present.sources.more", { count: rest, path: DATASET_PATH })}
        </p>
      )}
    </div>
  );
}
