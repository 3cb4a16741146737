/**
 * The worker side of the dataset's check, with a stand-in Worker (jsdom has none): the worker's
 * answer is the verdict, and a worker that cannot answer (its script failed, before or after the
 * file arrived, or it stays silent) leaves the check to the page, never to nobody.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startDatasetChecker, WORKER_CHECK_TIMEOUT_MS } from "@/data/api/check-dataset.ts";
import type { Problem } from "@/data/parse.ts";
import { datasetText } from "../../support/dataset.ts";
import { invalidDataset } from "../../support/scenarios.ts";

class StandInWorker {
  static started: StandInWorker[] = [];
  onmessage: ((event: MessageEvent<Problem[]>) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  posted: string[] = [];
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    StandInWorker.started.push(this);
  }
  postMessage(text: string) {
    this.posted.push(text);
  }
  terminate() {
    this.terminated = true;
  }
  answer(problems: Problem[]) {
    this.onmessage?.({ data: problems } as MessageEvent<Problem[]>);
  }
  fail() {
    this.onerror?.({ preventDefault() {} });
  }
}

const invalidText = JSON.stringify(invalidDataset());
const worker = () => StandInWorker.started.at(-1)!;

beforeEach(() => {
  StandInWorker.started = [];
  vi.stubGlobal("Worker", StandInWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("startDatasetChecker", () => {
  it("starts a module worker before the file arrives, takes its answer and lets it go", async () => {
    const checker = startDatasetChecker();
    expect(worker().options).toMatchObject({ type: "module" });
    expect(String(worker().url)).toMatch(/check\.worker/);
    const check = checker.check(datasetText);
    expect(worker().posted).toEqual([datasetText]);
    worker().answer([{ path: "$.x", message: "from the worker" }]);
    await expect(check).resolves.toEqual([{ path: "$.x", message: "from the worker" }]);
    expect(worker().terminated).toBe(true);
  });

  it("checks on the page when the worker's script failed before the file arrived", async () => {
    const checker = startDatasetChecker();
    worker().fail();
    const problems = await checker.check(invalidText);
    expect(problems).toContainEqual({ path: "$.sources[0].url", message: "missing (expected string)" });
    expect(worker().terminated).toBe(true);
  });

  it("checks on the page when the worker fails while checking", async () => {
    const checker = startDatasetChecker();
    const check = checker.check(invalidText);
    worker().fail();
    expect((await check).map((p) => p.path)).toContain("$.sources[0].url");
    expect(worker().terminated).toBe(true);
  });

  it("checks on the page when the worker's answer cannot be read", async () => {
    const checker = startDatasetChecker();
    const check = checker.check(invalidText);
    worker().onmessageerror?.();
    expect((await check).map((p) => p.path)).toContain("$.sources[0].url");
  });

  it("checks on the page when the worker stays silent", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const checker = startDatasetChecker();
    const check = checker.check(datasetText);
    await vi.advanceTimersByTimeAsync(WORKER_CHECK_TIMEOUT_MS + 10);
    await expect(check).resolves.toEqual([]);
    expect(worker().terminated).toBe(true);
  });

  it("lets the worker go when the fetch failed and there is nothing to check", () => {
    startDatasetChecker().stop();
    expect(worker().terminated).toBe(true);
  });
});
