/**
 * DataStatus around a drawing that fails. The page draws from the dataset before its validation has
 * ended, so a failure waits for that verdict: problems in the file are the file's (useDataset turns
 * them into the query's error); a file that passed leaves a failure of the page's own code, said as
 * such; a file the browser could not check is not called valid.
 */
import { screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { DatasetQuery } from "@/data/api/get-dataset.ts";
import type { Dataset } from "@/data/schema.ts";
import { DataStatus } from "@/ui/DataStatus.tsx";
import { loadDataset } from "../../support/dataset.ts";
import { renderWithProviders } from "../../support/render.tsx";

const data = loadDataset();

function loaded(check: DatasetQuery["check"], dataUpdatedAt = 1): DatasetQuery {
  return { data, error: null, isPending: false, isFetching: false, refetch: vi.fn(), dataUpdatedAt, check };
}

function Undrawable({ data }: { data: Dataset }): never {
  throw new Error(`cannot draw ${data.meta.title.en}`);
}
const undrawable = (d: Dataset) => <Undrawable data={d} />;
const title = (d: Dataset) => <p>{d.meta.title.en}</p>;

beforeEach(() => {
  // React and the boundary report the thrown error; these tests throw on purpose.
  vi.spyOn(console, "error").mockImplementation(() => {});
  vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe("DataStatus when the page cannot be drawn from the dataset", () => {
  it("waits for the validation instead of showing a failure that may be the file's", () => {
    renderWithProviders(<DataStatus query={loaded("pending")}>{undrawable}</DataStatus>);
    expect(screen.getByRole("status")).toHaveTextContent("Checking the dataset…");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("says the page failed, not the data, once the file has passed", () => {
    const { rerender } = renderWithProviders(<DataStatus query={loaded("pending")}>{undrawable}</DataStatus>);
    rerender(<DataStatus query={loaded("passed")}>{undrawable}</DataStatus>);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("The data loaded and is valid, but this page could not be drawn from it");
    expect(within(alert).getByRole("button", { name: "Reload the page" })).toBeEnabled();
    expect(alert).toHaveTextContent(`cannot draw ${data.meta.title.en}`);
  });

  it("does not call the data valid when the browser could not check it", () => {
    renderWithProviders(<DataStatus query={loaded("unchecked")}>{undrawable}</DataStatus>);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("this browser could not check the data file");
    expect(alert).not.toHaveTextContent("is valid");
  });

  it("draws again from new data (a Try again that fetched a mended file)", () => {
    const { rerender } = renderWithProviders(<DataStatus query={loaded("passed")}>{undrawable}</DataStatus>);
    expect(screen.getByRole("alert")).toBeInTheDocument();
    rerender(<DataStatus query={loaded("pending", 2)}>{title}</DataStatus>);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByText(data.meta.title.en)).toBeInTheDocument();
  });

  it("draws normally while the validation runs", () => {
    renderWithProviders(<DataStatus query={loaded("pending")}>{title}</DataStatus>);
    expect(screen.getByText(data.meta.title.en)).toBeInTheDocument();
  });
});
