/**
 * DataStatus around a drawing that fails. The page draws from the dataset before its validation has
 * ended, so a failure waits for that verdict: problems in the file are the file's (useDataset turns
 * them into the query's error); a valid file leaves a failure of the page's own code, said as such.
 */
import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DatasetQuery } from "@/data/api/get-dataset.ts";
import type { Dataset } from "@/data/schema.ts";
import { DataStatus } from "@/ui/DataStatus.tsx";
import { loadDataset } from "../../support/dataset.ts";
import { renderWithProviders } from "../../support/render.tsx";

const data = loadDataset();

function loaded(validated: boolean): DatasetQuery {
  return {
    data,
    error: null,
    isPending: false,
    isFetching: false,
    refetch: vi.fn(),
    dataUpdatedAt: 1,
    validated,
  };
}

function Undrawable({ data }: { data: Dataset }): never {
  throw new Error(`cannot draw ${data.meta.title.en}`);
}

afterEach(() => vi.restoreAllMocks());

describe("DataStatus when the page cannot be drawn from the dataset", () => {
  it("waits for the validation instead of showing a failure that may be the file's", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "warn").mockImplementation(() => {});
    renderWithProviders(<DataStatus query={loaded(false)}>{(d) => <Undrawable data={d} />}</DataStatus>);
    expect(screen.getByRole("status")).toHaveTextContent("Loading the dataset…");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("says the page failed, not the data, once the file has proved valid", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { rerender } = renderWithProviders(
      <DataStatus query={loaded(false)}>{(d) => <Undrawable data={d} />}</DataStatus>,
    );
    rerender(<DataStatus query={loaded(true)}>{(d) => <Undrawable data={d} />}</DataStatus>);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("The data loaded and is valid, but this page could not be drawn from it");
    expect(within(alert).getByRole("button", { name: "Reload the page" })).toBeEnabled();
    expect(alert).toHaveTextContent(`cannot draw ${data.meta.title.en}`);
  });

  it("draws normally while the validation runs", () => {
    renderWithProviders(<DataStatus query={loaded(false)}>{(d) => <p>{d.meta.title.en}</p>}</DataStatus>);
    expect(screen.getByText(data.meta.title.en)).toBeInTheDocument();
  });
});
