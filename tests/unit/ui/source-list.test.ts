/** The source list a prerendered page links to, put back in place when the reader opens it (src/ui/source-list.ts). */
import { describe, expect, it, vi } from "vitest";
import { restoreSourceLists } from "@/ui/source-list.ts";

const PAGE = `<!doctype html><html><body><h1>Sources</h1><ul id="kdem-sources" class="mt-1">
  <li><a href="https://example.org/a">A</a> — A, 2024</li><li><a href="https://example.org/b">B</a> — B, 2025</li></ul></body></html>`;

function disclosure(open = false): HTMLDetailsElement {
  document.body.innerHTML = `<div id="root"><details data-source-list="/sources/x.en.html"${open ? " open" : ""}>
    <summary>and 1 more sources</summary><ul><li><a href="/sources/x.en.html">All 2 sources, on a page of their own</a></li></ul></details></div>`;
  return document.querySelector("details")!;
}

/** As a reader's click does: the browser (and jsdom) fires "toggle" in a task of its own. */
const toggle = async (details: HTMLDetailsElement, open: boolean) => {
  details.open = open;
  await new Promise((r) => setTimeout(r, 0));
};

describe("restoring a prerendered page's source list", () => {
  it("fetches nothing until the reader opens the list, then shows the list itself", async () => {
    const details = disclosure();
    const load = vi.fn(() => Promise.resolve(PAGE));
    restoreSourceLists(document, load);
    expect(load).not.toHaveBeenCalled();
    await toggle(details, true);
    expect(load).toHaveBeenCalledWith("/sources/x.en.html");
    await vi.waitFor(() => expect(details.querySelectorAll("li")).toHaveLength(2));
    expect([...details.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual([
      "https://example.org/a",
      "https://example.org/b",
    ]);
    await toggle(details, false);
    await toggle(details, true);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("fills a list the reader opened before the script arrived", async () => {
    const details = disclosure(true);
    restoreSourceLists(document, () => Promise.resolve(PAGE));
    await vi.waitFor(() => expect(details.querySelectorAll("li")).toHaveLength(2));
  });

  it("keeps the working link when the list cannot be had, and tries again at the next opening", async () => {
    const details = disclosure();
    const load = vi.fn().mockRejectedValueOnce(new Error("HTTP 503")).mockResolvedValueOnce(PAGE);
    restoreSourceLists(document, load);
    await toggle(details, true);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 0));
    expect(details.querySelector("a")!.getAttribute("href")).toBe("/sources/x.en.html");
    await toggle(details, false);
    await toggle(details, true);
    await vi.waitFor(() => expect(details.querySelectorAll("li")).toHaveLength(2));
  });

  it("changes nothing when the page it gets holds no list", async () => {
    const details = disclosure(true);
    const load = vi.fn(() => Promise.resolve("<p>no list here</p>"));
    restoreSourceLists(document, load);
    await new Promise((r) => setTimeout(r, 0));
    expect(load).toHaveBeenCalledTimes(1);
    expect(details.querySelectorAll("a").length).toBe(1);
    expect(details.querySelector("a")!.getAttribute("href")).toBe("/sources/x.en.html");
  });

  it("moves a reader who had tabbed to the link onto the list's first source", async () => {
    const details = disclosure(true);
    let answer!: (html: string) => void;
    restoreSourceLists(document, () => new Promise<string>((resolve) => (answer = resolve)));
    details.querySelector("a")!.focus();
    answer(PAGE);
    await vi.waitFor(() => expect(document.activeElement?.getAttribute("href")).toBe("https://example.org/a"));
  });
});
