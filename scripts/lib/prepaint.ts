/**
 * The explorer page's only script in its HTML (inlined in <head> by the bake, allowed by its hash in
 * the CSP of deploy/nginx.conf). It runs before the first paint and decides what the page shows:
 *
 * - `<html lang>` and `data-theme` from the address (as the app's document-state does later), so
 *   nothing repaints in another language or scheme;
 * - the view the address names, when the build baked it (`<meta name="kdem-baked">`, the default
 *   view first, as the app reads an address without a chart): the HTML holds the page's own view
 *   (`<meta name="kdem-own">`: index.html the default one, dist/views/ pages theirs); any other baked
 *   view (another chart or language) is fetched from /prerender/<chart>.<lang>.html and put in place of
 *   it while the page's own view stays hidden, so no other chart ever shows as if it were the one linked;
 * - a view that was not baked (a year range, the other chart type, the table, another dataset)
 *   is not shown from the HTML at all: the app starts at once and draws it with its loading state,
 *   as it did before pages were prerendered;
 * - a baked view needs no app to be read: the app (`<meta name="kdem-app">`: the entry, then the
 *   chunks it imports) starts when the reader first reaches for a control, and repeats that click
 *   once it has taken over (src/app/takeover.ts). Nothing competes with the first paint, and
 *   nothing blocks the main thread at load.
 *
 * Why a script as well as a page per view: the views are addressed by query string (design §3:
 * `/?chart=world-share&lang=ko`). A server that reads the query sends the view's own page
 * (scripts/lib/explorer-views.ts: nginx, vite preview), which needs no fetch (unless the address names
 * no language and the reader's browser asks for the other one);
 * a static host answers with the one index.html whatever the query, and only a script sees the query
 * before the page paints. A redirect to a per-view file would cost a round trip and change the
 * address readers share.
 *
 * Plain ES5-era JS in a string, minified (below), not bundled: it must run before any module loads, and its text is
 * what the CSP hash covers (tests/scripts/prepaint.test.ts checks it against deploy/nginx.conf and
 * the app's own URL parsing). The build lists charts and entry in <meta> tags, so the text, and
 * its hash, do not change from build to build.
 */
import { createHash } from "node:crypto";
import { transformSync } from "esbuild";

/**
 * The text that goes in the page: minified, since every byte of the page is time before the chart on
 * a slow link (about half the bytes, gzipped). The hash covers this text, and it is the same for the
 * same source and esbuild version.
 */
const minified = (source: string): string => transformSync(source, { loader: "js", minify: true }).code.trim();

/**
 * What both pre-paint scripts use, at the top of each:
 * - `meta(name)`: the words of a <meta name> the build wrote (charts, entry, pages);
 * - `param(name)`: a query parameter of the address;
 * - `parsed(then)`: runs `then` once the body is there;
 * - `addModule(src)`: loads a module script;
 * - `afterPaint(then)`: runs `then` once the page has shown its first content (the paint timing
 *   entry arrives after the frame is on screen; a script requested before that counts against the
 *   first paint in Lighthouse's model of a slow phone) or, when it already had, once the content
 *   just put in has shown (the next frame: a linked view's script requested before its view painted
 *   counted against that view's LCP); or after a second, for a page that never paints (a hidden frame).
 */
const HELPERS = `var doc = document, html = doc.documentElement, query = new URLSearchParams(location.search);
  var meta = function (name) {
    var el = doc.querySelector('meta[name="' + name + '"]');
    return el ? el.content.split(" ") : [];
  };
  var param = function (name) { return query.get(name) || ""; };
  var parsed = function (then) {
    if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", then);
    else then();
  };
  var addModule = function (src) {
    var script = doc.createElement("script");
    script.type = "module";
    script.src = src;
    doc.head.appendChild(script);
  };
  var afterPaint = function (then) {
    var done = false, run = function () { if (!done) { done = true; then(); } };
    var nextFrame = function () { requestAnimationFrame(function () { setTimeout(run, 0); }); };
    try {
      // Content put in after the first paint (a fetched view or language) shows with the next frame.
      if (performance.getEntriesByName("first-contentful-paint").length) nextFrame();
      else new PerformanceObserver(function (list, observer) {
        if (!list.getEntriesByName("first-contentful-paint").length) return;
        observer.disconnect();
        setTimeout(run, 0);
      }).observe({ type: "paint", buffered: true });
    } catch (error) {
      nextFrame();
    }
    setTimeout(run, 1000);
  };`;

export const PREPAINT_SCRIPT = minified(`(function () {
  ${HELPERS}
  var baked = meta("kdem-baked"), own = meta("kdem-own")[0] || baked[0], app = meta("kdem-app");
  var lang = param("lang");
  if (lang !== "en" && lang !== "ko") {
    lang = "en";
    var tags = navigator.languages || [navigator.language || ""];
    for (var i = 0; i < tags.length; i++) {
      var base = String(tags[i]).toLowerCase().split("-")[0];
      if (base === "ko" || base === "en") { lang = base; break; }
    }
  }
  html.lang = lang;
  var theme = param("theme");
  if (theme === "light" || theme === "dark") html.setAttribute("data-theme", theme);
  var charts = baked.map(function (view) { return view.split(".")[0]; });
  var chart = charts.indexOf(param("chart")) >= 0 ? param("chart") : charts[0];
  var key = chart + "." + lang;
  var custom = ["from", "to", "type", "view", "focus", "window", "data"].some(param);
  var started = false;
  var start = function () {
    if (started || !app.length) return;
    started = true;
    for (var j = 1; j < app.length; j++) {
      var link = doc.createElement("link");
      link.rel = "modulepreload";
      link.href = app[j];
      doc.head.appendChild(link);
    }
    addModule(app[0]);
  };
  // The app comes when the reader asks for what only it does: a control of the page (the chart
  // picker, years, type, table, language, sources, downloads). The controls the build disabled work
  // from now on as a request for the app, which repeats the reader's click once it has taken over.
  var controls = "button, input, select, textarea";
  var ready = function () {
    var root = doc.getElementById("root");
    // The page was baked with the default theme chosen; a linked one is pressed instead.
    if (theme === "light" || theme === "dark") {
      var choices = root.querySelectorAll('button[data-value="light"], button[data-value="dark"], button[data-value="auto"]');
      for (var c = 0; c < choices.length; c++) choices[c].setAttribute("aria-pressed", String(choices[c].getAttribute("data-value") === theme));
    }
    var list = root.querySelectorAll(controls);
    for (var k = 0; k < list.length; k++) list[k].removeAttribute("disabled");
    var intent = function (event) {
      var control = event.target.closest ? event.target.closest(controls) : null;
      // A figure link whose point is on this chart is handled by the interaction script.
      if (!control || !root.contains(control) || control.hasAttribute("data-kdem-here")) return;
      var index = Array.prototype.indexOf.call(root.querySelectorAll(controls), control);
      var click = event.type === "pointerdown" || (event.type === "keydown" && (event.key === "Enter" || event.key === " "));
      var before = (html.getAttribute("data-kdem-intent") || "").split(":");
      if (click || before[0] !== String(index)) html.setAttribute("data-kdem-intent", index + (click ? ":click" : ":focus"));
      start();
    };
    ["pointerdown", "keydown", "focusin"].forEach(function (type) { root.addEventListener(type, intent, true); });
    // Hover, tap and keys on the baked chart: a small script, after the chart has painted.
    var interact = meta("kdem-interact")[0];
    if (interact) afterPaint(function () { addModule(interact); });
  };
  if (key === own && !custom) return parsed(ready);
  html.classList.add("kdem-prepaint");
  if (custom || baked.indexOf(key) < 0) return parsed(start);
  fetch("/prerender/" + key + ".html").then(function (response) {
    if (!response.ok) throw new Error("HTTP " + response.status);
    return response.text();
  }).then(function (content) {
    parsed(function () {
      doc.getElementById("root").innerHTML = content;
      html.classList.remove("kdem-prepaint");
      ready();
    });
  }, function () { parsed(start); });
})();`);

/**
 * The embed pages' only inline script, for the same reason: before the first paint it applies the
 * publisher's language, theme and background, and, when the embed names a view other than the baked
 * one (a range, the other type, a focus), hides the baked chart so it never shows as if it were the
 * chosen view; the box keeps its size and says the chosen view is being drawn (embed.css). The
 * page's script (src/features/embed/start.ts) decides with the real parser and undoes it when the
 * parameters turn out to name the baked view after all (an invalid year, say).
 *
 * A page holds one language (`<meta name="kdem-pages">` lists each language's page): for lang= naming
 * another, it fetches that page and puts its article in place of its own, unseen until then, as the
 * explorer's does with its views (nginx serves that page directly, see deploy/nginx.conf).
 *
 * It also loads that page script (`<meta name="kdem-entry">`): at once for another view, which only
 * the script can draw, else once the baked chart has painted. A module script in the HTML is fetched
 * while the page paints and, on a slow mobile link, the first paint waits for it (≈150 ms of
 * Lighthouse's LCP, measured).
 */
export const EMBED_PREPAINT_SCRIPT = minified(`(function () {
  ${HELPERS}
  var own = html.lang;
  html.classList.add("kdem-js");
  if (param("lang") === "ko" || param("lang") === "en") html.lang = param("lang");
  if (param("theme") === "light" || param("theme") === "dark") html.setAttribute("data-theme", param("theme"));
  if (param("bg") === "transparent") html.setAttribute("data-bg", "transparent");
  var custom = ["from", "to", "type", "focus", "window"].some(param);
  if (custom) html.classList.add("kdem-custom-view");
  var loaded = false;
  var load = function () {
    var entry = meta("kdem-entry")[0];
    if (loaded || !entry) return;
    loaded = true;
    addModule(entry);
  };
  var go = function () {
    if (custom) load();
    else afterPaint(load);
  };
  var pages = meta("kdem-pages"), other = pages.indexOf(html.lang);
  if (html.lang === own || other < 0 || other % 2) return go();
  // The page of the language asked for (nginx serves it directly): its article replaces this one,
  // unseen until then; if it cannot be had, the page stays in its own language.
  html.classList.add("kdem-prepaint");
  var put = function (content) {
    parsed(function () {
      var main = doc.getElementById("kdem");
      if (content && main) main.innerHTML = content;
      else html.lang = own;
      html.classList.remove("kdem-prepaint");
      go();
    });
  };
  fetch(pages[other + 1]).then(function (response) {
    if (!response.ok) throw new Error("HTTP " + response.status);
    return response.text();
  }).then(function (text) {
    var main = new DOMParser().parseFromString(text, "text/html").getElementById("kdem");
    put(main ? main.innerHTML : "");
  }, function () { put(""); });
})();`);

/** The CSP source that allows exactly this inline script or stylesheet. */
export function cspHashSource(text: string): string {
  return `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
}

/** The CSP source that allows exactly the explorer's script. */
export function prepaintCspSource(): string {
  return cspHashSource(PREPAINT_SCRIPT);
}
