/** The recipients chart: everything the registry needs to know about it. */
import { recipientWindowChoice } from "@/data/derive/recipients.ts";
import { defineChart } from "@/charts/shared/definition.ts";
import { pointRef } from "@/data/derive/points.ts";
import { recipientsHeadline } from "./headline.ts";
import { messages } from "./messages.ts";
import { recipientsModel } from "./model.ts";

export const recipients = defineChart({
  id: "recipients",
  label: { en: messages.en["chart.recipients.label"], ko: messages.ko["chart.recipients.label"] },
  capabilities: { types: ["bar"], span: () => null, windows: recipientWindowChoice },
  notesFirst: ["buyers-share-of-korea", "basis-tiv", "sipri-revisions"],
  points: (data) =>
    data.buyers.flatMap((b) =>
      b.buyers.map((row) => pointRef(row, { unit: "percent", chart: "recipients", period: b.period })),
    ),
  model: recipientsModel,
  headline: recipientsHeadline,
  load: () => import("./RecipientsChart.tsx"),
  embedHeight: { en: 624, ko: 567 },
});
