/** The explorer as a reader uses it: key figures, picking charts, range and type, notices, a failing chart. */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ChartErrorBoundary } from "@/features/explore/ChartErrorBoundary.tsx";
import { ExploreScreen } from "@/features/explore/ExploreScreen.tsx";
import { useViewStore } from "@/state/view-store.ts";
import { renderWithProviders } from "../../support/render.tsx";

// The machine running the tests may be busy; the lazily loaded chart chunk can take a few seconds.
const SLOW = { timeout: 8000 };
const figure = () => screen.findByRole("figure", { name: "South Korea's arms exports by year" }, SLOW);
const store = () => useViewStore.getState();

describe("ExploreScreen", { timeout: 20_000 }, () => {
  it("shows the key figures from the data, each a link to its point", async () => {
    renderWithProviders(<ExploreScreen />, { chart: "annual-exports" });
    const strip = await screen.findByRole("region", { name: "Key figures" }, SLOW);
    const buttons = within(strip).getAllByRole("button");
    expect(buttons.map((b) => b.textContent)).toEqual([
      "over $15 billionExports in 2025",
      "at least +56.3%*Change on 2024",
      "$17.3 billionRecord, 2022",
      "up to $5 billion*Short of the 2030 goal of $20 billion",
      "up to 5.9%*Growth needed each year to 2030",
    ]);
    // The figures we work out are marked as ours, and the marker's note says so to a screen reader too.
    const note = within(strip).getByText(/Our calculation from the figures cited/);
    expect(buttons.filter((b) => b.getAttribute("aria-describedby") === note.id)).toEqual([
      buttons[1],
      buttons[3],
      buttons[4],
    ]);
    expect(buttons[4]).toHaveAccessibleDescription(/Our calculation from the figures cited/);
    await userEvent.click(buttons[2]!);
    expect(store().focus).toBe(2022);
    expect(await screen.findByRole("button", { name: /Clear highlight \(2022\)/ }, SLOW)).toBeInTheDocument();
  });

  it("typing a year narrows the range, and the table shows exactly those years", async () => {
    renderWithProviders(<ExploreScreen />, { view: "table" });
    await figure();
    const from = screen.getByRole("spinbutton", { name: "From" });
    await userEvent.clear(from);
    await userEvent.type(from, "2019");
    expect(store().from).toBe(2019);
    const rows = within(screen.getByRole("table")).getAllByRole("row");
    expect(rows.slice(1).map((r) => r.querySelector("th")?.textContent)).toEqual([
      "2019",
      "2020",
      "2021",
      "2022",
      "2023",
      "2024",
      "2025",
    ]);
    // A year outside the data is not applied, and says so on screen, not only to a screen reader.
    const to = screen.getByRole("spinbutton", { name: "To" });
    await userEvent.clear(to);
    await userEvent.type(to, "2031");
    expect(to).toHaveAttribute("aria-invalid", "true");
    expect(store().to).toBeUndefined();
    expect(to).toHaveAccessibleDescription("Enter a year from 2019 to 2025.");
    expect(screen.getByText("Enter a year from 2019 to 2025.")).toBeVisible();
    // A last year before the first is refused too: it does not silently move the first year.
    await userEvent.clear(to);
    await userEvent.type(to, "2010");
    expect([store().from, store().to]).toEqual([2019, undefined]);
    expect(to).toHaveAttribute("aria-invalid", "true");
    // Leaving the box restores the year in use and the message goes.
    await userEvent.tab();
    expect(to).toHaveValue(2025);
    expect(to).not.toHaveAttribute("aria-invalid", "true");
    expect(screen.queryByText("Enter a year from 2019 to 2025.")).toBeNull();
  });

  it("moving one end of the range past the other carries it along", async () => {
    renderWithProviders(<ExploreScreen />, { to: 2012 });
    await figure();
    const slider = screen.getByRole("slider", { name: "First year shown" });
    fireEvent.change(slider, { target: { value: "2016" } });
    expect([store().from, store().to]).toEqual([2016, 2016]);
  });

  it("switches between bars and line", async () => {
    renderWithProviders(<ExploreScreen />);
    await figure();
    await userEvent.click(screen.getByRole("button", { name: "Line" }));
    expect(store().type).toBe("line");
    await userEvent.click(screen.getByRole("button", { name: "Bars" }));
    expect(store().type).toBeUndefined();
  });

  it("fits a link to the chart and names what it could not use, until dismissed", async () => {
    renderWithProviders(<ExploreScreen />, { from: 1990, focus: 1995 });
    await figure();
    act(() => store().addNotices([{ param: "chart", value: "pie", reason: "unknown-value" }]));
    const notice = await screen.findByTestId("notice", {}, SLOW);
    await waitFor(() => expect(notice).toHaveTextContent("“from=1990” is outside the years this chart covers"), SLOW);
    expect(notice).toHaveTextContent("“chart=pie” is not a known value");
    expect(notice).toHaveTextContent("“focus=1995” is outside the years");
    // The store keeps what the link asked for; the chart, its controls and the address bar show the fitted view.
    expect(store()).toMatchObject({ from: 1990, focus: 1995 });
    const first = screen.getByRole("slider", { name: "First year shown" });
    expect(first).toHaveValue(first.getAttribute("min"));
    expect(screen.queryByRole("button", { name: /Clear highlight/ })).not.toBeInTheDocument();
    expect(window.location.search).toBe("");
    await userEvent.click(within(notice).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByTestId("notice")).not.toBeInTheDocument();
  });

  it("picks another chart from the picker", async () => {
    renderWithProviders(<ExploreScreen />);
    await figure();
    const picker = screen.getByRole("navigation", { name: "Choose a chart" });
    await userEvent.click(within(picker).getByRole("button", { name: "Top exporters" }));
    expect(store().chart).toBe("top-exporters");
    expect(within(picker).getByRole("button", { name: "Top exporters" })).toHaveAttribute("aria-pressed", "true");
  });
});

describe("ChartErrorBoundary", () => {
  it("shows a message in place of a chart that throws, and leaves the rest alone", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const Broken = () => {
      throw new Error("bad data");
    };
    renderWithProviders(
      <>
        <ChartErrorBoundary chart="buyers">
          <Broken />
        </ChartErrorBoundary>
        <p>still here</p>
      </>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("Buyers and deals: This chart could not be drawn");
    expect(screen.getByRole("alert")).toHaveTextContent("(bad data)");
    expect(screen.getByText("still here")).toBeInTheDocument();
    warn.mockRestore();
    error.mockRestore();
  });
});
