/**
 * The explorer's share tools, composed here because features do not import each other: Copy link, the Embed
 * dialog (embed feature) and the Present link (present feature) for the chart being viewed.
 */
import { useShallow } from "zustand/react/shallow";
// Imported from their files (no barrel): the embed dialog must stay a lazy chunk of its own.
import { EmbedButton } from "@/features/embed/EmbedButton.tsx";
import { CopyLinkButton } from "@/features/explore/CopyLinkButton.tsx";
import { presentHref } from "@/features/present/present-url.ts";
import { useViewStore, viewOf } from "@/state/view-store.ts";
import { useT } from "@/ui/use-t.ts";
import { explore } from "@/i18n/messages/explore.ts";

export function ChartToolbarExtras() {
  const t = useT(explore);
  // Shallow: viewOf builds a new object each time, which would re-render (and loop) on every store read.
  const view = useViewStore(useShallow(viewOf));
  return (
    <>
      <CopyLinkButton />
      <EmbedButton chartId={view.chart} view={view} />
      <a
        href={presentHref(view)}
        title={t("explore.present.label")}
        className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm text-ink hover:bg-accent-soft focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
      >
        {t("explore.present")}
      </a>
    </>
  );
}
