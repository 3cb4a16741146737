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
          aria-pressed={value === o.value}
          onClick={() => onChange(o.value)}
          className={`px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent ${value === o.value ? "bg-accent text-surface" : "bg-surface text-ink hover:bg-accent-soft"}`}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
