/**
 * Loading the dataset: fetcher, query options and hook in one place (bulletproof-react's get-x model).
 * Every way loading can fail becomes a DatasetError whose kind the UI turns into a message.
 */
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Dataset } from "../schema.ts";
import { validateDatasetText, type Problem } from "../validate.ts";

export const DATASET_PATH = "/data/korea-arms-exports.json";

/**
 * The only other datasets a `?data=` link may load, by exact path: the scale benchmark's synthetic
 * file (scripts/gen-synthetic-dataset.ts). A list, not a pattern: any other JSON that turned up under
 * /data/ would otherwise show other numbers under the product's name. None of them is built into
 * dist/ (the build publishes the shipped dataset only), so on a deployed site they are simply absent.
 */
export const ALTERNATIVE_DATASETS: readonly string[] = ["/data/synthetic-50x75.json"];

export interface DatasetChoice {
  /** What is loaded. */
  path: string;
  /** Set when the path is an alternative dataset: the page names it and keeps it in the URL. */
  alternative?: string;
  /** A `?data=` value that is not on the list: ignored with a notice, the shipped dataset loads. */
  rejected?: string;
}

/** Read once at start-up (the whole page shows one dataset). */
export function datasetChoiceFrom(search: string): DatasetChoice {
  const requested = new URLSearchParams(search).get("data");
  if (requested === null || requested === "" || requested === DATASET_PATH) return { path: DATASET_PATH };
  if (ALTERNATIVE_DATASETS.includes(requested)) return { path: requested, alternative: requested };
  return { path: DATASET_PATH, rejected: requested };
}

export const startDataset: DatasetChoice =
  typeof window === "undefined" ? { path: DATASET_PATH } : datasetChoiceFrom(window.location.search);
const startPath = startDataset.path;

/** Keeps an alternative dataset in a query string the app writes, so the address still says what is shown. */
export function withDatasetParam(search: string, choice: DatasetChoice = startDataset): string {
  if (!choice.alternative) return search;
  const params = new URLSearchParams(search);
  params.set("data", choice.alternative);
  return `?${params.toString().replace(/%2F/g, "/")}`;
}
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
    // A quick failure (the network blinked, a 503) is retried at once. A timeout is not: after 15 s
    // of silence two more tries would keep the reader waiting ≈49 s; the error and its Try again
    // button show instead.
    retry: (failureCount, error) =>
      error instanceof DatasetError && error.retryable && error.kind !== "timeout" && failureCount < 2,
  });
}

export function useDataset(options: Omit<FetchDatasetOptions, "signal"> = {}) {
  return useQuery(datasetQueryOptions(options));
}
