import { currentTarget } from "@/data/derive/key-figures.ts";
import type { Dataset } from "@/data/schema.ts";
import { formatDate } from "@/i18n/format.ts";
import { sourcePublisher } from "@/i18n/translate.ts";
import { useLang, useT } from "@/ui/use-t.ts";
import { present } from "@/i18n/messages/present.ts";
import { mainSource } from "../speaker-notes.ts";

export function TitleSlide({ data }: { data: Dataset }) {
  const t = useT(present);
  const lang = useLang();
  const main = mainSource(data);
  const target = currentTarget(data, "export-value");
  return (
    <div className="flex h-full flex-col justify-center gap-8">
      <p className="text-[2rem] font-semibold uppercase tracking-wide text-accent">
        {data.meta.title[lang]} · {t("present.title.kicker")}
      </p>
      <h1 className="max-w-[100rem] text-[5.5rem] font-bold leading-[1.1] text-ink">
        {target ? t("present.title.subject", { targetYear: target.targetYear }) : data.meta.title[lang]}
      </h1>
      <p className="text-[2.5rem] text-ink" data-body>
        {t("present.title.date", { date: formatDate(data.meta.updated, lang) })}
      </p>
      {main && (
        <p className="max-w-[100rem] text-[2rem] text-ink" data-body>
          {t("present.title.source", { source: `${sourcePublisher(main, lang)}, ${formatDate(main.date, lang)}: ` })}
          <span lang={main.language}>“{main.title}”</span>
        </p>
      )}
      <p className="text-[1.75rem] text-ink-muted" data-body>
        {t("present.title.count", { count: data.sources.length })}
      </p>
      <p className="text-[1.5rem] text-ink-muted print:hidden">{t("present.keys")}</p>
    </div>
  );
}
