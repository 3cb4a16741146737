/**
 * The dataset's validation, beside the first render rather than before it: a worker checks the
 * text while the page draws from the parsed JSON (the schema fills in and transforms nothing, so
 * valid JSON is already the Dataset). For the 1.24 MB synthetic file that takes 40–55 ms off the
 * first render's path. Where no worker runs (none in the environment, its script fails to load or
 * run, or it does not answer in time) the check runs on the page, a task after the draw; zod then
 * loads with it.
 */
import type { Problem } from "../parse.ts";
import type * as Validator from "../validate.ts";

/** Far beyond a check's real cost (≈50 ms for the synthetic file): only a worker that hangs takes this long. */
export const WORKER_CHECK_TIMEOUT_MS = 10_000;

export interface DatasetChecker {
  /** Resolves with the text's problems: none when it is a valid dataset. */
  check(text: string): Promise<Problem[]>;
  /** Lets the worker go when there is nothing to check (the fetch failed). */
  stop(): void;
}

/** Started before the fetch, so the worker's script downloads and compiles while the file does. */
export function startDatasetChecker(): DatasetChecker {
  const worker = startWorker();
  let checking: Promise<Problem[]> | undefined;
  return {
    check(text) {
      checking ??= worker ? inWorker(worker, text) : validateTextOnPage(text);
      return checking;
    },
    stop() {
      worker?.worker.terminate();
    },
  };
}

interface StartedWorker {
  worker: Worker;
  /** Settles when the worker can no longer answer: its script failed to load or run. */
  broken: Promise<void>;
}

function startWorker(): StartedWorker | undefined {
  if (typeof Worker === "undefined") return undefined;
  let worker: Worker;
  try {
    worker = new Worker(new URL("../check.worker.ts", import.meta.url), { type: "module", name: "dataset-check" });
  } catch {
    return undefined;
  }
  // Listened for from the start: a script that fails does so long before a large file arrives.
  const broken = new Promise<void>((resolve) => {
    worker.onerror = (event) => {
      event.preventDefault();
      resolve();
    };
    worker.onmessageerror = () => resolve();
  });
  return { worker, broken };
}

function inWorker({ worker, broken }: StartedWorker, text: string): Promise<Problem[]> {
  let answered = false;
  const answer = new Promise<Problem[]>((resolve) => {
    worker.onmessage = (event: MessageEvent<Problem[]>) => {
      answered = true;
      resolve(event.data);
    };
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silence = new Promise<void>((resolve) => (timer = setTimeout(resolve, WORKER_CHECK_TIMEOUT_MS)));
  worker.postMessage(text);
  return Promise.race([
    answer,
    Promise.race([broken, silence]).then(() => (answered ? answer : validateTextOnPage(text))),
  ]).finally(() => {
    clearTimeout(timer);
    worker.terminate();
  });
}

/** A task later, so that the draw comes first; zod loads with it. */
function validateOnPage(validate: (validator: typeof Validator) => Validator.Validation): Promise<Problem[]> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      import("../validate.ts")
        .then((validator) => {
          const result = validate(validator);
          resolve(result.ok ? [] : result.problems);
        })
        .catch(reject);
    });
  });
}

function validateTextOnPage(text: string): Promise<Problem[]> {
  return validateOnPage(({ validateDatasetText }) => validateDatasetText(text));
}

/** For data that did not come as text (the bake's prerender and tests put it in the query cache). */
export function checkDatasetOnPage(json: unknown): Promise<Problem[]> {
  return validateOnPage(({ validateDataset }) => validateDataset(json));
}
