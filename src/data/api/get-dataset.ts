/**
 * Loading the dataset: fetcher, query options and hook in one place (bulletproof-react's get-x model).
 * Every way loading can fail becomes a DatasetError whose kind the UI turns into a message.
 */
import { queryOptions, useQuery, type UseQueryResult } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { parseDatasetText, type Problem } from "../parse.ts";
import type { Dataset } from "../schema.ts";
import { checkDatasetOnPage, startDatasetChecker } from "./check-dataset.ts";

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

/**
 * Fetches and parses the dataset, and returns it before it is validated: the check runs in a worker
 * meanwhile, and `datasetChecked` tells how it ended. Whoever draws from it must follow that.
 */
export async function fetchDataset(options: FetchDatasetOptions = {}): Promise<Dataset> {
  const checker = startDatasetChecker();
  let dataset: Dataset;
  let text: string;
  try {
    text = await fetchText(options);
    // Valid JSON is the Dataset itself: the schema fills in and transforms nothing (load-dataset.test.ts).
    dataset = parseOrThrow(text) as Dataset;
  } catch (error) {
    checker.stop();
    throw error;
  }
  rememberCheck(dataset, checker.check(text));
  return dataset;
}

/**
 * For a page that must draw only from a validated dataset: the embed's live chart replaces a baked
 * chart, so it must not draw a broken file over it (and its file is small: validated on the page).
 */
export async function fetchValidatedDataset(options: FetchDatasetOptions = {}): Promise<Dataset> {
  // zod loads beside the file, and only here: the explorer's pages validate in a worker.
  const validator = import("../validate.ts");
  validator.catch(() => {}); // reported below, unless the fetch failed first
  const json = parseOrThrow(await fetchText(options));
  const result = (await validator).validateDataset(json);
  if (!result.ok) throw invalid(result.problems);
  return result.dataset;
}

function parseOrThrow(text: string): unknown {
  const result = parseDatasetText(text);
  if (!result.ok) throw new DatasetError("malformed", result.problems[0]!.message, { problems: result.problems });
  return result.json;
}

function invalid(problems: Problem[]): DatasetError {
  return new DatasetError("invalid", problems[0]!.message, { problems });
}

/**
 * How a dataset's validation ended when it found no problem: `passed`, or `unchecked` when the
 * validator itself could not run (its code did not load). Problems reject instead.
 */
export type CheckOutcome = "passed" | "unchecked";

const checks = new WeakMap<Dataset, Promise<CheckOutcome>>();

/** Settles when the dataset's validation has: rejects with an "invalid" DatasetError naming its problems. */
export function datasetChecked(dataset: Dataset): Promise<CheckOutcome> {
  // Data that was not fetched here (the bake's prerender and tests put it in the query cache) is
  // checked on the page.
  return checks.get(dataset) ?? rememberCheck(dataset, checkDatasetOnPage(dataset));
}

function rememberCheck(dataset: Dataset, checking: Promise<Problem[]>): Promise<CheckOutcome> {
  const check = settleCheck(checking);
  // Whoever asks gets the failure; nobody asking (the page left) is not an unhandled rejection.
  check.catch(() => {});
  checks.set(dataset, check);
  return check;
}

async function settleCheck(checking: Promise<Problem[]>): Promise<CheckOutcome> {
  let problems: Problem[];
  try {
    problems = await checking;
  } catch (error) {
    // Not a verdict on the file: the page keeps drawing it, and never calls it valid (DataStatus).
    console.warn("kdem: the dataset could not be validated in the browser:", error);
    return "unchecked";
  }
  if (problems.length > 0) throw invalid(problems);
  return "passed";
}

async function fetchText({
  url = startPath,
  timeoutMs = DATASET_TIMEOUT_MS,
  signal,
}: FetchDatasetOptions): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort("timeout"), timeoutMs);
  const abortFromCaller = () => controller.abort("cancelled");
  signal?.addEventListener("abort", abortFromCaller);
  try {
    const response = await fetch(new URL(url, window.location.origin), { signal: controller.signal });
    if (!response.ok) {
      throw new DatasetError(
        "http",
        `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}.`,
        {
          status: response.status,
        },
      );
    }
    return await response.text();
  } catch (error) {
    if (error instanceof DatasetError) throw error;
    if (controller.signal.aborted && controller.signal.reason === "timeout")
      throw new DatasetError("timeout", `No answer within ${Math.round(timeoutMs / 1000)} seconds.`);
    throw new DatasetError("network", error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", abortFromCaller);
  }
}

export function datasetQueryOptions(options: Omit<FetchDatasetOptions, "signal"> = {}) {
  return queryOptions({
    queryKey: ["dataset", options.url ?? startPath],
    queryFn: ({ signal }) => fetchDataset({ ...options, signal }),
    // The file changes with a deploy, not while someone reads it.
    staleTime: Infinity,
    // Each fetch's own object, not one merged with the last: its validation is keyed by it.
    structuralSharing: false,
    // A quick failure (the network blinked, a 503) is retried at once. A timeout is not: after 15 s
    // of silence two more tries would keep the reader waiting ≈49 s; the error and its Try again
    // button show instead.
    retry: (failureCount, error) =>
      error instanceof DatasetError && error.retryable && error.kind !== "timeout" && failureCount < 2,
  });
}

/** What screens read of the dataset's loading. */
export interface DatasetQuery extends Pick<
  UseQueryResult<Dataset, Error>,
  "data" | "error" | "isPending" | "isFetching" | "refetch" | "dataUpdatedAt"
> {
  /**
   * How the validation of `data` stands. Until it has ended the page may draw from `data` (the first
   * render does not wait), but what is not part of that first render waits for it. A failed one
   * takes `data` away and is the `error`.
   */
  check: "pending" | CheckOutcome | "failed";
}

/** The dataset to draw from, until its validation fails: then that failure, as the query's error. */
export function useDataset(options: Omit<FetchDatasetOptions, "signal"> = {}): DatasetQuery {
  const query = useQuery(datasetQueryOptions(options));
  const checkState = useCheckOf(query.data);
  const failed = checkState instanceof DatasetError;
  // A "Try again" that failed to fetch is the news, not the problems of the file fetched before it.
  const fetchFailedSince = query.error !== null && query.errorUpdatedAt > query.dataUpdatedAt;
  return {
    data: failed ? undefined : query.data,
    error: failed && !fetchFailedSince ? checkState : query.error,
    isPending: query.isPending,
    isFetching: query.isFetching,
    refetch: query.refetch,
    dataUpdatedAt: query.dataUpdatedAt,
    check: failed ? "failed" : checkState,
  };
}

/** How the validation of `dataset` stands: its outcome, the DatasetError it failed with, or pending. */
function useCheckOf(dataset: Dataset | undefined): "pending" | CheckOutcome | DatasetError {
  const [ended, setEnded] = useState<{ dataset: Dataset; outcome: CheckOutcome | DatasetError } | null>(null);
  useEffect(() => {
    if (!dataset) return;
    let current = true;
    datasetChecked(dataset).then(
      (outcome) => current && setEnded({ dataset, outcome }),
      (error: unknown) => current && setEnded({ dataset, outcome: error as DatasetError }),
    );
    return () => {
      current = false;
    };
  }, [dataset]);
  return ended && ended.dataset === dataset ? ended.outcome : "pending";
}
