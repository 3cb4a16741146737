/** A row of toggle buttons for one choice (theme, chart type): each says whether it is the one chosen. */
export interface SegmentedOption<T extends string> {
  value: T;
  label: string;
  lang?: string;
}

export function SegmentedControl<T extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: readonly SegmentedOption<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <div role="group" aria-label={label} className="inline-flex overflow-hidden rounded-md border border-line">
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          lang={o.lang}
          data-value={o.value}
          aria-pressed={value === o.value}
          onClick={() => onChange(o.value)}
          // The look follows aria-pressed, so a prerendered page whose pre-paint script presses another
          // button (a linked theme) looks as it says.
          className="bg-surface px-3 py-1.5 text-sm text-ink hover:bg-accent-soft focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent aria-pressed:bg-accent aria-pressed:text-surface aria-pressed:hover:bg-accent"
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
