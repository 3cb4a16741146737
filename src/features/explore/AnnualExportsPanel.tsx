import { useMemo } from "react";
import { AnnualExportsChart } from "@/charts/AnnualExportsChart.tsx";
import { annualExportsView } from "@/charts/annual-exports.ts";
import type { AnnualRow } from "@/data/derive/annual-exports.ts";
import type { Dataset } from "@/data/schema.ts";
import { formatUsdBn, formatYear } from "@/i18n/format.ts";
import { useViewStore } from "@/state/view-store.ts";
import { ChartFrame } from "@/ui/ChartFrame.tsx";
import { useReducedMotion } from "@/ui/use-reduced-motion.ts";
import { useLang, useT } from "@/ui/use-t.ts";

export function AnnualExportsPanel({ data }: { data: Dataset }) {
  const lang = useLang();
  const t = useT();
  const { from, to, type, view, focus, setView } = useViewStore();
  const reducedMotion = useReducedMotion();
  const model = useMemo(() => annualExportsView(data, lang, { from, to }), [data, lang, from, to]);

  const tooltip = (row: AnnualRow) => (
    <div className="max-w-xs rounded-md border border-line bg-surface p-2 text-sm text-ink shadow-lg">
      <p className="font-semibold">
        {formatYear(row.year, lang)}: {formatUsdBn(row.value, lang, row.qualifier)}
      </p>
      <p className="text-xs text-ink-muted">
        {t(`status.${row.status}`)} · {model.sourceNames(row.sources)}
      </p>
      {row.alternates.length > 0 && (
        <>
          <p className="mt-1 text-xs font-medium">
            {t("chart.disputed")} — {t("chart.range", { low: formatUsdBn(row.low, lang), high: formatUsdBn(row.high, lang) })}
          </p>
          <ul className="text-xs">
            {row.alternates.map((a, i) => (
              <li key={i}>
                {formatUsdBn(a.value, lang, a.qualifier)} — {model.sourceNames(a.sources)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );

  return (
    <ChartFrame spec={model.spec} view={view} onViewChange={(v) => setView({ view: v })} focusYear={focus}>
      <AnnualExportsChart
        rows={model.rows}
        type={type ?? "bar"}
        target={model.target}
        focusYear={focus}
        annotate={model.annotate}
        formatTick={model.formatTick}
        renderTooltip={tooltip}
        animate={!reducedMotion}
      />
    </ChartFrame>
  );
}
