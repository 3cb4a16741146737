/**
 * Lazily loaded code that survives a failed download. React.lazy keeps a rejected import for good,
 * so one dropped request (offline for a moment, a deploy that removed the old hashed chunks) broke
 * that part of the page until a reload. Here:
 * - a failed import is retried a few times before it counts as failed;
 * - a failure is kept only until the reader asks to try again (retryFailedChunks), not for good;
 * - the failure says why: the server cannot be reached, or a new version was deployed (this page's
 *   chunks are gone, only a reload helps).
 * Browsers also remember a failed module download for the life of the page (Chromium does), so when
 * the server answers again, trying again means reloading: the view is in the address, nothing is lost.
 */
import { createElement, lazy, type ComponentType } from "react";

export type ChunkProblem = "network" | "new-version";

export class ChunkLoadError extends Error {
  readonly problem: ChunkProblem;
  constructor(problem: ChunkProblem, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = "ChunkLoadError";
    this.problem = problem;
  }
}

const RETRY_DELAYS_MS = [300, 1000];

/** Imports with retries; the final failure is a ChunkLoadError that says why. */
export async function loadChunk<T>(load: () => Promise<T>, delays: readonly number[] = RETRY_DELAYS_MS): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await load();
    } catch (error) {
      if (attempt >= delays.length) throw new ChunkLoadError(await diagnose(), error);
      await new Promise((resolve) => setTimeout(resolve, delays[attempt]));
    }
  }
}

const resets = new Set<() => void>();

/** Forgets every failed chunk, so the next render downloads it again. */
export function retryFailedChunks(): void {
  for (const reset of resets) reset();
  resets.clear();
}

export type LazyChunk<P> = ComponentType<P> & {
  preload: () => void;
  /** True once the code is here: the component then renders at once, without suspending. */
  arrived: () => boolean;
  /** Starts the download if needed; resolves when it has arrived or failed (the render reports a failure). */
  settled: () => Promise<void>;
};

/**
 * React.lazy with retries and a failure that is forgotten on retryFailedChunks(): each failure
 * leaves a rejected lazy component behind (so the error boundary shows it) and registers a reset
 * that swaps in a fresh one for the next render.
 *
 * A chunk that arrived before its first render (preloaded) is rendered directly. React.lazy would
 * suspend once even then, and React holds back the content that follows a shown fallback for 300 ms
 * (its fallback throttle): the chart appeared a quarter of a second after it could have. Once the lazy
 * path has rendered, it is kept, so a mounted chart is never remounted by the switch.
 */
export function lazyChunk<P extends object>(load: () => Promise<ComponentType<P>>): LazyChunk<P> {
  let pending: Promise<{ default: ComponentType<P> }> | undefined;
  let arrived: ComponentType<P> | undefined;
  let renderedLazily = false;
  const get = () =>
    (pending ??= loadChunk(load).then(
      (component) => {
        arrived = component;
        return { default: component };
      },
      (error: unknown) => {
        resets.add(() => {
          pending = undefined;
          current = fresh();
        });
        throw error;
      },
    ));
  const fresh = () => lazy(get);
  let current = fresh();
  const Lazy = (props: P) => {
    if (arrived && !renderedLazily) return createElement(arrived, props);
    renderedLazily = true;
    return createElement(current, props);
  };
  const settled = () =>
    get().then(
      () => undefined,
      () => undefined, // reported by the render that needs it
    );
  return Object.assign(Lazy, { preload: () => void settled(), arrived: () => arrived !== undefined, settled });
}

/**
 * Why a chunk did not load: fetches this page again (bypassing the cache) and compares its entry
 * script with the one running. No answer or the same script: a network problem. Another script: a new version was deployed.
 */
export async function diagnose(): Promise<ChunkProblem> {
  try {
    const response = await fetch(window.location.href, { cache: "no-store" });
    if (!response.ok) return "network";
    const deployed = entryScript(new DOMParser().parseFromString(await response.text(), "text/html"));
    return deployed !== undefined && deployed !== entryScript(document) ? "new-version" : "network";
  } catch {
    return "network";
  }
}

function entryScript(doc: Document): string | undefined {
  // A prerendered page names its entry in <meta name="kdem-app"> (its pre-paint script adds the tag).
  const src =
    doc.querySelector<HTMLMetaElement>('meta[name="kdem-app"]')?.content.split(" ")[0] ||
    doc.querySelector<HTMLScriptElement>('script[type="module"][src]')?.getAttribute("src");
  return src ? new URL(src, window.location.href).pathname : undefined;
}

/**
 * What "Try again" does after a failed chunk: if the server answers, reload (the browser will not
 * download a failed module again in this page); otherwise forget the failure and render again.
 */
export async function recoverFromChunkError(rerender: () => void): Promise<void> {
  const reachable = await fetch(window.location.href, { method: "HEAD", cache: "no-store" }).then(
    (r) => r.ok,
    () => false,
  );
  if (reachable) {
    window.location.reload();
    return;
  }
  retryFailedChunks();
  rerender();
}
