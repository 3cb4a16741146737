/**
 * "Copy link": the address of exactly the view on screen (the address bar always shows it, fitted to
 * the chart), put on the clipboard with a spoken confirmation. Where the browser refuses the
 * clipboard, the link appears selected in a field to copy by hand.
 */
import { useId, useState } from "react";
import { useT } from "@/ui/use-t.ts";
import { explore } from "@/i18n/messages/explore.ts";

const BUTTON =
  "rounded-md border border-line bg-surface px-3 py-1.5 text-sm text-ink hover:bg-accent-soft focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent";

export function CopyLinkButton() {
  const t = useT(explore);
  const fieldId = useId();
  const [result, setResult] = useState<{ url: string; copied: boolean } | null>(null);
  const copy = async () => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setResult({ url, copied: true });
    } catch {
      setResult({ url, copied: false });
    }
  };
  return (
    <>
      <button type="button" className={BUTTON} onClick={() => void copy()}>
        {t("explore.copyLink")}
      </button>
      <span role="status" className="text-sm text-ink-muted">
        {result?.copied ? t("explore.copyLink.done") : ""}
      </span>
      {result && !result.copied && (
        <span className="flex w-full flex-wrap items-center gap-2">
          <label htmlFor={fieldId} className="text-sm text-ink">
            {t("explore.copyLink.manual")}
          </label>
          <input
            id={fieldId}
            readOnly
            value={result.url}
            // Selected at once, so Ctrl+C / a long press copies it.
            ref={(input) => input?.select()}
            className="min-w-0 flex-1 rounded-md border border-line bg-surface px-2 py-1 text-sm text-ink"
          />
        </span>
      )}
    </>
  );
}
