/** The top-exporters chart: everything the registry needs to know about it. */
import { exporterWindowChoice } from "@/data/derive/exporters.ts";
import { defineChart } from "@/charts/shared/definition.ts";
import { messages } from "./messages.ts";
import { topExportersModel } from "./model.ts";

export const topExporters = defineChart({
  id: "top-exporters",
  label: { en: messages.en["chart.top-exporters.label"], ko: messages.ko["chart.top-exporters.label"] },
  capabilities: { types: ["bar"], span: () => null, windows: exporterWindowChoice },
  notesFirst: ["basis-tiv", "sipri-revisions"],
  model: topExportersModel,
  load: () => import("./TopExportersChart.tsx"),
});
