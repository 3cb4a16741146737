/** The chart reports the point the reader is on as data (its id), for pointer, touch and keyboard alike. */
import { render } from "@testing-library/react";
import { expect, it, vi } from "vitest";
import { ActivePointContext } from "@/charts/shared/active-point.ts";
import { ModelTooltip } from "@/charts/shared/plot-parts.tsx";

const describe = (d: { id: string }) => ({ title: d.id, lines: [] });

it("reports the active datum's point id, then null when the tooltip closes", () => {
  const report = vi.fn();
  const tooltip = (active: boolean, payload: unknown) => (
    <ActivePointContext value={report}>
      <ModelTooltip describe={describe} active={active} payload={[{ payload }]} />
    </ActivePointContext>
  );
  const { rerender, unmount } = render(tooltip(true, { id: "exports-2022" }));
  expect(report).toHaveBeenLastCalledWith("exports-2022");
  rerender(tooltip(true, { id: "exports-2025" }));
  expect(report).toHaveBeenLastCalledWith("exports-2025");
  rerender(tooltip(false, { id: "exports-2025" }));
  expect(report).toHaveBeenLastCalledWith(null);
  // A datum without a single point (a stacked year) names none.
  rerender(tooltip(true, { year: 2024 }));
  expect(report).toHaveBeenLastCalledWith(null);
  unmount();
  expect(report).toHaveBeenLastCalledWith(null);
});
