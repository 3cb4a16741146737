import { keyFigures } from "@/data/derive/key-figures.ts";
import type { Dataset } from "@/data/schema.ts";
import { formatPercent, formatPeriod, formatYear } from "@/i18n/format.ts";
import { keyFigureLinks } from "@/ui/figure-links.ts";
import { useLang, useT } from "@/ui/use-t.ts";
import { present } from "@/i18n/messages/present.ts";

export function KeyFiguresSlide({ data }: { data: Dataset }) {
  const t = useT(present);
  const lang = useLang();
  const k = keyFigures(data);
  // Values as the explorer's key figures and the article quote them: one formatting for every surface.
  const links = keyFigureLinks(k, lang);
  const year = (y: number) => formatYear(y, lang);
  const figures = [
    { value: links.latest.value, label: t("present.key.latest", { year: year(k.latest.year) }) },
    { value: links.record.value, label: t("present.key.record", { year: year(k.record.year) }) },
    { value: links.target.value, label: t("present.key.target", { year: year(k.exportTarget.targetYear) }) },
    {
      value: links.growth.value,
      label: t("present.key.growth", { from: year(k.latest.year), to: year(k.exportTarget.targetYear) }),
    },
    {
      value: links.shareGoal.value,
      label: t("present.key.share", {
        year: year(k.shareTarget.targetYear),
        share: formatPercent(k.share.value, lang, k.share.qualifier),
        period: formatPeriod(k.share.period, lang),
      }),
    },
  ];
  return (
    <div className="flex h-full flex-col gap-10">
      <h1 className="text-[3.5rem] font-bold leading-tight text-ink">{t("present.key.heading")}</h1>
      {/* The two actuals lead, large; the goals and what they take follow. */}
      <dl className="grid flex-1 grid-cols-6 content-center gap-x-10 gap-y-14">
        {figures.map((f, i) => (
          <div
            key={f.label}
            className={`flex flex-col-reverse gap-3 border-l-[0.5rem] border-accent pl-6 ${i < 2 ? "col-span-3" : "col-span-2"}`}
          >
            <dt className="text-[2rem] leading-snug text-ink" data-body>
              {f.label}
            </dt>
            <dd
              className={`${i < 2 ? "text-[5.5rem]" : "text-[4.25rem]"} font-bold leading-none tabular-nums text-ink`}
            >
              {f.value}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
