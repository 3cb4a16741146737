/**
 * Every chart's model by id: pure (no React, no Recharts), so the spec — title, takeaway, table,
 * sources — is ready before the chart code has loaded, and embed/slides/explorer share it.
 */
import type { ChartId } from "@/data/chart-ids.ts";
import type { Dataset, Lang } from "@/data/schema.ts";
import { annualExportsModel, type AnnualExportsModel } from "./annual-exports.ts";
import { buyersModel, type BuyersModel } from "./buyers.ts";
import type { ChartOptions } from "./chart-spec.ts";
import { targetPathModel, type TargetPathModel } from "./target-path.ts";
import { topExportersModel, type TopExportersModel } from "./top-exporters.ts";
import { worldShareModel, type WorldShareModel } from "./world-share.ts";

export type ChartModel = AnnualExportsModel | TargetPathModel | WorldShareModel | TopExportersModel | BuyersModel;

export function chartModel(id: ChartId, data: Dataset, lang: Lang, options: ChartOptions = {}): ChartModel {
  switch (id) {
    case "annual-exports":
      return annualExportsModel(data, lang, options);
    case "target-path":
      return targetPathModel(data, lang, options);
    case "world-share":
      return worldShareModel(data, lang, options);
    case "top-exporters":
      return topExportersModel(data, lang, options);
    case "buyers":
      return buyersModel(data, lang, options);
  }
}
