/**
 * A part of the page loaded on demand (a dialog, a panel) that failed to download: a short message
 * where it would have appeared, with what to do, and nothing else on the page affected — in
 * particular not the chart, whose own boundary must not catch a dialog's failure.
 */
import { Component, type ReactNode } from "react";
import { ChunkLoadError, recoverFromChunkError } from "@/data/lazy-chunk.ts";
import { useT } from "./use-t.ts";

export class ChunkBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  render() {
    if (this.state.error)
      return <ChunkErrorMessage error={this.state.error} rerender={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}

/** The message for code that did not download: a new version (reload) or a network problem (try again). */
export function ChunkErrorMessage({ error, rerender }: { error: Error; rerender: () => void }) {
  const t = useT();
  const newVersion = error instanceof ChunkLoadError && error.problem === "new-version";
  return (
    <div
      role="alert"
      data-chunk-error
      className="w-full rounded-md border border-danger bg-danger-soft p-3 text-sm text-ink"
    >
      <p>{t(newVersion ? "chunk.newVersion" : "chunk.network")}</p>
      <button
        type="button"
        onClick={() => (newVersion ? window.location.reload() : void recoverFromChunkError(rerender))}
        className="mt-2 rounded-md bg-accent px-3 py-1.5 font-medium text-surface hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
      >
        {t(newVersion ? "chunk.reload" : "chunk.retry")}
      </button>
    </div>
  );
}
