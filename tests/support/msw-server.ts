import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { datasetText } from "./dataset.ts";

export const DATASET_URL = "*/data/korea-arms-exports.json";

export const handlers = {
  ok: () =>
    http.get(DATASET_URL, () => new HttpResponse(datasetText, { headers: { "Content-Type": "application/json" } })),
};

export const server = setupServer(handlers.ok());
