/** Every way loading the dataset can go, as the reader sees it (MSW stands in for the server). */
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DATASET_TIMEOUT_MS } from "@/data/api/get-dataset.ts";
import { ExploreScreen } from "@/features/explore/ExploreScreen.tsx";
import { SLOW_AFTER_MS } from "@/ui/DataStatus.tsx";
import { type ScenarioName, SLOW_RESPONSE_MS, useScenario } from "../../support/scenarios.ts";
import { renderWithProviders } from "../../support/render.tsx";

afterEach(() => vi.useRealTimers());

// The machine running the tests may be busy; the lazily loaded chart chunk can take a few seconds.
const SLOW = { timeout: 8000 };
const chartHeading = () => screen.findByRole("heading", { name: "South Korea's arms exports by year" }, SLOW);

describe("loading the dataset", { timeout: 20_000 }, () => {
  it("shows a loading state, then the chart with its takeaway", async () => {
    renderWithProviders(<ExploreScreen />);
    expect(screen.getByRole("status")).toHaveTextContent("Loading the dataset…");
    await chartHeading();
    expect(screen.getByTestId("takeaway")).toHaveTextContent("2022 record of $17.3 billion");
    // The Recharts component is a lazy chunk: the frame shows first, the bars follow.
    await waitFor(() => expect(document.querySelectorAll(".kdem-bar")).toHaveLength(20), SLOW);
  });

  it("says so when loading is slow, and still shows the chart when it arrives", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    useScenario("slow");
    renderWithProviders(<ExploreScreen />);
    await act(() => vi.advanceTimersByTimeAsync(SLOW_AFTER_MS + 10));
    expect(screen.getByRole("status")).toHaveTextContent("taking longer than usual");
    await act(() => vi.advanceTimersByTimeAsync(SLOW_RESPONSE_MS - SLOW_AFTER_MS + 500));
    await chartHeading();
  });

  it.each<[ScenarioName, RegExp]>([
    ["notFound", /not found on the server \(404\)/],
    ["serverError", /The server answered with an error \(500\)/],
    ["networkError", /The network request failed/],
    ["malformed", /not valid JSON/],
    ["invalid", /does not match the expected format/],
  ])("explains %s and offers a retry that recovers", async (name, message) => {
    // The server fails (automatic retries included) until the reader asks to try again.
    const scenario = useScenario(name);
    renderWithProviders(<ExploreScreen />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The data could not be loaded");
    expect(alert).toHaveTextContent(message);
    scenario.recover();
    await userEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await chartHeading();
  });

  it("explains a schema-invalid file and lists its problems with their paths", async () => {
    useScenario("invalid");
    renderWithProviders(<ExploreScreen />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("does not match the expected format");
    expect(alert).toHaveTextContent("$.sources[0].url: missing (expected string)");
  });

  it("reports the file's problems, not a broken page, when the file is too broken to draw from", async () => {
    // The page draws from the parsed file while a worker validates it; here the drawing fails first.
    useScenario("undrawable");
    renderWithProviders(<ExploreScreen />);
    const alert = await screen.findByRole("alert", {}, SLOW);
    await waitFor(() => expect(alert).toHaveTextContent("does not match the expected format"));
    expect(alert).toHaveTextContent("$.annualExports: missing (expected object)");
  });

  it("says a failed Try again failed, not the problems of the file before it", async () => {
    useScenario("invalid");
    renderWithProviders(<ExploreScreen />);
    const alert = await screen.findByRole("alert");
    await waitFor(() => expect(alert).toHaveTextContent("does not match the expected format"));
    useScenario("networkError");
    await userEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent(/The network request failed/), SLOW);
  });

  it("gives up after the timeout with a message, and retries on request", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const scenario = useScenario("hang");
    renderWithProviders(<ExploreScreen />);
    // One timeout, not three: a silent server is reported after 15 s, with no automatic retries first.
    await act(() => vi.advanceTimersByTimeAsync(DATASET_TIMEOUT_MS + 10));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The server did not answer in time");
    scenario.recover();
    await userEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await chartHeading();
  });

  it("shows the error in Korean when the reader reads Korean", async () => {
    useScenario("notFound");
    renderWithProviders(<ExploreScreen />, { lang: "ko" });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("데이터를 불러오지 못했습니다");
    expect(within(alert).getByRole("button", { name: "다시 시도" })).toBeEnabled();
  });
});
