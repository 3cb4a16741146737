/**
 * Loading the dataset: fetcher, query options and hook in one place (bulletproof-react's get-x model).
 * Every way loading can fail becomes a DatasetError whose kind the UI turns into a message.
 */
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Dataset } from "../schema.ts";
import { validateDatasetText, type Problem } from "../validate.ts";

export const DATASET_PATH = "/data/korea-arms-exports.json";

/**
 * `?data=/data/<name>.json` loads another dataset published by this same site (the scale benchmark's
 * synthetic file). Only a same-origin path under /data/ is accepted, never a full URL, so a link
 * cannot make the app show someone else's numbers; the file is validated like the real one.
 * Read once at start-up, because the URL sync then drops parameters it does not know.
 */
export function datasetPathFrom(search: string): string {
  const requested = new URLSearchParams(search).get("data");
  return requested !== null && /^\/data\/[\w-]+(\.[\w-]+)*\.json$/.test(requested) ? requested : DATASET_PATH;
}
const startPath = typeof window === "undefined" ? DATASET_PATH : datasetPathFrom(window.location.search);
/** Long enough for a slow phone connection, short enough that nobody waits on a dead server. */
export const DATASET_TIMEOUT_MS = 15_000;

export type DatasetErrorKind = "http" | "network" | "timeout" | "malformed" | "invalid";

export class DatasetError extends Error {
  readonly kind: DatasetErrorKind;
  readonly status?: number;
  readonly problems: Problem[];

  constructor(kind: DatasetErrorKind, message: string, options: { status?: number; problems?: Problem[] } = {}) {
    super(message);
    this.name = "DatasetError";
    this.kind = kind;
    this.status = options.status;
    this.problems = options.problems ?? [];
  }

  /** Retrying helps when the network or server hiccuped, not when the file itself is wrong. */
  get retryable(): boolean {
    return this.kind === "network" || this.kind === "timeout" || (this.kind === "http" && (this.status ?? 500) >= 500);
  }
}

export interface FetchDatasetOptions {
  url?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export async function fetchDataset({
  url = startPath,
  timeoutMs = DATASET_TIMEOUT_MS,
  signal,
}: FetchDatasetOptions = {}): Promise<Dataset> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort("timeout"), timeoutMs);
  const abortFromCaller = () => controller.abort("cancelled");
  signal?.addEventListener("abort", abortFromCaller);
  let response: Response;
  let text: string;
  try {
    response = await fetch(new URL(url, window.location.origin), { signal: controller.signal });
    if (!response.ok) {
      throw new DatasetError(
        "http",
        `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}.`,
        {
          status: response.status,
        },
      );
    }
    text = await response.text();
  } catch (error) {
    if (error instanceof DatasetError) throw error;
    if (controller.signal.aborted && controller.signal.reason === "timeout")
      throw new DatasetError("timeout", `No answer within ${Math.round(timeoutMs / 1000)} seconds.`);
    throw new DatasetError("network", error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", abortFromCaller);
  }
  const result = validateDatasetText(text);
  if (!result.ok) {
    const malformed = result.problems.length === 1 && result.problems[0]!.message.startsWith("invalid JSON");
    throw new DatasetError(malformed ? "malformed" : "invalid", result.problems[0]!.message, {
      problems: result.problems,
    });
  }
  return result.dataset;
}

export function datasetQueryOptions(options: Omit<FetchDatasetOptions, "signal"> = {}) {
  return queryOptions({
    queryKey: ["dataset", options.url ?? startPath],
    queryFn: ({ signal }) => fetchDataset({ ...options, signal }),
    // The file changes with a deploy, not while someone reads it.
    staleTime: Infinity,
    retry: (failureCount, error) => error instanceof DatasetError && error.retryable && failureCount < 2,
  });
}

export function useDataset(options: Omit<FetchDatasetOptions, "signal"> = {}) {
  return useQuery(datasetQueryOptions(options));
}
