/** The contracts-vs-deliveries chart: everything the registry needs to know about it. */
import { yearSpan } from "@/data/derive/annual-exports.ts";
import { defineChart } from "@/charts/shared/definition.ts";
import { contractsVsDeliveriesHeadline } from "./headline.ts";
import { messages } from "./messages.ts";
import { contractsVsDeliveriesModel } from "./model.ts";

export const contractsVsDeliveries = defineChart({
  id: "contracts-vs-deliveries",
  label: {
    en: messages.en["chart.contracts-vs-deliveries.label"],
    ko: messages.ko["chart.contracts-vs-deliveries.label"],
  },
  // The years with a contract figure; deliveries are shown where SIPRI's database has them.
  capabilities: { types: ["bar"], span: (data) => yearSpan(data.annualExports.points) },
  notesFirst: ["basis-contract", "basis-tiv"],
  model: contractsVsDeliveriesModel,
  headline: contractsVsDeliveriesHeadline,
  load: () => import("./ContractsVsDeliveriesChart.tsx"),
  embedHeight: { en: 663, ko: 631 },
});
