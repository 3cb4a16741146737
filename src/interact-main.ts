/**
 * The explorer's interaction script for the chart baked into its HTML (src/ui/baked-chart.ts) and
 * the source list the build moved to a page of its own (src/ui/source-list.ts): the pre-paint script
 * loads it once the chart has painted. No React, no Recharts.
 */
import { enhanceBakedCharts } from "@/ui/baked-chart.ts";
import { restoreSourceLists } from "@/ui/source-list.ts";

const root = document.getElementById("root") ?? document;
void enhanceBakedCharts(root);
restoreSourceLists(root);
