/** The annual-exports chart: everything the registry needs to know about it. */
import { yearSpan } from "@/data/derive/annual-exports.ts";
import { defineChart } from "@/charts/shared/definition.ts";
import { pointRef } from "@/data/derive/points.ts";
import { annualExportsHeadline } from "./headline.ts";
import { messages } from "./messages.ts";
import { annualExportsModel } from "./model.ts";

export const annualExports = defineChart({
  id: "annual-exports",
  label: { en: messages.en["chart.annual-exports.label"], ko: messages.ko["chart.annual-exports.label"] },
  capabilities: { types: ["bar", "line"], span: (data) => yearSpan(data.annualExports.points) },
  notesFirst: ["basis-contract", "disputed-years", "eximbank-2025-reading", "missing-years"],
  points: (data) =>
    [...data.annualExports.points, ...data.annualTargets.points].map((p) =>
      pointRef(p, { unit: "usd-bn", chart: "annual-exports", year: p.year }),
    ),
  model: annualExportsModel,
  headline: annualExportsHeadline,
  load: () => import("./AnnualExportsChart.tsx"),
  embedHeight: { en: 583, ko: 542 },
});
