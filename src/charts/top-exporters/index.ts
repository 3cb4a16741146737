/** The top-exporters chart: everything the registry needs to know about it. */
import { exporterWindowChoice } from "@/data/derive/exporters.ts";
import { defineChart } from "@/charts/shared/definition.ts";
import { pointRef } from "@/data/derive/points.ts";
import { topExportersHeadline } from "./headline.ts";
import { messages } from "./messages.ts";
import { topExportersModel } from "./model.ts";

export const topExporters = defineChart({
  id: "top-exporters",
  label: { en: messages.en["chart.top-exporters.label"], ko: messages.ko["chart.top-exporters.label"] },
  capabilities: { types: ["bar"], span: () => null, windows: exporterWindowChoice },
  notesFirst: ["basis-tiv", "sipri-revisions"],
  points: (data) => [
    ...[data.topExporters, data.topExportersLatest].flatMap(({ exporters, period }) =>
      exporters.map((e) => pointRef(e, { unit: "percent", chart: "top-exporters", period })),
    ),
    ...data.targets
      .filter((t) => t.kind === "exporter-rank")
      .map((t) => pointRef(t, { unit: t.unit, chart: "top-exporters", year: t.targetYear })),
  ],
  model: topExportersModel,
  headline: topExportersHeadline,
  load: () => import("./TopExportersChart.tsx"),
  embedHeight: { en: 615, ko: 558 },
});
