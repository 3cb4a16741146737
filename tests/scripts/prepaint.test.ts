// @vitest-environment node
/**
 * The explorer's pre-paint script (scripts/lib/prepaint.ts), run in jsdom as a browser runs it: it
 * must read an address as the app does (url-codec's parseView), show a baked view only when the
 * address names exactly that view, and be the script the production CSP allows.
 */
import { JSDOM } from "jsdom";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import {
  cspHashSource,
  EMBED_PREPAINT_SCRIPT,
  PREPAINT_SCRIPT,
  prepaintCspSource,
} from "../../scripts/lib/prepaint.ts";
import { CHART_IDS } from "../../src/data/chart-ids.ts";
import { browserLang, parseView } from "../../src/state/url-codec.ts";

const BAKED = CHART_IDS.flatMap((id) => [`${id}.en`, `${id}.ko`]);
const APP = ["/assets/main-1.js", "/assets/react-2.js"];

function run(
  search: string,
  languages = ["en-US", "en"],
  answer: () => Promise<unknown> = () => new Promise(() => {}),
  /** The page's own view: index.html's is the default (the first baked), a view page's its own. */
  own = BAKED[0]!,
) {
  const dom = new JSDOM(
    `<!doctype html><html lang="en"><head><meta name="kdem-baked" content="${BAKED.join(" ")}"><meta name="kdem-own" content="${own}">` +
      `<meta name="kdem-app" content="${APP.join(" ")}"></head><body><div id="root"><p>default view</p><button disabled>Table</button><input type="range" disabled></div></body></html>`,
    { url: `http://localhost/${search}`, runScripts: "outside-only", pretendToBeVisual: true },
  );
  const { window } = dom;
  Object.defineProperty(window.navigator, "languages", { value: languages });
  const fetch = vi.fn(answer);
  (window as unknown as { fetch: typeof fetch }).fetch = fetch;
  window.eval(PREPAINT_SCRIPT);
  const html = window.document.documentElement;
  const started = () => window.document.head.querySelector<HTMLScriptElement>('script[type="module"]')?.src;
  return { window, html, fetch, started };
}

describe("the pre-paint script", () => {
  it("is, with the embeds' pre-paint script, what deploy/nginx.conf allows by hash", () => {
    const conf = readFileSync(resolve(import.meta.dirname, "../../deploy/nginx.conf"), "utf8");
    expect(conf).toContain(`script-src 'self' ${prepaintCspSource()} ${cspHashSource(EMBED_PREPAINT_SCRIPT)};`);
  });

  it("reads chart and language as the app does, the browser's language included", () => {
    const cases: [string, string[]][] = [
      ["", ["en-US"]],
      ["", ["ko-KR", "en"]],
      ["", ["fr-FR", "ko"]],
      ["?lang=ko", ["en"]],
      ["?lang=xx", ["ko"]],
      ["?chart=world-share", ["en"]],
      ["?chart=nope&lang=ko", ["en"]],
      ["?chart=buyers&lang=en", ["ko"]],
      ["?chart=&lang=", ["ko-KR"]],
    ];
    for (const [search, languages] of cases) {
      const { html, fetch } = run(search, languages);
      const { state } = parseView(search, browserLang(languages));
      expect(html.lang, search).toBe(state.lang);
      const key = `${state.chart}.${state.lang}`;
      if (key === "annual-exports.en") expect(fetch, search).not.toHaveBeenCalled();
      else expect(fetch, search).toHaveBeenCalledWith(`/prerender/${key}.html`);
    }
  });

  it("reads an address the same on a view's own page, fetching only what is not that page's view", () => {
    // The server picked the page by the address (scripts/lib/explorer-views.ts); the reader's language,
    // or a parameter the server read otherwise (nginx ignores case), may still name another view.
    const cases: [string, string[], string][] = [
      ["?chart=world-share", ["en"], "world-share.en"],
      ["?chart=world-share", ["ko-KR"], "world-share.en"],
      ["?chart=buyers&lang=ko&theme=dark", ["en"], "buyers.ko"],
      ["?chart=World-Share", ["en"], "world-share.en"],
      ["?CHART=world-share", ["en"], "world-share.en"],
      ["?lang=ko", ["en"], "annual-exports.ko"],
    ];
    for (const [search, languages, own] of cases) {
      const { html, fetch } = run(search, languages, undefined, own);
      const { state } = parseView(search, browserLang(languages));
      const key = `${state.chart}.${state.lang}`;
      expect(html.lang, search).toBe(state.lang);
      if (key === own) expect(fetch, `${search} ${languages[0]}`).not.toHaveBeenCalled();
      else expect(fetch, `${search} ${languages[0]}`).toHaveBeenCalledWith(`/prerender/${key}.html`);
    }
    // The cases above include both outcomes.
    expect(run("?chart=world-share", ["ko-KR"], undefined, "world-share.en").fetch).toHaveBeenCalledWith(
      "/prerender/world-share.ko.html",
    );
    expect(run("?CHART=world-share", ["en"], undefined, "world-share.en").fetch).toHaveBeenCalledWith(
      "/prerender/annual-exports.en.html",
    );
  });

  it("sets the theme a link asks for, and leaves 'auto' to the reader's system", () => {
    expect(run("?theme=dark").html.dataset.theme).toBe("dark");
    expect(run("?theme=light").html.dataset.theme).toBe("light");
    expect(run("?theme=auto").html.dataset.theme).toBeUndefined();
    expect(run("?theme=pink").html.dataset.theme).toBeUndefined();
  });

  it("shows the HTML's view as it is, and starts the app only when a control is reached for", async () => {
    const { window, html, fetch, started } = run("?theme=dark");
    const doc = window.document;
    expect(html.classList.contains("kdem-prepaint")).toBe(false);
    expect(fetch).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(doc.querySelector("button")!.disabled).toBe(false));
    expect(doc.querySelector("input")!.disabled).toBe(false);
    expect(started()).toBeUndefined();

    doc.querySelector("input")!.dispatchEvent(new window.FocusEvent("focusin", { bubbles: true }));
    expect(started()).toBe(`http://localhost${APP[0]}`);
    expect(html.dataset.kdemIntent).toBe("1:focus");
    doc.querySelector("button")!.dispatchEvent(new window.MouseEvent("pointerdown", { bubbles: true }));
    expect(html.dataset.kdemIntent).toBe("0:click");
    // Started once, with the chunks its entry imports preloaded.
    expect(doc.head.querySelectorAll('script[type="module"]')).toHaveLength(1);
    expect([...doc.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.href)).toEqual([
      `http://localhost${APP[1]}`,
    ]);
  });

  it("puts a baked linked view in place of the HTML's before showing anything", async () => {
    const { window, html, started } = run("?chart=world-share&lang=ko", ["en"], () =>
      Promise.resolve({ ok: true, text: () => Promise.resolve("<p>world share, in Korean</p>") }),
    );
    expect(html.classList.contains("kdem-prepaint")).toBe(true);
    await vi.waitFor(() => expect(html.classList.contains("kdem-prepaint")).toBe(false));
    expect(window.document.getElementById("root")!.innerHTML).toBe("<p>world share, in Korean</p>");
    expect(started()).toBeUndefined();
  });

  it("leaves the page hidden for the app when the baked view cannot be fetched", async () => {
    const { window, html, started } = run("?chart=buyers", ["en"], () => Promise.resolve({ ok: false, status: 404 }));
    await vi.waitFor(() => expect(started()).toBe(`http://localhost${APP[0]}`));
    expect(html.classList.contains("kdem-prepaint")).toBe(true);
    expect(window.document.querySelector("#root p")!.textContent).toBe("default view");
  });

  it("never shows the HTML's chart for a view that was not baked: it hides it and starts the app", async () => {
    for (const search of ["?from=2015", "?to=2020", "?type=line", "?view=table", "?focus=2022", "?data=/data/x.json"]) {
      const { html, fetch, started } = run(search);
      expect(html.classList.contains("kdem-prepaint"), search).toBe(true);
      expect(fetch, search).not.toHaveBeenCalled();
      await vi.waitFor(() => expect(started(), search).toBe(`http://localhost${APP[0]}`));
    }
  });
});

describe("the explorer's pre-paint script and a linked theme", () => {
  it("presses the linked theme's button in the baked controls, as the app would", async () => {
    const dom = new JSDOM(
      `<!doctype html><html lang="en"><head><meta name="kdem-baked" content="${BAKED.join(" ")}">` +
        `<meta name="kdem-app" content="${APP.join(" ")}"></head><body><div id="root">` +
        ["light", "dark", "auto"]
          .map((v) => `<button data-value="${v}" aria-pressed="${v === "auto"}">${v}</button>`)
          .join("") +
        `</div></body></html>`,
      { url: "http://localhost/?theme=dark", runScripts: "outside-only", pretendToBeVisual: true },
    );
    dom.window.eval(PREPAINT_SCRIPT);
    const pressed = () =>
      [...dom.window.document.querySelectorAll("button")].map((b) => b.getAttribute("aria-pressed"));
    await vi.waitFor(() => expect(pressed()).toEqual(["false", "true", "false"]));
    expect(dom.window.document.documentElement.dataset.theme).toBe("dark");
  });
});

describe("the explorer's pre-paint script and its interaction script", () => {
  it("asks for the interaction script only once a linked view put in after the first paint has shown", async () => {
    const dom = new JSDOM(
      `<!doctype html><html lang="en"><head><meta name="kdem-baked" content="${BAKED.join(" ")}">` +
        `<meta name="kdem-app" content="${APP.join(" ")}"><meta name="kdem-interact" content="/assets/interact-1.js">` +
        `</head><body><div id="root"><p>default view</p></div></body></html>`,
      { url: "http://localhost/?chart=world-share", runScripts: "outside-only", pretendToBeVisual: true },
    );
    const { window } = dom;
    // The page has painted already (its first paint came before the linked view arrived).
    window.performance.getEntriesByName = ((name: string) =>
      name === "first-contentful-paint" ? [{ name }] : []) as typeof window.performance.getEntriesByName;
    // As a browser does: an observer of paints is handed the first paint that already happened.
    class PaintObserver {
      constructor(private callback: (list: { getEntriesByName: (n: string) => unknown[] }, o: unknown) => void) {}
      observe() {
        setTimeout(() => this.callback({ getEntriesByName: window.performance.getEntriesByName }, this), 0);
      }
      disconnect() {}
    }
    Object.assign(window, { PerformanceObserver: PaintObserver });
    const frames: FrameRequestCallback[] = [];
    window.requestAnimationFrame = (callback) => frames.push(callback);
    Object.assign(window, {
      fetch: () => Promise.resolve({ ok: true, text: () => Promise.resolve("<p>world share</p>") }),
    });
    window.eval(PREPAINT_SCRIPT);
    const interact = () => window.document.head.querySelector('script[src="/assets/interact-1.js"]');
    await vi.waitFor(() => expect(window.document.getElementById("root")!.textContent).toBe("world share"));
    await new Promise((r) => setTimeout(r, 20));
    expect(interact()).toBeNull();
    // The next frame shows the view; the script is asked for after it.
    expect(frames).toHaveLength(1);
    frames[0]!(0);
    await vi.waitFor(() => expect(interact()).not.toBeNull());
  });
});

describe("the embeds' pre-paint script", () => {
  function runEmbed(search: string) {
    const dom = new JSDOM(
      `<!doctype html><html lang="en"><head><meta name="kdem-entry" content="/assets/embed-x.js"></head><body></body></html>`,
      { url: `http://localhost/embed/annual-exports${search}`, runScripts: "outside-only", pretendToBeVisual: true },
    );
    dom.window.eval(EMBED_PREPAINT_SCRIPT);
    return dom.window.document.documentElement;
  }

  it("applies the publisher's language, theme and background before the page paints", () => {
    const html = runEmbed("?lang=ko&theme=dark&bg=transparent");
    expect(html.lang).toBe("ko");
    expect(html.dataset.theme).toBe("dark");
    expect(html.dataset.bg).toBe("transparent");
    const plain = runEmbed("?lang=xx&theme=neon&bg=red");
    expect([plain.lang, plain.dataset.theme, plain.dataset.bg]).toEqual(["en", undefined, undefined]);
  });

  it("hides the baked chart for every view that was not baked, and only for those", () => {
    for (const search of ["?from=2015", "?to=2020", "?type=line", "?focus=2022"])
      expect(runEmbed(search).classList.contains("kdem-custom-view"), search).toBe(true);
    for (const search of ["", "?lang=ko", "?controls=1&theme=dark", "?utm_source=x"])
      expect(runEmbed(search).classList.contains("kdem-custom-view"), search).toBe(false);
  });

  it("loads the page script at once for another view, and for the baked one only after the first frame", async () => {
    const entry = (html: HTMLElement) =>
      [...html.querySelectorAll("script")].map((script) => [script.type, script.getAttribute("src")]);
    expect(entry(runEmbed("?from=2015"))).toEqual([["module", "/assets/embed-x.js"]]);
    const baked = runEmbed("?lang=ko");
    expect(entry(baked)).toEqual([]);
    await vi.waitFor(() => expect(entry(baked)).toEqual([["module", "/assets/embed-x.js"]]));
  });

  describe("a page of one language, for lang= naming another", () => {
    const KO_PAGE = `<!doctype html><html lang="ko"><body><main id="kdem"><article data-kdem-article="ko">한국어</article></main></body></html>`;
    function runWithPages(search: string, respond: () => Promise<Response>) {
      const dom = new JSDOM(
        `<!doctype html><html lang="en"><head><meta name="kdem-entry" content="/assets/embed-x.js">` +
          `<meta name="kdem-pages" content="en /embed/annual-exports/index.html ko /embed/annual-exports/index.ko.html">` +
          `</head><body><main id="kdem"><article data-kdem-article="en">English</article></main></body></html>`,
        { url: `http://localhost/embed/annual-exports${search}`, runScripts: "outside-only", pretendToBeVisual: true },
      );
      const fetch = vi.fn(respond);
      Object.assign(dom.window, { fetch });
      dom.window.eval(EMBED_PREPAINT_SCRIPT);
      return { doc: dom.window.document, fetch };
    }
    const scripts = (doc: Document) => doc.querySelectorAll("script[src]").length;

    it("fetches that language's page and shows its article in place of its own, unseen until then", async () => {
      const { doc, fetch } = runWithPages("?lang=ko&from=2015", () => Promise.resolve(new Response(KO_PAGE)));
      expect(fetch).toHaveBeenCalledWith("/embed/annual-exports/index.ko.html");
      expect(doc.documentElement.classList.contains("kdem-prepaint")).toBe(true);
      // Not even the page script for another view starts before the article it draws into is there.
      expect(scripts(doc)).toBe(0);
      await vi.waitFor(() => expect(doc.documentElement.classList.contains("kdem-prepaint")).toBe(false));
      expect(doc.getElementById("kdem")!.innerHTML).toBe('<article data-kdem-article="ko">한국어</article>');
      expect(doc.documentElement.lang).toBe("ko");
      expect(scripts(doc)).toBe(1);
    });

    it("stays in its own language, shown, when that page cannot be had", async () => {
      const { doc } = runWithPages("?lang=ko", () => Promise.resolve(new Response("", { status: 404 })));
      await vi.waitFor(() => expect(doc.documentElement.classList.contains("kdem-prepaint")).toBe(false));
      expect(doc.documentElement.lang).toBe("en");
      expect(doc.getElementById("kdem")!.textContent).toBe("English");
      await vi.waitFor(() => expect(scripts(doc)).toBe(1));
    });

    it("fetches nothing for its own language", () => {
      const { doc, fetch } = runWithPages("?lang=en", () => Promise.reject(new Error("no")));
      expect(fetch).not.toHaveBeenCalled();
      expect(doc.documentElement.classList.contains("kdem-prepaint")).toBe(false);
    });
  });
});
