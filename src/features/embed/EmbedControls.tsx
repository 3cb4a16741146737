/** The embed's own range and chart-type controls (controls=1), labelled in the embed's language. */
import { useId } from "react";
import type { Lang } from "@/data/schema.ts";
import { formatYear } from "@/i18n/format.ts";
import { embed } from "@/i18n/messages/embed.ts";
import { translatorWith } from "@/i18n/translate.ts";
import type { ChartType } from "@/state/url-codec.ts";
import type { EmbedView } from "./embed-params.ts";

interface EmbedControlsProps {
  lang: Lang;
  span: { min: number; max: number } | null;
  types: readonly ChartType[];
  view: EmbedView;
  onChange: (patch: Partial<EmbedView>) => void;
}

const SELECT = "rounded border border-line bg-surface px-1.5 py-1 text-sm text-ink";

export function EmbedControls({ lang, span, types, view, onChange }: EmbedControlsProps) {
  const t = translatorWith(lang, embed);
  const years = span ? Array.from({ length: span.max - span.min + 1 }, (_, i) => span.min + i) : [];
  const from = view.from ?? span?.min;
  const to = view.to ?? span?.max;
  const type = view.type ?? types[0];
  return (
    <div
      role="group"
      aria-label={t("embed.controls")}
      className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-ink"
    >
      {span && from !== undefined && to !== undefined && (
        <>
          <YearSelect
            label={t("embed.controls.from")}
            lang={lang}
            years={years}
            value={from}
            onChange={(y) => onChange({ from: y, to: Math.max(y, to) })}
          />
          <YearSelect
            label={t("embed.controls.to")}
            lang={lang}
            years={years}
            value={to}
            onChange={(y) => onChange({ to: y, from: Math.min(y, from) })}
          />
        </>
      )}
      {types.length > 1 && (
        <div
          role="group"
          aria-label={t("embed.controls.type")}
          className="inline-flex overflow-hidden rounded border border-line"
        >
          {types.map((value) => (
            <button
              key={value}
              type="button"
              aria-pressed={type === value}
              onClick={() => onChange({ type: value })}
              className={`px-2.5 py-1 text-sm focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent ${type === value ? "bg-accent text-surface" : "bg-surface text-ink hover:bg-accent-soft"}`}
            >
              {t(`embed.controls.${value}`)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

function YearSelect({
  label,
  lang,
  years,
  value,
  onChange,
}: {
  label: string;
  lang: Lang;
  years: number[];
  value: number;
  onChange: (year: number) => void;
}) {
  const id = useId();
  return (
    <span className="flex items-center gap-1">
      <label htmlFor={id}>{label}</label>
      <select id={id} className={SELECT} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {formatYear(y, lang)}
          </option>
        ))}
      </select>
    </span>
  );
}
