/** An "Embed" button that opens the Embed dialog for a chart: the one piece the explorer mounts. */
import { useState } from "react";
import type { ChartId } from "@/data/chart-ids.ts";
import type { ViewState } from "@/state/url-codec.ts";
import { useT } from "@/ui/use-t.ts";
import { EmbedDialog } from "./EmbedDialog.tsx";

export function EmbedButton({ chartId, view }: { chartId: ChartId; view: ViewState }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm text-ink hover:bg-accent-soft focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
      >
        {t("embed.dialog.open")}
      </button>
      <EmbedDialog chartId={chartId} view={view} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
