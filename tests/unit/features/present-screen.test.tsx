/** The deck as a presenter drives it: keys, URL, notes, bad links, Korean. */
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { PresentScreen } from "@/features/present/PresentScreen.tsx";
import { readPresentUrl } from "@/features/present/use-deck-location.ts";
import { useScenario } from "../../support/scenarios.ts";
import { renderWithProviders } from "../../support/render.tsx";

// Drawing is the charts' own tests' business (and the browser tests'); here the deck's behaviour is
// under test, and five Recharts charts per render would only make it slow.
vi.mock("@/charts/ChartPlot.tsx", () => ({
  ChartPlot: ({ model }: { model: { id: string } }) => <svg data-testid="plot" data-chart={model.id} />,
}));

function openDeck(search: string) {
  window.history.replaceState(null, "", `/present/${search}`);
  const initial = readPresentUrl();
  return renderWithProviders(<PresentScreen initial={initial} />, initial.location.view);
}

const counter = () => screen.getByTestId("slide-counter");
const current = () => document.querySelector<HTMLElement>("[data-slide][data-current]")!;

describe("present", () => {
  it("steps through the deck with the keyboard and keeps the slide in the URL", async () => {
    const user = userEvent.setup();
    openDeck("?slide=3");
    await screen.findByText(/Exports rebounded to over \$15 billion in 2025/);
    expect(counter()).toHaveTextContent("3 / 12");
    expect(current()).toHaveAttribute("data-slide", "3");
    expect(current().querySelector('svg[data-chart="annual-exports"]')).not.toBeNull();
    await user.keyboard("{ArrowRight}");
    expect(counter()).toHaveTextContent("4 / 12");
    expect(window.location.search).toBe("?slide=4");
    expect(document.title).toBe("Slide 4 of 12 — Briefing slides — K-Defense Export Monitor");
    await user.keyboard("{PageUp}{PageUp}");
    expect(counter()).toHaveTextContent("2 / 12");
    expect(within(current()).getByRole("heading", { name: "Key figures" })).toBeInTheDocument();
    await user.keyboard("{End}");
    expect(counter()).toHaveTextContent("12 / 12");
    await user.keyboard("{ArrowRight}");
    expect(counter()).toHaveTextContent("12 / 12");
    await user.keyboard("{Home}");
    expect(counter()).toHaveTextContent("1 / 12");
    expect(window.location.search).toBe("");
    await user.keyboard(" ");
    expect(counter()).toHaveTextContent("2 / 12");
  });

  it("the on-screen buttons move too, and say they are disabled at the ends without dropping focus", async () => {
    const user = userEvent.setup();
    openDeck("");
    await screen.findByRole("heading", { name: "South Korea's arms exports and the 2030 goals" });
    const previous = screen.getByRole("button", { name: "Previous slide" });
    expect(previous).toHaveAttribute("aria-disabled", "true");
    await user.click(previous);
    expect(counter()).toHaveTextContent("1 / 12");
    await user.click(screen.getByRole("button", { name: "Next slide" }));
    expect(counter()).toHaveTextContent("2 / 12");
    await user.click(screen.getByRole("button", { name: "Previous slide" }));
    expect(counter()).toHaveTextContent("1 / 12");
    // At the first slide the button stays focusable (aria-disabled), so a keyboard user is not thrown to <body>.
    expect(screen.getByRole("button", { name: "Previous slide" })).toHaveFocus();
  });

  it("n shows the speaker notes of the current slide: basis, disputed values, sources", async () => {
    const user = userEvent.setup();
    openDeck("?slide=3");
    await screen.findByText(/Exports rebounded/);
    await user.keyboard("n");
    const notes = screen.getByRole("complementary", { name: /Speaker notes — Slide 3 of 12/ });
    expect(within(notes).getByRole("heading", { name: "Basis" })).toBeInTheDocument();
    expect(notes).toHaveTextContent(/2023: \$13 billion .*also \$13\.5 billion .*\$14 billion/);
    expect(within(notes).getByRole("link", { name: "한국경제 (copy at wowtv), 2026" })).toHaveAttribute(
      "href",
      expect.stringMatching(/^https:\/\/m\.wowtv/),
    );
    expect(within(notes).getByRole("link", { name: /Print or save as PDF with these notes/ })).toHaveAttribute(
      "href",
      "/present/?slide=3&notes=print",
    );
    await user.keyboard("{ArrowLeft}");
    expect(screen.getByRole("complementary", { name: /Slide 2 of 12/ })).toBeInTheDocument();
    await user.keyboard("n");
    expect(screen.queryByRole("complementary")).toBeNull();
  });

  it.each([
    ["?slide=42", "12 / 12", "There is no slide 42: showing slide 12 of 12.", "?slide=12"],
    ["?slide=abc", "1 / 12", "“abc” is not a slide number: showing slide 1 of 12.", ""],
  ])("%s opens the nearest slide and says so", async (search, shown, notice, canonical) => {
    openDeck(search);
    await screen.findByText(notice);
    expect(counter()).toHaveTextContent(shown);
    expect(window.location.search).toBe(canonical);
  });

  it("f where full screen is unavailable says so instead of failing", async () => {
    const user = userEvent.setup();
    openDeck("");
    await screen.findByRole("heading", { name: "South Korea's arms exports and the 2030 goals" });
    await user.keyboard("f");
    expect(await screen.findByText("Full screen is not available in this browser window.")).toBeInTheDocument();
  });

  it("speaks Korean: quotes in translation with the original, and Korean controls", async () => {
    openDeck("?slide=11&lang=ko");
    const slide = await screen.findByRole("region", { name: "슬라이드 11/12" });
    expect(within(slide).getByRole("heading", { name: "장관의 발언" })).toBeInTheDocument();
    expect(slide).toHaveTextContent("“일생일대의 기회”");
    expect(within(slide).getByText("“once-in-a-lifetime opportunity”")).toHaveAttribute("lang", "en");
    expect(slide).toHaveTextContent("안규백 국방부 장관");
    expect(screen.getByRole("button", { name: "다음 슬라이드" })).toBeEnabled();
  });

  it("back and forward move between slides", async () => {
    const user = userEvent.setup();
    openDeck("?slide=3");
    await screen.findByText(/Exports rebounded/);
    await user.keyboard("{ArrowRight}");
    expect(counter()).toHaveTextContent("4 / 12");
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener("popstate", resolve, { once: true }));
    });
    expect(counter()).toHaveTextContent("3 / 12");
  });

  it("a dataset that cannot be loaded is explained on the stage, with a retry, never a blank deck", async () => {
    useScenario("notFound");
    openDeck("?slide=3&lang=ko");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("데이터를 불러오지 못했습니다");
    expect(within(alert).getByRole("button", { name: "다시 시도" })).toBeEnabled();
    expect(counter()).toHaveTextContent("3 / 12");
  });

  it("b blanks the whole screen black, w white; any key or a click brings the slide back, and does only that", async () => {
    const user = userEvent.setup();
    openDeck("?slide=3");
    await screen.findByText(/Exports rebounded/);
    await user.keyboard("b");
    expect(screen.getByTestId("blank")).toHaveAttribute("data-blank", "black");
    await user.keyboard("{ArrowRight}");
    expect(screen.queryByTestId("blank")).toBeNull();
    expect(counter()).toHaveTextContent("3 / 12");
    await user.keyboard(".");
    expect(screen.getByTestId("blank")).toHaveAttribute("data-blank", "black");
    await user.keyboard("{Shift}");
    expect(screen.getByTestId("blank")).toBeInTheDocument();
    await user.click(screen.getByTestId("blank"));
    expect(screen.queryByTestId("blank")).toBeNull();
    await user.keyboard(",");
    expect(screen.getByRole("button", { name: /Screen blanked/ })).toHaveAttribute("data-blank", "white");
    await user.keyboard("{Escape}");
    expect(screen.queryByTestId("blank")).toBeNull();
    expect(window.location.pathname).toBe("/present/");
  });

  it("F5 and Shift+F5 go full screen; Esc in full screen leaves full screen and stays on the deck", async () => {
    const user = userEvent.setup();
    const request = vi.fn(async () => {
      Object.defineProperty(document, "fullscreenElement", { value: document.documentElement, configurable: true });
      document.dispatchEvent(new Event("fullscreenchange"));
    });
    const exit = vi.fn(async () => {
      Object.defineProperty(document, "fullscreenElement", { value: null, configurable: true });
      document.dispatchEvent(new Event("fullscreenchange"));
    });
    Object.defineProperty(document, "fullscreenEnabled", { value: true, configurable: true });
    Object.defineProperty(document.documentElement, "requestFullscreen", { value: request, configurable: true });
    Object.defineProperty(document, "exitFullscreen", { value: exit, configurable: true });
    try {
      openDeck("?slide=3");
      await screen.findByText(/Exports rebounded/);
      await user.keyboard("{F5}");
      expect(request).toHaveBeenCalledTimes(1);
      // Already full screen: Shift+F5 keeps it so, and never asks twice.
      await user.keyboard("{Shift>}{F5}{/Shift}");
      expect(request).toHaveBeenCalledTimes(1);
      await user.keyboard("{Escape}");
      // Leaving the deck (a navigation) is the browser test's to see; here: full screen was left.
      expect(exit).toHaveBeenCalledTimes(1);
      expect(counter()).toHaveTextContent("3 / 12");
    } finally {
      for (const [target, key] of [
        [document, "fullscreenElement"],
        [document, "fullscreenEnabled"],
        [document, "exitFullscreen"],
        [document.documentElement, "requestFullscreen"],
      ] as const)
        delete (target as unknown as Record<string, unknown>)[key];
    }
  });

  it("s opens the presenter view: the same slide and settings, with this deck's session", async () => {
    const user = userEvent.setup();
    const open = vi.spyOn(window, "open").mockReturnValue(null);
    try {
      openDeck("?slide=4&lang=ko");
      await screen.findByRole("region", { name: "슬라이드 4/12" });
      await user.keyboard("s");
      expect(open).toHaveBeenCalledTimes(1);
      const [href, name] = open.mock.calls[0]!;
      expect(href).toMatch(/^\/present\/\?slide=4&lang=ko&presenter=[A-Za-z0-9_-]+$/);
      expect(name).toMatch(/^kdem-presenter-/);
      // A blocked pop-up is explained, not silently lost.
      expect(await screen.findByText(/브라우저가 발표자 창을 막았습니다/)).toBeInTheDocument();
    } finally {
      open.mockRestore();
    }
  });
});
