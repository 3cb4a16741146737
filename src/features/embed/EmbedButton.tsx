/** An "Embed" button that opens the Embed dialog for a chart: the one piece the explorer mounts. */
import { Suspense, useState } from "react";
import type { ChartId } from "@/data/chart-ids.ts";
import { lazyChunk } from "@/data/lazy-chunk.ts";
import type { ViewState } from "@/state/url-codec.ts";
import { ChunkBoundary } from "@/ui/ChunkBoundary.tsx";
import { useT } from "@/ui/use-t.ts";
import { embed } from "@/i18n/messages/embed.ts";

// The dialog (code generator, previews) is its own chunk: the explorer's first screen does not pay for it.
const EmbedDialog = lazyChunk(() => import("./EmbedDialog.tsx").then((m) => m.EmbedDialog));

export function EmbedButton({ chartId, view }: { chartId: ChartId; view: ViewState }) {
  const t = useT(embed);
  const [open, setOpen] = useState(false);
  // Once loaded the dialog stays mounted, so closing it goes through the native close (focus returns to the button).
  const [loaded, setLoaded] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
        className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm text-ink hover:bg-accent-soft focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
      >
        {t("embed.dialog.open")}
      </button>
      {loaded && (
        // Its own boundary: a dialog that fails to download must not take the chart down with it.
        <ChunkBoundary>
          <Suspense fallback={null}>
            <EmbedDialog chartId={chartId} view={view} open={open} onClose={() => setOpen(false)} />
          </Suspense>
        </ChunkBoundary>
      )}
    </>
  );
}
