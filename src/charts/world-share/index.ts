/** The world-share chart: everything the registry needs to know about it. */
import { yearSpan } from "@/data/derive/annual-exports.ts";
import { defineChart } from "@/charts/shared/definition.ts";
import { pointRef } from "@/data/derive/points.ts";
import { worldShareHeadline } from "./headline.ts";
import { messages } from "./messages.ts";
import { shareWindows, worldShareModel } from "./model.ts";

export const worldShare = defineChart({
  id: "world-share",
  label: { en: messages.en["chart.world-share.label"], ko: messages.ko["chart.world-share.label"] },
  capabilities: {
    types: ["bar", "line"],
    span: (data) => yearSpan(shareWindows(data)),
  },
  notesFirst: ["basis-tiv", "sipri-revisions", "targets-different-bases"],
  points: (data) => [
    ...data.worldShare.points.map((p) =>
      pointRef(p, { unit: "percent", chart: "world-share", period: p.period, year: p.period.end }),
    ),
    ...data.targets
      .filter((t) => t.kind === "world-share")
      .map((t) => pointRef(t, { unit: t.unit, chart: "world-share", year: t.targetYear })),
  ],
  model: worldShareModel,
  headline: worldShareHeadline,
  load: () => import("./WorldShareChart.tsx"),
  embedHeight: { en: 704, ko: 668 },
});
