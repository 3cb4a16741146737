/**
 * The embed page's script on a baked page (rendered from the real article component): parameters
 * applied at once, nothing heavy loaded until needed, then the live chart or, when the data cannot
 * be loaded, the notice, with the baked chart kept.
 */
import { act, waitFor } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { chartModel } from "@/charts/registry.ts";
import { EmbedArticle } from "@/features/embed/EmbedArticle.tsx";
import { EmbedPage } from "@/features/embed/EmbedPage.tsx";
import { startEmbed } from "@/features/embed/start.ts";
import { loadDataset } from "../../support/dataset.ts";
import { server, useScenario } from "../../support/scenarios.ts";

// One point, as the bake writes it, so the baked chart's own interaction script can take it on.
const POINTS = JSON.stringify([{ at: 10, title: "2006: $0.25 billion", lines: [], id: "exports-2006" }]).replace(
  /"/g,
  "&quot;",
);
const BAKED = `<svg data-kdem-baked="" data-kdem-size="wide" tabindex="0" role="img" viewBox="0 0 720 360" data-kdem-points="${POINTS}"><rect></rect></svg>`;
let requests = 0;

beforeAll(() => {
  // jsdom has no layout: observers never fire, which is all these tests need.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

beforeEach(() => {
  const data = loadDataset();
  const articles = (["en", "ko"] as const)
    .map((lang) =>
      renderToStaticMarkup(
        <EmbedArticle
          spec={chartModel("annual-exports", data, lang).spec}
          span={chartModel("annual-exports", data, lang).span}
          lang={lang}
          plotHtml={BAKED}
          exploreHref="/"
        />,
      ),
    )
    .join("");
  document.body.innerHTML = renderToStaticMarkup(<EmbedPage chart="annual-exports" articlesHtml={articles} />);
  document.documentElement.lang = "en";
  delete document.documentElement.dataset.theme;
  requests = 0;
  server.events.on("request:start", () => void requests++);
});
afterEach(() => server.events.removeAllListeners());

function open(search: string) {
  window.history.replaceState(null, "", `/embed/annual-exports${search}`);
  startEmbed(window);
  return document.querySelector<HTMLElement>(`[data-kdem-article="${document.documentElement.lang}"]`)!;
}

describe("embed page script", () => {
  it("applies language, theme and the explorer link at once, and loads nothing for the baked view", async () => {
    const article = open("?lang=ko&theme=dark&utm_campaign=x");
    expect(document.documentElement.lang).toBe("ko");
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(document.title).toBe("연도별 한국 방산 수출");
    expect(article.querySelector("[data-kdem-explore]")).toHaveAttribute("href", "/?lang=ko&theme=dark");
    expect(article.querySelector("[data-kdem-controls]")).not.toBeVisible();
    await new Promise((r) => setTimeout(r, 50));
    expect(requests).toBe(0);
  });

  it("answers a pointer on the baked view without loading the framework or the dataset", async () => {
    const article = open("");
    const plot = article.querySelector<HTMLElement>("[data-kdem-plot]")!;
    // The plain-DOM script answers it: its live region is in place, no framework needed.
    expect(plot.querySelector("[data-kdem-announce]")).not.toBeNull();
    act(() => void plot.dispatchEvent(new Event("pointerover", { bubbles: true })));
    await new Promise((r) => setTimeout(r, 50));
    expect(plot.querySelector(".kdem-live")).toBeNull();
    expect(plot.querySelector("[data-kdem-baked]")).not.toBeNull();
    expect(requests).toBe(0);
  });

  it("announces the first point when the reader reached the chart before the script came (it loads after the first paint)", () => {
    const svg = document.querySelector<SVGSVGElement>('[data-kdem-article="en"] svg[data-kdem-baked]')!;
    // jsdom has no layout; the tip's placement needs none here.
    Object.assign(svg, { getScreenCTM: () => null });
    svg.focus();
    const article = open("");
    expect(article.querySelector("[data-kdem-announce]")).toHaveTextContent(/^2006: \$0\.25 billion/);
  });

  it("draws the live chart for a view that was not baked, then removes the baked one", async () => {
    const article = open("?from=2015");
    const plot = article.querySelector<HTMLElement>("[data-kdem-plot]")!;
    await waitFor(() => expect(plot.querySelector(".kdem-live svg.recharts-surface")).not.toBeNull(), {
      timeout: 5000,
    });
    await waitFor(() => expect(plot.querySelector("[data-kdem-baked]")).toBeNull());
    expect(requests).toBe(1);
  }, 15_000);

  it("shows the controls for controls=1, and keeps the baked chart with a notice when the data fails", async () => {
    useScenario("serverError");
    const article = open("?controls=1");
    expect(article.querySelector("[data-kdem-controls]")).toBeVisible();
    const notice = article.querySelector<HTMLElement>("[data-kdem-notice]")!;
    expect(notice).not.toBeVisible();
    await waitFor(() => expect(notice).toBeVisible());
    expect(notice).toHaveTextContent("Interactive features are unavailable");
    expect(article.querySelector("[data-kdem-baked]")).not.toBeNull();
  });
});
