/** The chart's own controls: year range (sliders and typed years), bar/line switch, clearing a highlight. */
import { useId, useState } from "react";
import type { ChartType } from "@/state/url-codec.ts";
import { formatYear } from "@/i18n/format.ts";
import { useLang, useT } from "@/ui/use-t.ts";
import { SegmentedControl } from "@/ui/SegmentedControl.tsx";

export function TypeSwitch({
  types,
  value,
  onChange,
}: {
  types: readonly ChartType[];
  value: ChartType;
  onChange: (type: ChartType) => void;
}) {
  const t = useT();
  return (
    <SegmentedControl
      label={t("explore.type.label")}
      options={types.map((type) => ({ value: type, label: t(`explore.type.${type}`) }))}
      value={value}
      onChange={onChange}
    />
  );
}

export function FocusClear({ year, onClear }: { year: number; onClear: () => void }) {
  const t = useT();
  const lang = useLang();
  return (
    <button
      type="button"
      onClick={onClear}
      className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm text-ink hover:bg-accent-soft focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
    >
      {t("explore.focus.clear", { year: formatYear(year, lang) })} <span aria-hidden="true">×</span>
    </button>
  );
}

interface RangeProps {
  span: { min: number; max: number };
  from: number;
  to: number;
  onChange: (from: number, to: number) => void;
}

/**
 * Two ends of the year range, each a slider (pointer and arrow keys) with a typed year beside it
 * (easier than a thumb on a phone). Moving one end past the other carries the other along.
 */
export function RangeControl({ span, from, to, onChange }: RangeProps) {
  const t = useT();
  const full = from === span.min && to === span.max;
  const setFrom = (year: number) => onChange(year, Math.max(year, to));
  const setTo = (year: number) => onChange(Math.min(year, from), year);
  return (
    <fieldset className="mt-3 rounded-md border border-line px-3 pb-3 pt-1" data-testid="range">
      <legend className="px-1 text-sm font-medium text-ink">{t("explore.range.legend")}</legend>
      <div className="grid gap-x-4 gap-y-2 sm:grid-cols-2">
        <YearEnd
          label={t("explore.range.from")}
          sliderLabel={t("explore.range.fromSlider")}
          span={span}
          value={from}
          onChange={setFrom}
        />
        <YearEnd
          label={t("explore.range.to")}
          sliderLabel={t("explore.range.toSlider")}
          span={span}
          value={to}
          onChange={setTo}
        />
      </div>
      {!full && (
        <button
          type="button"
          onClick={() => onChange(span.min, span.max)}
          className="mt-2 text-sm text-accent underline underline-offset-2 hover:no-underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
        >
          {t("explore.range.reset")}
        </button>
      )}
    </fieldset>
  );
}

function YearEnd({
  label,
  sliderLabel,
  span,
  value,
  onChange,
}: {
  label: string;
  sliderLabel: string;
  span: RangeProps["span"];
  value: number;
  onChange: (year: number) => void;
}) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const [text, setText] = useState(String(value));
  // A new value from outside (slider, URL) replaces what was typed: adjust state while rendering.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(String(value));
  }
  const typed = /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  const valid = typed >= span.min && typed <= span.max;
  const commit = (raw: string) => {
    setText(raw);
    const year = /^\d{4}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
    if (year >= span.min && year <= span.max && year !== value) onChange(year);
  };
  return (
    <div className="flex items-center gap-2">
      <input
        type="range"
        aria-label={sliderLabel}
        aria-valuetext={formatYear(value, lang)}
        min={span.min}
        max={span.max}
        step={1}
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
        className="min-w-0 flex-1 accent-[var(--color-accent)]"
      />
      <label htmlFor={id} className="text-sm text-ink-muted">
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={span.min}
        max={span.max}
        value={text}
        aria-invalid={!valid}
        aria-describedby={valid ? undefined : `${id}-error`}
        onChange={(e) => commit(e.target.value)}
        onBlur={() => setText(String(value))}
        className="w-20 rounded-md border border-line bg-surface px-2 py-1 text-sm tabular-nums text-ink aria-[invalid=true]:border-danger"
      />
      {!valid && (
        // A description, not an alert: an alert would interrupt on every partial keystroke ("2", "20", "201").
        <span id={`${id}-error`} className="sr-only">
          {t("explore.range.invalid", { min: span.min, max: span.max })}
        </span>
      )}
    </div>
  );
}
