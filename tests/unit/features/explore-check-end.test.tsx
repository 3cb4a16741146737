/**
 * The explorer draws from the dataset while its check runs (get-dataset.ts). When the check ends,
 * the footer appears; the chart already drawn must not be drawn again for it (at scale, a second
 * drawing of the whole chart, often before the first had been painted).
 */
import { act, screen, waitFor } from "@testing-library/react";
import { createElement, type ComponentType } from "react";
import { describe, expect, it, vi } from "vitest";
import { ExploreScreen } from "@/features/explore/ExploreScreen.tsx";
import { renderWithProviders } from "../../support/render.tsx";

const check = vi.hoisted(() => {
  let pass = () => {};
  return { gate: new Promise<void>((resolve) => (pass = resolve)), pass: () => pass() };
});
const drawn = vi.hoisted(() => ({ count: 0 }));

// Without a Worker (jsdom) the page validates the file itself, with a validator it imports when the
// check starts: the check ends when the test lets that import finish, after the chart has been drawn.
vi.mock("@/data/validate.ts", async (original) => {
  await check.gate;
  return original();
});
// Counts the chart's drawings.
vi.mock("@/charts/annual-exports/AnnualExportsChart.tsx", async (original) => {
  const Chart = (await original<{ default: ComponentType<object> }>()).default;
  return {
    default: (props: object) => {
      drawn.count++;
      return createElement(Chart, props);
    },
  };
});

describe("the end of the dataset's check", () => {
  it("shows the footer without drawing the chart again", { timeout: 20_000 }, async () => {
    renderWithProviders(<ExploreScreen />, { chart: "annual-exports" });
    await waitFor(() => expect(document.querySelectorAll(".kdem-bar")).toHaveLength(20), { timeout: 8000 });
    await act(async () => {}); // the chart's own passes settle
    expect(screen.queryByText(/^Data: \d+ sources/)).toBeNull();
    const before = drawn.count;
    expect(before).toBeGreaterThan(0);

    await act(async () => check.pass());
    expect(await screen.findByText(/^Data: \d+ sources/)).toBeInTheDocument();
    expect(drawn.count).toBe(before);
  });
});
