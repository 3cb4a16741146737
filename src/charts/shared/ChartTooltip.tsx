import type { TooltipContent } from "./chart-spec.ts";

/**
 * The one tooltip look for every chart: `width` when its placement chose one, else its natural width,
 * at most 20 rem and at most `maxWidth` px.
 */
export function ChartTooltip({
  content,
  width,
  maxWidth,
}: {
  content: TooltipContent;
  width?: number;
  maxWidth?: number;
}) {
  return (
    <div
      className={`${width ? "" : "max-w-xs "}rounded-md border border-line bg-surface p-2 text-sm text-ink shadow-lg`}
      style={width ? { width } : maxWidth ? { maxWidth: `min(20rem, ${maxWidth}px)` } : undefined}
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
