/** The explorer's Embed dialog, as an editor uses it: options, code, copy, links and previews. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { EmbedButton } from "@/features/embed/EmbedButton.tsx";
import { EmbedDialog } from "@/features/embed/EmbedDialog.tsx";
import { embedHeight } from "@/charts/registry.ts";
import { DEFAULT_VIEW, type ViewState } from "@/state/url-codec.ts";
import { renderWithProviders } from "../../support/render.tsx";

const ORIGIN = "https://charts.example.org";
const VIEW: ViewState = { ...DEFAULT_VIEW, from: 2014, type: "line", view: "table" };

function open(view = VIEW, onClose = vi.fn()) {
  const user = userEvent.setup();
  renderWithProviders(<EmbedDialog chartId="annual-exports" view={view} open onClose={onClose} origin={ORIGIN} />, {
    lang: view.lang,
  });
  return { user, onClose };
}

const code = () => (screen.getByLabelText("Embed code") as HTMLTextAreaElement).value;

describe("Embed dialog", () => {
  it("gives the code for the current chart and view, titled from the data", async () => {
    open();
    expect(screen.getByRole("dialog", { name: "Embed this chart" })).toBeInTheDocument();
    await waitFor(() => expect(code()).toContain(`title="South Korea's arms exports by year"`));
    expect(code()).toBe(
      `<iframe src="${ORIGIN}/embed/annual-exports?from=2014&amp;type=line&amp;theme=light" title="South Korea's arms exports by year" width="100%" height="${embedHeight("annual-exports", "en")}" loading="lazy" style="border:0;width:100%;max-width:100%" data-kdem-embed></iframe>\n` +
        `<script async src="${ORIGIN}/embed.js"></script>`,
    );
  });

  it("gives the publisher's light look by default, even when the explorer is dark; dark is an opt-in", async () => {
    open({ ...VIEW, theme: "dark" });
    expect(screen.getByLabelText("Theme")).toHaveValue("light");
    await waitFor(() => expect(code()).toContain("theme=light"));
    expect(code()).not.toContain("theme=dark");
  });

  it("offers a transparent background", async () => {
    const { user } = open();
    await user.click(screen.getByLabelText(/Transparent background/));
    await waitFor(() => expect(code()).toContain("bg=transparent"));
  });

  it("puts language, theme and controls into the code, the links and the previews", async () => {
    const { user } = open();
    await user.selectOptions(screen.getByLabelText("Language"), "ko");
    await user.selectOptions(screen.getByLabelText("Theme"), "dark");
    await user.click(screen.getByLabelText("Let readers change the range and chart type"));
    const url = `${ORIGIN}/embed/annual-exports?from=2014&type=line&lang=ko&theme=dark&controls=1`;
    await waitFor(() => expect(code()).toContain(`title="연도별 한국 방산 수출"`));
    expect(code()).toContain(`src="${url.replace(/&/g, "&amp;")}"`);
    expect(screen.getByRole("link", { name: "Link to the embed" })).toHaveAttribute("href", url);
    // From 2014 in line view is not the published picture: no link to a different view.
    expect(screen.queryByRole("link", { name: "Static image (SVG)" })).toBeNull();
    expect(screen.getByTestId("svg-default-only")).toHaveTextContent("Image (SVG)");
    const previews = within(screen.getByRole("region", { name: "Preview" }));
    expect(previews.getByTitle("Preview of the embed at 375 px")).toHaveAttribute("src", url);
    expect(previews.getByTitle("Preview of the embed at 640 px")).toHaveAttribute("src", url);
    for (const frame of previews.getAllByTitle(/Preview of the embed/))
      expect(frame).toHaveAttribute("data-kdem-embed");
  });

  it("links the published static SVG of the default view, in the embed's language", async () => {
    const { user } = open({ ...DEFAULT_VIEW, type: "bar" });
    const link = await screen.findByRole("link", { name: "Static image (SVG)" });
    expect(link).toHaveAttribute("href", `${ORIGIN}/static/annual-exports.svg`);
    await user.selectOptions(screen.getByLabelText("Language"), "ko");
    await waitFor(() => expect(link).toHaveAttribute("href", `${ORIGIN}/static/annual-exports.ko.svg`));
  });

  it("copies the code and says so", async () => {
    const { user } = open();
    await waitFor(() => expect(code()).toContain("South Korea"));
    await user.click(screen.getByRole("button", { name: "Copy code" }));
    expect(await navigator.clipboard.readText()).toBe(code());
    expect(screen.getByRole("status")).toHaveTextContent("Copied to the clipboard");
  });

  it("says when copying fails, so the editor copies by hand", async () => {
    const { user } = open();
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValueOnce(new Error("denied"));
    await user.click(screen.getByRole("button", { name: "Copy code" }));
    expect(screen.getByRole("status")).toHaveTextContent("Copying failed");
  });

  it("speaks the explorer's language and closes with its button", async () => {
    const { user, onClose } = open({ ...DEFAULT_VIEW, lang: "ko" });
    expect(screen.getByRole("heading", { name: "이 차트 퍼가기" })).toBeInTheDocument();
    expect(screen.getByLabelText("언어")).toHaveValue("ko");
    await user.click(screen.getByRole("button", { name: "닫기" }));
    expect(onClose).toHaveBeenCalled();
  });

  it("loads embed.js once, so the previews size like on a news site", () => {
    open();
    expect([...document.scripts].filter((s) => s.src === `${ORIGIN}/embed.js`)).toHaveLength(1);
  });

  it("opens from the Embed button and closes again", async () => {
    const user = userEvent.setup();
    renderWithProviders(<EmbedButton chartId="world-share" view={{ ...DEFAULT_VIEW, chart: "world-share" }} />);
    expect(screen.queryByRole("dialog")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Embed" }));
    // The dialog is a lazy chunk, loaded on the first click.
    expect(await screen.findByRole("dialog", { name: "Embed this chart" })).toBeInTheDocument();
    expect(code()).toContain(`/embed/world-share?theme=light"`);
    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});
