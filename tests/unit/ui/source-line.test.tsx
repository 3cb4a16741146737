import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { sourceIndex } from "@/data/derive/sources.ts";
import { SourceLine } from "@/ui/SourceLine.tsx";
import { loadDataset } from "../../support/dataset.ts";
import { renderWithProviders } from "../../support/render.tsx";

const index = sourceIndex(loadDataset());
const pick = (...ids: string[]) => ids.map((id) => index.get(id)!);

describe("SourceLine", () => {
  it("leads with the primary source and names the outlet behind a copy", () => {
    renderWithProviders(<SourceLine sources={pick("wowtv-2026-01-14", "sbs-2025-12-30", "nabo-2024-07-31")} />);
    const line = screen.getByText(/^Source:/);
    expect(
      within(line)
        .getAllByRole("link")
        .map((a) => a.textContent),
    ).toEqual(["National Assembly Budget Office (NABO)", "SBS", "한국경제 (copy at wowtv)"]);
    expect(line.textContent).not.toMatch(/Only secondary sources/);
  });

  it("says so when only copies and aggregators back the figures", () => {
    renderWithProviders(<SourceLine sources={pick("zum-chosun-2018-01", "hilariouschaos-2025")} />);
    expect(screen.getByText(/^Source:/).textContent).toMatch(/Only secondary sources/);
  });

  it("shows an English rendering beside a Korean title in English, and only the original in Korean", () => {
    const sources = pick("zum-chosun-2018-01", "kmib-2015-01-03", "sbs-2025-12-30", "nocut-2018-01-15");
    const { unmount } = renderWithProviders(<SourceLine sources={sources} shown={1} />);
    expect(screen.getByText("지난해 방산 수출 32억불 달성...다시 반등할까").getAttribute("lang")).toBe("ko");
    expect(screen.getByText(/\[Defence exports reached \$3\.2 billion last year/)).toBeTruthy();
    unmount();
    renderWithProviders(<SourceLine sources={sources} shown={1} />, { lang: "ko" });
    expect(screen.queryByText(/\[Defence exports reached/)).toBeNull();
  });
});
