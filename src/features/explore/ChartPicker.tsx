/** Choosing the chart: one button per chart id, the current one marked as pressed. */
import { chartLabel } from "@/charts/registry.ts";
import { CHART_IDS } from "@/data/chart-ids.ts";
import { useViewStore } from "@/state/view-store.ts";
import { useLang, useT } from "@/ui/use-t.ts";
import { explore } from "@/i18n/messages/explore.ts";

export function ChartPicker() {
  const t = useT(explore);
  const lang = useLang();
  const chart = useViewStore((s) => s.chart);
  const selectChart = useViewStore((s) => s.selectChart);
  return (
    <nav aria-label={t("explore.picker.label")} className="mb-3">
      <ul className="flex flex-wrap gap-2">
        {CHART_IDS.map((id) => (
          <li key={id}>
            <button
              type="button"
              aria-pressed={chart === id}
              onClick={() => selectChart(id)}
              className={`rounded-full border px-3.5 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent ${chart === id ? "border-accent bg-accent text-surface" : "border-line bg-surface text-ink hover:bg-accent-soft"}`}
            >
              {chartLabel(id, lang)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
