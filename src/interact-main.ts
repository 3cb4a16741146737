/**
 * The explorer's interaction script for the chart baked into its HTML (src/ui/baked-chart.ts): the
 * pre-paint script loads it once the chart has painted. No React, no Recharts.
 */
import { enhanceBakedCharts } from "@/ui/baked-chart.ts";

enhanceBakedCharts(document.getElementById("root") ?? document);
