/** recipients: who receives Korea's deliveries in a window, the largest highlighted. */
import { RankedBars } from "@/charts/shared/RankedBars.tsx";
import type { PlotSize } from "@/charts/shared/PlotArea.tsx";
import type { RecipientsPlot } from "./model.ts";

export default function RecipientsChart(props: RecipientsPlot & { size: PlotSize }) {
  return <RankedBars {...props} />;
}
