/** The contracts-vs-deliveries chart: everything the registry needs to know about it. */
import { defineChart } from "@/charts/shared/definition.ts";
import { messages } from "./messages.ts";
import { contractsVsDeliveriesModel, contractYears } from "./model.ts";

export const contractsVsDeliveries = defineChart({
  id: "contracts-vs-deliveries",
  label: {
    en: messages.en["chart.contracts-vs-deliveries.label"],
    ko: messages.ko["chart.contracts-vs-deliveries.label"],
  },
  capabilities: { types: ["bar"], span: contractYears },
  notesFirst: ["basis-contract", "basis-tiv"],
  model: contractsVsDeliveriesModel,
  load: () => import("./ContractsVsDeliveriesChart.tsx"),
});
