/** What every chart shows around its plot, on every surface (explorer, embed, slides). */
import type { ChartId } from "@/data/chart-ids.ts";
import type { Source } from "@/data/schema.ts";
import type { ChartType, YearWindow } from "@/state/url-codec.ts";

export interface TableColumn {
  key: string;
  label: string;
  numeric?: boolean;
}

export interface TableRow {
  /** Data point id, so a row can be focused and linked. */
  id: string;
  year?: number;
  cells: Record<string, string>;
  /**
   * Machine-readable values the model computes for this row beyond the point itself (the CSV's extra
   * columns; names say they are computed, e.g. `change_pct_computed`).
   */
  data?: Record<string, number | string | null>;
  /** Source ids of a row computed by this product (no dataset point of its own), e.g. the SIPRI database. */
  sources?: string[];
}

export interface ChartSpec {
  id: ChartId;
  title: string;
  subtitle: string;
  /** One line, computed from the data. */
  takeaway: string;
  /** Text alternative for screen readers, generated from the data. */
  description: string;
  /** What the numbers measure (contract value, SIPRI TIV share, target). */
  basis: string;
  sources: Source[];
  table: { caption: string; columns: TableColumn[]; rows: TableRow[] };
}

/** A tooltip as text; the chart lays it out with ChartTooltip, so models stay free of React. */
export interface TooltipContent {
  title: string;
  lines: string[];
}

/** Options every chart model accepts; charts ignore what does not apply to them. */
export interface ChartOptions {
  from?: number;
  to?: number;
  type?: ChartType;
  focus?: number;
  /** The five-year window, for charts that show one (see ChartCapabilities.windows). */
  window?: YearWindow;
}

export interface YearSpan {
  min: number;
  max: number;
}

/** What every chart model returns besides its chart-specific plot props. */
export interface ChartModelBase {
  spec: ChartSpec;
  /** Years the range control can choose from; null for charts without a year axis. */
  span: YearSpan | null;
}
