/** Every way loading the dataset can go, as the reader sees it (MSW stands in for the server). */
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { delay, http, HttpResponse } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DATASET_TIMEOUT_MS } from "@/data/api/get-dataset.ts";
import { ExploreScreen } from "@/features/explore/ExploreScreen.tsx";
import { SLOW_AFTER_MS } from "@/ui/DataStatus.tsx";
import { datasetText, rawDataset } from "../../support/dataset.ts";
import { DATASET_URL, server } from "../../support/msw-server.ts";
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
    await waitFor(() => expect(document.querySelectorAll(".recharts-bar-rectangle")).toHaveLength(20), SLOW);
  });

  it("says so when loading is slow, and still shows the chart when it arrives", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    server.use(
      http.get(DATASET_URL, async () => {
        await delay(SLOW_AFTER_MS + 1000);
        return new HttpResponse(datasetText, { headers: { "Content-Type": "application/json" } });
      }),
    );
    renderWithProviders(<ExploreScreen />);
    await act(() => vi.advanceTimersByTimeAsync(SLOW_AFTER_MS + 10));
    expect(screen.getByRole("status")).toHaveTextContent("taking longer than usual");
    await act(() => vi.advanceTimersByTimeAsync(1500));
    await chartHeading();
  });

  it.each([
    ["404", () => new HttpResponse("not found", { status: 404 }), /not found on the server \(404\)/],
    ["500", () => new HttpResponse("boom", { status: 500 }), /The server answered with an error \(500\)/],
    ["a network error", () => HttpResponse.error(), /The network request failed/],
    [
      "malformed JSON",
      () => new HttpResponse('{"meta": {', { headers: { "Content-Type": "application/json" } }),
      /not valid JSON/,
    ],
  ])("explains %s and offers a retry that recovers", async (_name, respond, message) => {
    // The server fails (automatic retries included) until the reader asks to try again.
    let failing = true;
    server.use(http.get(DATASET_URL, () => (failing ? respond() : new HttpResponse(datasetText))));
    renderWithProviders(<ExploreScreen />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The data could not be loaded");
    expect(alert).toHaveTextContent(message);
    failing = false;
    await userEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await chartHeading();
  });

  it("explains a schema-invalid file and lists its problems with their paths", async () => {
    const broken = rawDataset();
    broken.annualExports.points[0].value = -1;
    delete broken.sources[0].url;
    server.use(http.get(DATASET_URL, () => HttpResponse.json(broken)));
    renderWithProviders(<ExploreScreen />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("does not match the expected format");
    expect(alert).toHaveTextContent("$.sources[0].url: missing (expected string)");
  });

  it("gives up after the timeout with a message, and retries on request", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    server.use(
      http.get(DATASET_URL, async () => {
        await delay("infinite");
        return HttpResponse.json({});
      }),
    );
    renderWithProviders(<ExploreScreen />);
    // One timeout, not three: a silent server is reported after 15 s, with no automatic retries first.
    await act(() => vi.advanceTimersByTimeAsync(DATASET_TIMEOUT_MS + 10));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The server did not answer in time");
    server.resetHandlers();
    await userEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await chartHeading();
  });

  it("shows the error in Korean when the reader reads Korean", async () => {
    server.use(http.get(DATASET_URL, () => new HttpResponse("nope", { status: 404 })));
    renderWithProviders(<ExploreScreen />, { lang: "ko" });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("데이터를 불러오지 못했습니다");
    expect(within(alert).getByRole("button", { name: "다시 시도" })).toBeEnabled();
  });
});
