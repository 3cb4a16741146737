/**
 * Copy link and Share… for the view on screen. The address bar already holds the whole view (chart,
 * range, type, language, theme), so the link is read from it at the moment of the click.
 */
import { useEffect, useRef, useState } from "react";
import { useT } from "@/ui/use-t.ts";

const BUTTON =
  "rounded-md border border-line bg-surface px-2.5 py-1 text-sm text-ink hover:bg-accent-soft focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent";

type Outcome = { kind: "copied" } | { kind: "fallback"; url: string } | null;

export function ShareLink() {
  const t = useT();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const field = useRef<HTMLInputElement>(null);
  // Feature-detected once: the Share… button only exists where the browser can share (mostly phones).
  const canShare = typeof navigator !== "undefined" && typeof navigator.share === "function";

  useEffect(() => {
    if (outcome?.kind !== "fallback") return;
    field.current?.focus();
    field.current?.select();
  }, [outcome]);

  const copy = async () => {
    const url = window.location.href;
    try {
      // Missing (plain http) or denied clipboard both end in the visible, selected text field.
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(url);
      setOutcome({ kind: "copied" });
    } catch {
      setOutcome({ kind: "fallback", url });
    }
  };

  const share = async () => {
    try {
      await navigator.share({ title: document.title, url: window.location.href });
    } catch (e) {
      // The reader closing the share sheet is not a failure; anything else falls back to copying.
      if (!(e instanceof DOMException && e.name === "AbortError")) await copy();
    }
  };

  return (
    <>
      <button type="button" className={BUTTON} onClick={() => void copy()}>
        {t("explore.share.copy")}
      </button>
      {canShare && (
        <button type="button" className={BUTTON} onClick={() => void share()}>
          {t("explore.share.share")}
        </button>
      )}
      {/* Always mounted so screen readers announce the change of text (a polite live region). */}
      <span role="status" className="text-sm text-ink-muted" data-testid="share-status">
        {outcome?.kind === "copied" && t("explore.share.copied")}
        {outcome?.kind === "fallback" && t("explore.share.fallback")}
      </span>
      {outcome?.kind === "fallback" && (
        <input
          ref={field}
          type="text"
          readOnly
          value={outcome.url}
          aria-label={t("explore.share.urlLabel")}
          onFocus={(e) => e.currentTarget.select()}
          className="w-full min-w-0 rounded-md border border-line bg-surface px-2 py-1 font-mono text-sm text-ink"
        />
      )}
    </>
  );
}
