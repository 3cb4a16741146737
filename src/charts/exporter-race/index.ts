/** The exporter-race chart: everything the registry needs to know about it. */
import { defineChart } from "@/charts/shared/definition.ts";
import { exporterRaceHeadline } from "./headline.ts";
import { messages } from "./messages.ts";
import { exporterRaceModel } from "./model.ts";

export const exporterRace = defineChart({
  id: "exporter-race",
  label: { en: messages.en["chart.exporter-race.label"], ko: messages.ko["chart.exporter-race.label"] },
  capabilities: { types: ["line"], span: () => null },
  notesFirst: ["basis-tiv", "sipri-revisions", "targets-different-bases"],
  model: exporterRaceModel,
  headline: exporterRaceHeadline,
  load: () => import("./ExporterRaceChart.tsx"),
  embedHeight: { en: 668, ko: 652 },
});
