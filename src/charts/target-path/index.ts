/** The target-path chart: everything the registry needs to know about it. */
import { yearSpan } from "@/data/derive/annual-exports.ts";
import { defineChart } from "@/charts/shared/definition.ts";
import { pointRef } from "@/data/derive/points.ts";
import { targetPathHeadline } from "./headline.ts";
import { messages } from "./messages.ts";
import { targetPathModel } from "./model.ts";

export const targetPath = defineChart({
  id: "target-path",
  label: { en: messages.en["chart.target-path.label"], ko: messages.ko["chart.target-path.label"] },
  capabilities: { types: ["line"], span: (data) => yearSpan(data.annualExports.points) },
  notesFirst: ["basis-contract", "targets-different-bases"],
  points: (data) =>
    data.targets
      .filter((t) => t.kind === "export-value")
      .map((t) => pointRef(t, { unit: t.unit, chart: "target-path", year: t.targetYear })),
  model: targetPathModel,
  headline: targetPathHeadline,
  load: () => import("./TargetPathChart.tsx"),
  embedHeight: { en: 647, ko: 590 },
});
