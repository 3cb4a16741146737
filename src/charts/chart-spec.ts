/** What every chart shows around its plot, on every surface (explorer, embed, slides). */
import type { ChartId } from "@/data/chart-ids.ts";
import type { Source } from "@/data/schema.ts";

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
}

export interface ChartSpec {
  id: ChartId;
  title: string;
  subtitle: string;
  /** One line, computed from the data. */
  takeaway: string;
  /** Text alternative for screen readers, generated from the data. */
  description: string;
  basis: string;
  sources: Source[];
  table: { caption: string; columns: TableColumn[]; rows: TableRow[] };
}
