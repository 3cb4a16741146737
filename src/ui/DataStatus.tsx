/**
 * Wraps anything that needs the dataset: shows loading (and a note when it is slow), or an error that
 * says what went wrong and what to do, with a retry where retrying can help. Never a blank page.
 */
import { Component, useEffect, useState, type ReactNode } from "react";
import { DatasetError, startDataset, type DatasetQuery } from "@/data/api/get-dataset.ts";
import type { Dataset } from "@/data/schema.ts";
import type { Translate } from "@/i18n/translate.ts";
import { useT } from "./use-t.ts";

/** After this long a spinner alone reads as "broken"; say that it is still working. */
export const SLOW_AFTER_MS = 4000;

export function DataStatus({
  query,
  children,
  minHeight = 420,
}: {
  query: DatasetQuery;
  children: (data: Dataset) => ReactNode;
  minHeight?: number;
}) {
  const t = useT();
  if (query.data)
    return (
      <>
        {startDataset.alternative && (
          // Other numbers under the product's name must say so, on every screen that shows them.
          <p
            role="note"
            data-testid="alternative-dataset"
            className="mb-3 rounded-md border border-warn bg-warn-soft px-4 py-2 text-sm font-medium text-ink"
          >
            {t("status.dataset.alternative", { path: startDataset.alternative })}
          </p>
        )}
        <DrawBoundary key={query.dataUpdatedAt} check={query.check} minHeight={minHeight}>
          {children(query.data)}
        </DrawBoundary>
      </>
    );
  if (query.error)
    return (
      <LoadError
        error={query.error}
        retry={() => void query.refetch()}
        retrying={query.isFetching}
        t={t}
        minHeight={minHeight}
      />
    );
  return <Loading message={t("status.loading")} minHeight={minHeight} />;
}

/**
 * The page draws from the dataset before its validation has ended (get-dataset.ts), so a file too
 * broken to draw from fails here first. The reader waits for the validation, whose problems then
 * replace all this (DataStatus's error); a file that passes leaves a failure of our own code, and
 * one the browser could not check is not called valid.
 */
class DrawBoundary extends Component<
  { check: DatasetQuery["check"]; minHeight: number; children: ReactNode },
  { error: Error | null }
> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: unknown) {
    console.warn("kdem: the page could not be drawn from the dataset:", error);
  }

  render() {
    const { error } = this.state;
    const { check, minHeight } = this.props;
    if (!error) return this.props.children;
    if (check === "passed" || check === "unchecked")
      return <DrawError error={error} fileChecked={check === "passed"} minHeight={minHeight} />;
    return <Checking minHeight={minHeight} />;
  }
}

function Checking({ minHeight }: { minHeight: number }) {
  return <Loading message={useT()("status.checking")} minHeight={minHeight} />;
}

function DrawError({ error, fileChecked, minHeight }: { error: Error; fileChecked: boolean; minHeight: number }) {
  const t = useT();
  return (
    <AlertFrame minHeight={minHeight}>
      <p>{t(fileChecked ? "status.error.draw" : "status.error.drawUnchecked")}</p>
      <div>
        <AlertButton onClick={() => window.location.reload()}>{t("chunk.reload")}</AlertButton>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer">{t("status.error.details")}</summary>
        <p className="mt-2 font-mono">{error.message}</p>
      </details>
    </AlertFrame>
  );
}

/** The box every failure of DataStatus is said in, holding the reserved height (no layout shift). */
function AlertFrame({ minHeight, children }: { minHeight: number; children: ReactNode }) {
  return (
    <div
      role="alert"
      className="flex flex-col justify-center gap-3 rounded-lg border border-danger bg-danger-soft p-6 text-ink"
      style={{ minHeight }}
    >
      {children}
    </div>
  );
}

function AlertButton({
  onClick,
  disabled,
  children,
}: {
  onClick: () => void;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      className="rounded-md bg-accent px-4 py-2 font-medium text-surface hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent disabled:opacity-60"
    >
      {children}
    </button>
  );
}

function Loading({ message, minHeight }: { message: string; minHeight: number }) {
  const t = useT();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  // The reserved height keeps the page from jumping when the chart arrives (CLS).
  return (
    <div
      role="status"
      aria-live="polite"
      className="flex flex-col items-center justify-center gap-2 rounded-lg border border-line bg-surface p-6 text-ink-muted"
      style={{ minHeight }}
    >
      <span
        className="inline-block h-6 w-6 animate-spin rounded-full border-2 border-line border-t-accent"
        aria-hidden="true"
      />
      <p>{message}</p>
      {slow && <p className="text-sm">{t("status.slow")}</p>}
    </div>
  );
}

export function errorMessage(error: unknown, t: Translate): string {
  if (!(error instanceof DatasetError)) return t("status.error.network");
  switch (error.kind) {
    case "http":
      return error.status === 404 ? t("status.error.http404") : t("status.error.http", { status: error.status ?? "?" });
    case "network":
      return t("status.error.network");
    case "timeout":
      return t("status.error.timeout");
    case "malformed":
      return t("status.error.malformed", { detail: error.message.replace(/^invalid JSON: /, "") });
    case "invalid":
      return error.problems.length === 1
        ? t("status.error.invalidOne")
        : t("status.error.invalid", { count: error.problems.length });
  }
}

function LoadError({
  error,
  retry,
  retrying,
  t,
  minHeight,
}: {
  error: Error;
  retry: () => void;
  retrying: boolean;
  t: Translate;
  minHeight: number;
}) {
  const problems = error instanceof DatasetError ? error.problems : [];
  return (
    <AlertFrame minHeight={minHeight}>
      <h2 className="text-lg font-semibold text-danger">{t("status.error.title")}</h2>
      <p>{errorMessage(error, t)}</p>
      <div>
        <AlertButton onClick={retry} disabled={retrying}>
          {t("status.retry")}
        </AlertButton>
      </div>
      {problems.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer">{t("status.error.details")}</summary>
          <ul className="mt-2 list-disc pl-5 font-mono">
            {problems.slice(0, 20).map((p, i) => (
              <li key={i}>
                {p.path}: {p.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </AlertFrame>
  );
}
