/** top-exporters: SIPRI's largest exporters, Korea highlighted, a line at the share the goal rank takes. */
import { RankedBars } from "@/charts/shared/RankedBars.tsx";
import type { PlotSize } from "@/charts/shared/PlotArea.tsx";
import type { TopExportersPlot } from "./model.ts";

export default function TopExportersChart(props: TopExportersPlot & { size: PlotSize }) {
  return <RankedBars {...props} />;
}
