/** The chart's own controls: year range (sliders and typed years), bar/line switch, clearing a highlight. */
import { useId, useState } from "react";
import type { WindowChoice } from "@/charts/shared/fit-view.ts";
import type { ChartType, YearWindow } from "@/state/url-codec.ts";
import { formatPeriod, formatYear } from "@/i18n/format.ts";
import { useLang, useT } from "@/ui/use-t.ts";
import { explore } from "@/i18n/messages/explore.ts";
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
  const t = useT(explore);
  return (
    <SegmentedControl
      label={t("explore.type.label")}
      options={types.map((type) => ({ value: type, label: t(`explore.type.${type}`) }))}
      value={value}
      onChange={onChange}
    />
  );
}

/** The five-year window of a chart that shows one: computed from the database, or an edition SIPRI published. */
export function WindowSelect({
  choices,
  value,
  onChange,
}: {
  choices: WindowChoice["choices"];
  value: YearWindow;
  onChange: (window: YearWindow) => void;
}) {
  const t = useT(explore);
  const lang = useLang();
  const id = useId();
  const key = (w: YearWindow) => `${w.start}-${w.end}`;
  return (
    // Wraps on a phone, and the select shrinks to the row: its longest option ("2021–25 (SIPRI, Mar 2026
    // edition)") had pushed it past the figure's edge at 390 px.
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="text-sm text-ink-muted">
        {t("explore.window.label")}
      </label>
      <select
        id={id}
        value={key(value)}
        onChange={(event) => {
          const chosen = choices.find((c) => key(c.window) === event.target.value);
          if (chosen) onChange(chosen.window);
        }}
        className="max-w-full min-w-0 rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
      >
        {[...choices].reverse().map((c) => (
          <option key={key(c.window)} value={key(c.window)}>
            {c.edition
              ? t("explore.window.published", { period: formatPeriod(c.window, lang), edition: c.edition[lang] })
              : t("explore.window.computed", { period: formatPeriod(c.window, lang) })}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FocusClear({ year, onClear }: { year: number; onClear: () => void }) {
  const t = useT(explore);
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
 * (easier than a thumb on a phone). Dragging one thumb past the other carries the other along; a
 * typed year must leave the range in order (From ≤ To), or the box says which years it takes.
 *
 * A labelled group, not a <fieldset>: Chromium rebuilds a fieldset's layout when a child appears
 * (the "All years" link after the first step), which ends a thumb drag after one year; a fieldset
 * also refuses to shrink below its content on a 280 px screen.
 */
export function RangeControl({ span, from, to, onChange }: RangeProps) {
  const t = useT(explore);
  const legendId = useId();
  const full = from === span.min && to === span.max;
  const setFrom = (year: number) => onChange(year, Math.max(year, to));
  const setTo = (year: number) => onChange(Math.min(year, from), year);
  return (
    <div
      role="group"
      aria-labelledby={legendId}
      className="mt-3 rounded-md border border-line px-3 pb-3 pt-1"
      data-testid="range"
    >
      <div id={legendId} className="px-1 text-sm font-medium text-ink">
        {t("explore.range.legend")}
      </div>
      <div className="grid gap-x-4 gap-y-2 sm:grid-cols-2">
        <YearEnd
          label={t("explore.range.from")}
          sliderLabel={t("explore.range.fromSlider")}
          span={span}
          typedBounds={{ min: span.min, max: to }}
          value={from}
          onChange={setFrom}
        />
        <YearEnd
          label={t("explore.range.to")}
          sliderLabel={t("explore.range.toSlider")}
          span={span}
          typedBounds={{ min: from, max: span.max }}
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
    </div>
  );
}

function YearEnd({
  label,
  sliderLabel,
  span,
  typedBounds,
  value,
  onChange,
}: {
  label: string;
  sliderLabel: string;
  span: RangeProps["span"];
  /** Years a typed value may take: inside the span and not past the other end. */
  typedBounds: RangeProps["span"];
  value: number;
  onChange: (year: number) => void;
}) {
  const t = useT(explore);
  const lang = useLang();
  const id = useId();
  const [text, setText] = useState(String(value));
  // A new value from outside (slider, URL) replaces what was typed: adjust state while rendering.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(String(value));
  }
  const typed = typedYear(text);
  const valid = typed !== undefined && typed >= typedBounds.min && typed <= typedBounds.max;
  // A partial entry ("20") is not yet wrong: the message shows once four digits or something else are typed.
  const showError = !valid && text.trim() !== "" && !/^\d{1,3}$/.test(text.trim());
  const commit = (raw: string) => {
    setText(raw);
    const year = typedYear(raw);
    if (year !== undefined && year >= typedBounds.min && year <= typedBounds.max && year !== value) onChange(year);
  };
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
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
        aria-invalid={showError}
        aria-describedby={showError ? `${id}-error` : undefined}
        onChange={(e) => commit(e.target.value)}
        onBlur={() => setText(String(value))}
        className="w-20 rounded-md border border-line bg-surface px-2 py-1 text-sm tabular-nums text-ink aria-[invalid=true]:border-danger"
      />
      {showError && (
        // Visible, and the field's description rather than an alert, which would interrupt while typing.
        <span id={`${id}-error`} className="basis-full text-sm text-danger">
          {t("explore.range.invalid", { min: typedBounds.min, max: typedBounds.max })}
        </span>
      )}
    </div>
  );
}

function typedYear(raw: string): number | undefined {
  const trimmed = raw.trim();
  return /^\d{4}$/.test(trimmed) ? Number(trimmed) : undefined;
}
