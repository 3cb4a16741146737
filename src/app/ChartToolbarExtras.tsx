/**
 * The explorer's share tools, composed here because features do not import each other: the Embed
 * dialog (embed feature) and the Present link (present feature) for the chart being viewed.
 */
import { EmbedButton } from "@/features/embed/index.ts";
import { useShallow } from "zustand/react/shallow";
import { useViewStore, viewOf } from "@/state/view-store.ts";

export function ChartToolbarExtras() {
  // Shallow: viewOf builds a new object each time, which would re-render (and loop) on every store read.
  const view = useViewStore(useShallow(viewOf));
  return <EmbedButton chartId={view.chart} view={view} />;
}
