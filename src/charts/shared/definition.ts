/** What a chart folder gives the registry: everything that is that chart, in one object. */
import type { ComponentType } from "react";
import type { ChartId } from "@/data/chart-ids.ts";
import type { PointRef } from "@/data/derive/points.ts";
import type { Dataset, Lang } from "@/data/schema.ts";
import type { ChartType } from "@/state/url-codec.ts";
import type { ChartModelBase, ChartOptions, YearSpan } from "./chart-spec.ts";
import type { WindowChoice } from "./fit-view.ts";
import type { PlotSize } from "./PlotArea.tsx";

/** What a chart can show, known without building its model (the range control and fitting read it). */
export interface ChartCapabilities {
  /** Types it can be drawn as, its default first. */
  types: readonly ChartType[];
  /** Years its range control spans in this dataset; null for a chart without a year axis. */
  span: (data: Dataset) => YearSpan | null;
  /** Five-year windows it can show and its default; absent when it shows none. */
  windows?: (data: Dataset) => WindowChoice;
}

export interface ChartDefinition<Id extends ChartId, Model extends ChartModelBase & { id: Id; plot: object }> {
  id: Id;
  /** The chart's short name (picker, error messages, slide lists), by language. */
  label: Record<Lang, string>;
  capabilities: ChartCapabilities;
  /** Measurement notes (data.notes ids) that matter most for this chart, listed first in its sources. */
  notesFirst: readonly string[];
  /**
   * The dataset points this chart shows and owns, by id: an article figure or a focus link that
   * names one opens this chart on it. Left out by a chart that only shows points another chart owns.
   */
  points?: (data: Dataset) => PointRef[];
  /**
   * The slide headline: one short sentence a room reads at a glance, its figures from the data.
   * Undefined (or throwing) where the dataset lacks what it says: the slide then shows the takeaway.
   */
  headline: (data: Dataset, lang: Lang) => string | undefined;
  /** Pure: from data, language and options already fitted to the chart, its spec and plot props. */
  model: (data: Dataset, lang: Lang, options: ChartOptions) => Model;
  /**
   * The height its embed takes in a 640 px column (a typical article width), by language, measured
   * from the baked pages: the embed code's iframe reserves it, so the article does not jump when
   * embed.js sizes the frame. tests/e2e/embed.spec.ts fails when it is more than a few px off the
   * resized height; update it from there. Narrower columns run taller and embed.js corrects them.
   */
  embedHeight: Record<Lang, number>;
  /** The Recharts component, its own lazily loaded chunk. */
  load: () => Promise<{ default: ComponentType<Model["plot"] & { size: PlotSize }> }>;
}

/** Identity, for type inference: the definition's model type follows from its `model` function. */
export function defineChart<Id extends ChartId, Model extends ChartModelBase & { id: Id; plot: object }>(
  definition: ChartDefinition<Id, Model>,
): ChartDefinition<Id, Model> {
  return definition;
}
