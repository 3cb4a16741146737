/**
 * Loading draws first and validates beside it: fetchDataset hands over the parsed file at once, and
 * datasetChecked says how its validation ended. (In jsdom there is no Worker, so the check takes the
 * page's own path, a task later; the browser tests cover the worker.)
 */
import { describe, expect, it } from "vitest";
import { DatasetError, datasetChecked, fetchDataset, fetchValidatedDataset } from "@/data/api/get-dataset.ts";
import { validateDataset } from "@/data/validate.ts";
import { rawDataset } from "../../support/dataset.ts";
import { invalidDataset, useScenario } from "../../support/scenarios.ts";

describe("fetchDataset and datasetChecked", () => {
  it("hands over the parsed file before it is validated, and the validation passes for the shipped one", async () => {
    const data = await fetchDataset();
    expect(data).toEqual(rawDataset());
    const check = datasetChecked(data);
    expect(await Promise.race([check, Promise.resolve("still running")])).toBe("still running");
    await expect(check).resolves.toBe("passed");
  });

  it("hands over a schema-invalid file too, and its validation fails with the file's problems", async () => {
    useScenario("invalid");
    const data = await fetchDataset();
    expect(data).toEqual(invalidDataset());
    const failure = await datasetChecked(data).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DatasetError);
    expect(failure).toMatchObject({ kind: "invalid", retryable: false });
    expect((failure as DatasetError).problems).toContainEqual({
      path: "$.sources[0].url",
      message: "missing (expected string)",
    });
  });

  it("rejects a file that is not JSON at once, with where it breaks", async () => {
    useScenario("malformed");
    await expect(fetchDataset()).rejects.toMatchObject({
      kind: "malformed",
      message: "invalid JSON: unexpected end of file at line 1, column 11",
    });
  });

  it("validates data it did not fetch itself (a test's own) on the page", async () => {
    const broken = invalidDataset();
    await expect(datasetChecked(broken as never)).rejects.toMatchObject({ kind: "invalid" });
  });
});

describe("fetchValidatedDataset (the embed's live chart, drawn over a baked one)", () => {
  it("hands over only a validated dataset", async () => {
    await expect(fetchValidatedDataset()).resolves.toEqual(rawDataset());
    useScenario("invalid");
    await expect(fetchValidatedDataset()).rejects.toMatchObject({ kind: "invalid" });
    useScenario("malformed");
    await expect(fetchValidatedDataset()).rejects.toMatchObject({ kind: "malformed" });
  });
});

describe("the schema", () => {
  it("fills in and transforms nothing, so a valid file's parsed JSON is already the Dataset the page draws from", () => {
    const raw = rawDataset();
    const result = validateDataset(raw);
    expect(result.ok).toBe(true);
    expect(result.ok && result.dataset).toStrictEqual(raw);
  });

  it("fills in nothing where a file leaves its optional fields out", () => {
    const raw = rawDataset();
    const leaveOut = (o: Record<string, unknown>, ...keys: string[]) => keys.forEach((k) => delete o[k]);
    for (const p of raw.annualExports.points) leaveOut(p, "alternates", "note");
    for (const d of raw.deals) leaveOut(d, "month", "alternates", "note");
    for (const p of raw.worldShare.points) leaveOut(p, "rank", "alternates", "note");
    for (const e of raw.topExporters.exporters) leaveOut(e, "rank", "alternates", "note");
    for (const s of raw.sources) leaveOut(s, "mirrorOf");
    const result = validateDataset(raw);
    expect(result.ok ? "valid" : result.problems.slice(0, 3)).toBe("valid");
    expect(result.ok && result.dataset).toStrictEqual(raw);
  });

  it("requires every number's qualifier to be written out", () => {
    const raw = rawDataset();
    delete raw.annualExports.points[0].qualifier;
    delete raw.deals[0].qualifier;
    const result = validateDataset(raw);
    expect(result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      '$.annualExports.points[0].qualifier: missing (expected "exact" or "approx" or "at-least")',
      '$.deals[0].qualifier: missing (expected "exact" or "approx" or "at-least")',
    ]);
  });
});
