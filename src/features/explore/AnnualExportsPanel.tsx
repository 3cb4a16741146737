import { useMemo } from "react";
import { ChartPlot } from "@/charts/ChartPlot.tsx";
import { chartModel } from "@/charts/models.ts";
import type { Dataset } from "@/data/schema.ts";
import { useViewStore } from "@/state/view-store.ts";
import { ChartFrame } from "@/ui/ChartFrame.tsx";
import { useReducedMotion } from "@/ui/use-reduced-motion.ts";
import { useLang } from "@/ui/use-t.ts";

export function AnnualExportsPanel({ data }: { data: Dataset }) {
  const lang = useLang();
  const { from, to, type, view, focus, setView } = useViewStore();
  const reducedMotion = useReducedMotion();
  const model = useMemo(() => chartModel("annual-exports", data, lang, { from, to, type, focus }), [data, lang, from, to, type, focus]);
  return (
    <ChartFrame spec={model.spec} view={view} onViewChange={(v) => setView({ view: v })} focusYear={focus}>
      <ChartPlot model={model} size={{ height: 360, animate: !reducedMotion }} />
    </ChartFrame>
  );
}
