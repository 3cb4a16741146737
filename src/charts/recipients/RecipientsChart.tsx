/** recipients: who receives Korea's deliveries in a window, the largest highlighted. */
import { RankedBars } from "../shared/RankedBars.tsx";
import type { PlotSize } from "../shared/PlotArea.tsx";
import type { RecipientsPlot } from "./model.ts";

export default function RecipientsChart(props: RecipientsPlot & { size: PlotSize }) {
  return <RankedBars {...props} />;
}
