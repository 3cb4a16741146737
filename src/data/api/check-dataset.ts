/**
 * The dataset's validation, beside the first render rather than before it: a worker checks the
 * text while the page draws from the parsed JSON (the schema fills in and transforms nothing, so
 * valid JSON is already the Dataset). For the 1.24 MB synthetic file that takes 40–55 ms off the
 * first render's path. Where no worker can run (none in the environment, or its script fails to
 * load) the check runs on the page, a task after the draw; zod then loads with it.
 */
import type { Problem } from "../parse.ts";
import type * as Validator from "../validate.ts";

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
      checking ??= worker ? inWorker(worker, text) : checkTextOnPage(text);
      return checking;
    },
    stop() {
      worker?.terminate();
    },
  };
}

function startWorker(): Worker | undefined {
  if (typeof Worker === "undefined") return undefined;
  try {
    return new Worker(new URL("../check.worker.ts", import.meta.url), { type: "module", name: "dataset-check" });
  } catch {
    return undefined;
  }
}

function inWorker(worker: Worker, text: string): Promise<Problem[]> {
  return new Promise((resolve) => {
    const settle = (problems: Promise<Problem[]> | Problem[]) => {
      worker.terminate();
      resolve(problems);
    };
    worker.onmessage = (event: MessageEvent<Problem[]>) => settle(event.data);
    // The worker's script did not load or run: the check must still happen.
    worker.onerror = (event) => {
      event.preventDefault();
      settle(checkTextOnPage(text));
    };
    worker.postMessage(text);
  });
}

/** A task later, so that the draw comes first; zod loads with it. */
function onPage(validate: (validator: typeof Validator) => Validator.Validation): Promise<Problem[]> {
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

function checkTextOnPage(text: string): Promise<Problem[]> {
  return onPage(({ validateDatasetText }) => validateDatasetText(text));
}

/** For data that did not come as text (a test's own). */
export function checkDatasetOnPage(json: unknown): Promise<Problem[]> {
  return onPage(({ validateDataset }) => validateDataset(json));
}
