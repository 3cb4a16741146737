import type { TooltipContent } from "./chart-spec.ts";

/** The one tooltip look for every chart. */
export function ChartTooltip({ content, width }: { content: TooltipContent; width?: number }) {
  return (
    <div
      className={`${width ? "" : "max-w-xs "}rounded-md border border-line bg-surface p-2 text-sm text-ink shadow-lg`}
      style={width ? { width } : undefined}
    >
      <p className="font-semibold">{content.title}</p>
      {content.lines.map((line, i) => (
        <p key={i} className="text-xs text-ink-muted">
          {line}
        </p>
      ))}
    </div>
  );
}
