/**
 * Named test scenarios: every way the dataset request can go, in one place. Tests pick one by name
 * (`useScenario("notFound")`) instead of writing MSW handlers; each test starts from "ok" (setup.ts
 * resets the handlers after each test).
 */
import { delay, http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { SLOW_AFTER_MS } from "@/ui/DataStatus.tsx";
import { datasetText, rawDataset } from "./dataset.ts";

const DATASET_URL = "*/data/korea-arms-exports.json";
const JSON_HEADERS = { "Content-Type": "application/json" };

/** How long the "slow" answer takes: past the point where the reader is told loading is slow. */
export const SLOW_RESPONSE_MS = SLOW_AFTER_MS + 1000;

/** The shipped dataset with two schema errors, which the reader must see with their paths. */
export function invalidDataset(): Record<string, any> {
  const broken = rawDataset();
  broken.annualExports.points[0].value = -1;
  delete broken.sources[0].url;
  return broken;
}

/** Valid JSON the page cannot even draw from (no annual series): what a hand edit gone wrong can leave. */
export function undrawableDataset(): Record<string, any> {
  const broken = rawDataset();
  delete broken.annualExports;
  return broken;
}

const responses = {
  /** The shipped dataset. */
  ok: () => new HttpResponse(datasetText, { headers: JSON_HEADERS }),
  /** The shipped dataset, after SLOW_RESPONSE_MS. */
  slow: async () => {
    await delay(SLOW_RESPONSE_MS);
    return new HttpResponse(datasetText, { headers: JSON_HEADERS });
  },
  notFound: () => new HttpResponse("not found", { status: 404 }),
  serverError: () => new HttpResponse("boom", { status: 500 }),
  networkError: () => HttpResponse.error(),
  /** No answer, ever: only the client's timeout ends the request. */
  hang: async () => {
    await delay("infinite");
    return HttpResponse.json({});
  },
  /** JSON cut off mid-object. */
  malformed: () => new HttpResponse('{"meta": {', { headers: JSON_HEADERS }),
  /** Valid JSON that breaks the schema: see invalidDataset(). */
  invalid: () => HttpResponse.json(invalidDataset()),
  /** Breaks the schema and the drawing: see undrawableDataset(). */
  undrawable: () => HttpResponse.json(undrawableDataset()),
};

export type ScenarioName = keyof typeof responses;

export const server = setupServer(http.get(DATASET_URL, responses.ok));

/**
 * Serves the dataset as the named scenario until `recover()`, from which on it serves it as "ok"
 * (a server that comes back, for the retry paths).
 */
export function useScenario(name: ScenarioName): { recover: () => void } {
  let current: ScenarioName = name;
  server.use(http.get(DATASET_URL, () => responses[current]()));
  return { recover: () => void (current = "ok") };
}
