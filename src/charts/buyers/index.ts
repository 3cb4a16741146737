/** The buyers chart: everything the registry needs to know about it. */
import { yearSpan } from "@/data/derive/annual-exports.ts";
import { defineChart } from "@/charts/shared/definition.ts";
import { pointRef } from "@/data/derive/points.ts";
import { buyersHeadline } from "./headline.ts";
import { messages } from "./messages.ts";
import { buyersModel } from "./model.ts";

export const buyers = defineChart({
  id: "buyers",
  label: { en: messages.en["chart.buyers.label"], ko: messages.ko["chart.buyers.label"] },
  capabilities: { types: ["bar"], span: (data) => yearSpan(data.deals) },
  notesFirst: ["basis-contract", "revenue-vs-contract"],
  points: (data) =>
    data.deals.flatMap((d) =>
      d.value === null ? [] : [pointRef({ ...d, value: d.value }, { unit: "usd-bn", chart: "buyers", year: d.year })],
    ),
  model: buyersModel,
  headline: buyersHeadline,
  load: () => import("./BuyersChart.tsx"),
  embedHeight: { en: 626, ko: 574 },
});
