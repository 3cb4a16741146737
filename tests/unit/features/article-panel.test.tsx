/** The article panel: every number from the dataset, figures that open their point, the cited sentence lit. */
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { indexPoints } from "@/charts/registry.ts";
import { ArticlePanel, summaryParts } from "@/features/article/ArticlePanel.tsx";
import { formatValue } from "@/i18n/format.ts";
import { useViewStore } from "@/state/view-store.ts";
import { loadDataset } from "../../support/dataset.ts";
import { renderWithProviders } from "../../support/render.tsx";

const data = loadDataset();
const points = indexPoints(data);

describe("summaryParts", () => {
  it("turns each placeholder into its data point and keeps the text around it", () => {
    const parts = summaryParts("at {exports-2025}, after {record-2022}.", data.article, points);
    expect(parts).toEqual([
      { text: "at " },
      { figure: "exports-2025", point: points.get("exports-2025") },
      { text: ", after " },
      { figure: "record-2022", point: points.get("exports-2022") },
      { text: "." },
    ]);
  });

  it("leaves a placeholder that names no figure visible as text", () => {
    expect(summaryParts("x {nope} y", data.article, points)).toEqual([
      { text: "x " },
      { text: "{nope}" },
      { text: " y" },
    ]);
  });
});

describe("ArticlePanel", { timeout: 20_000 }, () => {
  it("shows outlet, date, the headline marked as descriptive, the summary and quotes with their speaker", () => {
    renderWithProviders(<ArticlePanel data={data} />);
    const panel = screen.getByTestId("article");
    expect(within(panel).getByRole("link", { name: /The Korea Herald/ })).toHaveAttribute("href", data.article.url);
    expect(panel).toHaveTextContent("January 2026");
    expect(within(panel).getByRole("heading", { level: 2 })).toHaveTextContent(data.article.headline.en);
    expect(panel).toHaveTextContent("Descriptive title");
    expect(within(panel).getAllByRole("listitem").length).toBeGreaterThanOrEqual(data.article.summary.length);
    expect(panel).toHaveTextContent("“once-in-a-lifetime opportunity”");
    expect(panel).toHaveTextContent("— Defense Minister Ahn Gyu-back");
  });

  it("prints each figure from its data point, in either language", () => {
    for (const lang of ["en", "ko"] as const) {
      const { unmount } = renderWithProviders(<ArticlePanel data={data} />, { lang });
      for (const figure of data.article.figures) {
        const point = points.get(figure.point)!;
        const button = document.querySelector(`button[data-point="${point.id}"]`);
        expect(button, figure.id).toHaveTextContent(formatValue(point.value, point.unit, lang, point.qualifier));
      }
      unmount();
    }
  });

  it("a figure in the text shows its point in its chart", async () => {
    renderWithProviders(<ArticlePanel data={data} />, { chart: "world-share" });
    await userEvent.click(screen.getByRole("button", { name: "$17.3 billion" }));
    expect(useViewStore.getState()).toMatchObject({ chart: "annual-exports", focus: 2022 });
    // The sentence citing the focused point is marked.
    const lit = document.querySelectorAll("li[data-active]");
    expect(lit).toHaveLength(1);
    expect(lit[0]).toHaveTextContent("record $17.3 billion");
  });

  it("lights the sentence citing the point the reader is on in the chart", () => {
    renderWithProviders(<ArticlePanel data={data} />);
    expect(document.querySelectorAll("li[data-active]")).toHaveLength(0);
    act(() => useViewStore.getState().setHoverPoint("exports-2025"));
    const lit = document.querySelectorAll("li[data-active]");
    expect(lit).toHaveLength(1);
    expect(lit[0]).toHaveTextContent("over $15 billion");
  });

  it("chips give the figures the article quotes, each a link to its chart, and none of ours", async () => {
    renderWithProviders(<ArticlePanel data={data} />);
    const chip = screen.getByRole("button", { name: /6%\s*Share goal, 2030/ });
    await userEvent.click(chip);
    expect(useViewStore.getState()).toMatchObject({ chart: "world-share", focus: 2030 });
    // The growth the goal needs is worked out by us, not given by the article: it is in the key figures.
    expect(screen.queryByRole("button", { name: /5\.9%/ })).toBeNull();
    const chips = [...document.querySelectorAll<HTMLElement>("[data-figure]")].map((c) => c.dataset.figure);
    expect(chips).toEqual(["record", "latest", "target", "shareGoal"]);
  });
});
