import type { Dataset } from "@/data/schema.ts";
import { formatDate } from "@/i18n/format.ts";
import { useLang, useT } from "@/ui/use-t.ts";
import { present } from "@/i18n/messages/present.ts";

/** The minister's remarks as the article quotes them; in Korean, the translation with the original below. */
export function QuotesSlide({ data }: { data: Dataset }) {
  const t = useT(present);
  const lang = useLang();
  const { quotes, outlet, date } = data.article;
  return (
    <div className="flex h-full flex-col gap-10">
      <h1 className="text-[3.5rem] font-bold leading-tight text-ink">{t("present.quotes.heading")}</h1>
      <div className="flex flex-1 flex-col justify-center gap-12">
        {quotes.map((q) => (
          <figure key={q.text} className="border-l-[0.5rem] border-accent pl-8">
            <blockquote className="text-[4rem] font-semibold leading-tight text-ink">
              <p>{t("present.quotes.quote", { text: lang === "ko" ? q.translation : q.text })}</p>
              {lang === "ko" && (
                <p lang="en" className="mt-2 text-[2rem] font-normal text-ink-muted">
                  {t("present.quotes.quote", { text: q.text })}
                </p>
              )}
            </blockquote>
            <figcaption className="mt-4 text-[2rem] text-ink" data-body>
              {t("present.quotes.credit", { speaker: q.speaker[lang], outlet, date: formatDate(date, lang) })}
            </figcaption>
          </figure>
        ))}
      </div>
    </div>
  );
}
