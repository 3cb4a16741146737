import type { ChartSpec } from "@/charts/shared/chart-spec.ts";

/** The table view of a chart: the same numbers, as text. */
export function DataTable({
  table,
  focusYear,
  onPointHover,
}: {
  table: ChartSpec["table"];
  focusYear?: number;
  onPointHover?: (pointId: string | null) => void;
}) {
  const leave = onPointHover && (() => onPointHover(null));
  // Short text stays on one line; long text (sources, notes) keeps a readable width. On a phone the
  // table then scrolls inside its region instead of squeezing columns to a letter per line.
  const fit = (key: string) =>
    table.rows.some((r) => (r.cells[key] ?? "").length > 32) ? "min-w-[13rem]" : "whitespace-nowrap";
  return (
    // A scrolling region must be reachable by keyboard (axe: scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="kdem-scroll-edges overflow-x-auto" tabIndex={0} role="region" aria-label={table.caption}>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={`border-b border-line px-2 py-2 font-semibold text-ink-muted ${c.numeric ? "text-right" : "text-left"}`}
              >
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr
              key={row.id}
              id={`row-${row.id}`}
              data-point={row.id}
              className={row.year !== undefined && row.year === focusYear ? "bg-accent-soft" : undefined}
              onMouseEnter={onPointHover && (() => onPointHover(row.id))}
              onMouseLeave={leave}
            >
              {table.columns.map((c, i) =>
                i === 0 ? (
                  <th
                    key={c.key}
                    scope="row"
                    className="border-b border-line px-2 py-1.5 text-left align-top font-medium whitespace-nowrap"
                  >
                    {row.cells[c.key]}
                  </th>
                ) : (
                  <td
                    key={c.key}
                    className={`border-b border-line px-2 py-1.5 align-top ${c.numeric ? "text-right tabular-nums whitespace-nowrap" : fit(c.key)}`}
                  >
                    {row.cells[c.key]}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
