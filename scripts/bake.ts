/**
 * Last step of `npm run build`: bakes the embed pages and prerenders the explorer. For every chart
 * id it draws the chart with the real dataset in jsdom (scripts/lib/chart-svg.ts, shared with the
 * visual tests), and writes
 *   dist/embed/<chart>/index.html  the page, with its SVG in both languages and two sizes
 *   dist/embed/<chart>.html        the same page, for hosts that map /embed/<chart> to it
 *   dist/static/<chart>.svg        the chart as a stand-alone image (follows light/dark); <chart>.ko.svg in Korean
 *   dist/static/<chart>.png        a link-preview card, when Chromium is available
 *   dist/oembed/<chart>.json       the oEmbed answer the page advertises
 *   dist/prerender/<chart>.<lang>.html  the explorer's content for the chart's default view
 *   dist/prerender/<chart>.<lang>.points.json  its baked charts' hover points, for the interaction script
 *   dist/index.html                the explorer with its default view's content and the pre-paint script
 *   dist/views/<chart>.<lang>.html the same for each other view that fits the first round trip
 *   dist/explorer-views.conf       which address gets which of those pages, for deploy/nginx.conf
 *   dist/csp-styles.conf           the hashes of the pages' inline stylesheets, for deploy/nginx.conf's CSP
 * from dist/embed.html, the template `KDEM_BUILD=embed vite build` made (removed afterwards).
 *
 * SITE_URL (e.g. https://charts.example.org) is the public origin written into oEmbed, canonical and
 * og: URLs, which link-preview consumers need absolute; without it they point at the local preview
 * server (scripts/lib/site-url.ts) and the bake says so.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Dataset } from "@/data/schema.ts";
import { readColorCss, readShippedDataset, ROOT, startChartDrawing } from "./lib/chart-svg.ts";
import { criticalCss } from "./lib/critical-css.ts";
import type { Budgets } from "./check-size.ts";
import type { ViewPage } from "./lib/explorer-views.ts";
import { siteUrl } from "./lib/site-url.ts";

const DIST = join(ROOT, "dist");
const TEMPLATE = join(DIST, "embed.html");
const site = (() => {
  try {
    return siteUrl(process.env.SITE_URL);
  } catch (error) {
    fail(`bake: ${message(error)}`);
  }
})();
const SITE = site.origin;
const CARD = { width: 1200, height: 630 };

const drawSvg = await startChartDrawing().catch((error: unknown) => fail(`bake: ${message(error)}`));
const React = await import("react");
const { flushSync } = await import("react-dom");
const { createRoot } = await import("react-dom/client");
const { renderToStaticMarkup } = await import("react-dom/server");
const { chartModel, indexPoints } = await import("@/charts/registry.ts");
const { CHART_IDS } = await import("@/data/chart-ids.ts");
const { LANGS } = await import("@/data/langs.ts");
const { translate } = await import("@/i18n/translate.ts");
const { articleIds, EmbedArticle } = await import("@/features/embed/EmbedArticle.tsx");
const { EmbedPage } = await import("@/features/embed/EmbedPage.tsx");
const { BAKED_SIZES, bakeForPage, standaloneSvg, withSingleQuotedPoints } =
  await import("@/features/embed/baked-svg.ts");
const { surfaceLabel } = await import("@/charts/shared/messages.ts");
const { escapeAttribute, oembed, oembedUrl, embedUrl, staticSvgUrl } = await import("@/features/embed/embed-code.ts");
const { buildCsv, sourceCiter } = await import("@/features/explore/export.ts");
const { DEFAULT_EMBED, exploreHref } = await import("@/features/embed/embed-params.ts");
const { useViewStore } = await import("@/state/view-store.ts");
const { DEFAULT_VIEW } = await import("@/state/url-codec.ts");
const { ExplorerApp } = await import("@/app/ExplorerApp.tsx");
const { ChartToolbarExtras } = await import("@/app/ChartToolbarExtras.tsx");
const { createQueryClient } = await import("@/app/query-client.ts");
const { datasetQueryOptions } = await import("@/data/api/get-dataset.ts");
const { EXPLORER_BAKED_SIZES, prerenderView } = await import("./lib/explorer-prerender.ts");
const { PREPAINT_SCRIPT, EMBED_PREPAINT_SCRIPT, cspHashSource } = await import("./lib/prepaint.ts");
const { nginxViewsMap, viewAddresses, viewPageFile } = await import("./lib/explorer-views.ts");
const { gzipBytes, kB } = await import("./check-size.ts");
/** The HTML budget of the explorer's pages (scripts/size-budgets.json): what arrives in the first round trip. */
const EXPLORER_HTML_MAX = (() => {
  const budgets = JSON.parse(readFileSync(join(ROOT, "scripts/size-budgets.json"), "utf8")) as Budgets;
  const max = budgets.pages.find((rule) => rule.name === "explorer")?.html?.max;
  return max ?? fail("bake: scripts/size-budgets.json has no HTML budget for the explorer");
})();

type ChartId = (typeof CHART_IDS)[number];
type Lang = (typeof LANGS)[number];

if (!existsSync(TEMPLATE)) fail(`${TEMPLATE} is missing: run \`KDEM_BUILD=embed vite build\` first`);
const template = readFileSync(TEMPLATE, "utf8");
let data: Dataset, colorCss: string;
try {
  data = readShippedDataset();
  colorCss = readColorCss();
} catch (error) {
  fail(`bake: ${message(error)}`);
}
const points = indexPoints(data);
if (site.local)
  console.warn(
    `bake: SITE_URL is not set, so oEmbed, canonical and og: URLs point at ${SITE} (\`npm run preview\`); set it for a deploy`,
  );

const baked: {
  chart: ChartId;
  titles: Record<Lang, string>;
  takeaways: Record<Lang, string>;
  articles: Record<Lang, string>;
}[] = [];
for (const chart of CHART_IDS) {
  let models;
  try {
    models = LANGS.map((lang) => ({ lang, model: chartModel(chart, data, lang) }));
  } catch (error) {
    // Every chart id is a public embed URL: a chart that cannot be baked fails the build.
    fail(`bake: cannot bake "${chart}": ${message(error)}`);
  }
  const articles = {} as Record<Lang, string>;
  const wide = new Map<Lang, SVGSVGElement>();
  for (const { lang, model } of models) {
    const ids = articleIds(lang);
    let plotHtml = "";
    for (const size of ["narrow", "wide"] as const) {
      const svg = await drawSvg(model, BAKED_SIZES[size], { points: true }).catch((error: unknown) =>
        fail(`bake: ${message(error)}`),
      );
      plotHtml += bakeForPage(
        svg,
        size,
        { labelledBy: ids.title, describedBy: ids.description, surface: surfaceLabel(model.spec.title, lang) },
        `kdem-${lang}-${size}-`,
      );
      if (size === "wide") wide.set(lang, svg);
    }
    articles[lang] = renderArticle({
      spec: model.spec,
      span: model.span,
      lang,
      plotHtml,
      exploreHref: exploreHref(chart, { ...DEFAULT_EMBED, lang }),
      // The page in the publisher's default language is what a reader without JavaScript gets, whatever lang= says.
      nojsOtherLangs: lang === DEFAULT_EMBED.lang ? LANGS.filter((other) => other !== lang) : [],
    });
  }
  const en = models.find((m) => m.lang === "en")!.model.spec;
  for (const { lang, model } of models)
    write(
      staticSvgUrl("", chart, lang).slice(1),
      standaloneSvg(wide.get(lang)!, colorCss, model.spec.title, model.spec.description),
    );
  // "Get the data" on the embed: the published view's rows, as the explorer's CSV download writes them.
  write(`static/${chart}.csv`, buildCsv(en.table, points, sourceCiter(data.sources), en.basis));
  baked.push({
    chart,
    titles: Object.fromEntries(models.map((m) => [m.lang, m.model.spec.title])) as Record<Lang, string>,
    takeaways: Object.fromEntries(models.map((m) => [m.lang, m.model.spec.takeaway])) as Record<Lang, string>,
    articles,
  });
}

/**
 * The page's Content-Security-Policy: scripts, styles, data and images from our origin only; the one
 * inline script is the pre-paint script and the one inline stylesheet the page's own, each allowed
 * by its hash; no style attribute (the bake turns Recharts' style attributes into SVG attributes).
 * frame-ancestors only works as a header, see README "Deploying".
 */
const embedCsp = (styleHash: string) =>
  `default-src 'self'; script-src 'self' ${cspHashSource(EMBED_PREPAINT_SCRIPT)}; style-src 'self' ${styleHash}; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'`;
// The page script is loaded by the pre-paint script, after the first paint (see EMBED_PREPAINT_SCRIPT).
const embedEntry = /<script type="module" crossorigin src="\/(assets\/[\w.-]+\.js)"><\/script>\s*/.exec(template);
if (!embedEntry) fail("bake: the embed template has no module script");
const embedStylesheet = stylesheetOf(template);
const embedTemplate = inlineFavicon(
  template.replace(embedEntry[0], "").replace(embedStylesheet.link, "<!--kdem:style-->"),
);
// What adds elements to a baked embed before the app: the page script (hover, tap and keys).
const embedScript = readFileSync(join(DIST, embedEntry[1]!), "utf8");
/** The CSP source of each page's inline stylesheet, by its addresses as a regular expression (null: the explorer, nginx's default). */
const styleSources = new Map<string | null, string>();
const cards = await renderCards(
  baked.map(({ chart, titles, takeaways }) => ({ chart, title: titles.en, takeaway: takeaways.en })),
);
const provider = translate("en", "app.title");
/**
 * Where each language's page of a chart is: the default language's at /embed/<chart> (any static
 * host), the others beside it. nginx serves the page lang= names (deploy/nginx.conf); elsewhere the
 * pre-paint script fetches it. One language per page: the page is half the bytes, which on a slow
 * link is the difference between one round trip and two before the chart.
 */
const embedPage = (chart: ChartId, lang: Lang) =>
  lang === DEFAULT_EMBED.lang ? `embed/${chart}/index.html` : `embed/${chart}/index.${lang}.html`;
for (const { chart, titles, takeaways, articles } of baked) {
  const card = cards.has(chart) ? { url: `${SITE}/static/${chart}.png`, ...CARD } : undefined;
  write(`oembed/${chart}.json`, `${JSON.stringify(oembed(SITE, chart, titles.en, provider, card), null, 2)}\n`);
  for (const lang of LANGS) {
    const title = titles[lang];
    const body = renderToStaticMarkup(React.createElement(EmbedPage, { chart, articlesHtml: articles[lang] }));
    const style = pageStyle(embedStylesheet, [body], [embedScript]);
    const path = embedPage(chart, lang);
    styleSources.set(
      lang === DEFAULT_EMBED.lang
        ? `/embed/${escapeRegExp(chart)}(/|/index\\.html|\\.html)?`
        : escapeRegExp(`/${path}`),
      style.hash,
    );
    const url = embedUrl(SITE, chart, { ...DEFAULT_EMBED, lang });
    const head = [
      `<title>${escapeText(`${title} — ${translate(lang, "app.title")}`)}</title>`,
      `<meta name="description" content="${escapeAttribute(takeaways[lang])}" />`,
      `<meta http-equiv="Content-Security-Policy" content="${embedCsp(style.hash)}" />`,
      `<meta name="kdem-entry" content="/${embedEntry[1]}" />`,
      `<meta name="kdem-css" content="/${embedStylesheet.path}" />`,
      `<meta name="kdem-pages" content="${LANGS.map((other) => `${other} /${embedPage(chart, other)}`).join(" ")}" />`,
      `<script>${EMBED_PREPAINT_SCRIPT}</script>`,
      `<link rel="canonical" href="${escapeAttribute(url)}" />`,
      `<link rel="alternate" type="application/json+oembed" href="${escapeAttribute(oembedUrl(SITE, chart))}" title="${escapeAttribute(titles.en)}" />`,
      ...previewTags({ url, title, description: takeaways[lang], card }),
    ].join("\n    ");
    const html = fill(embedTemplate, { head, body })
      .replace('<html lang="en">', () => `<html lang="${lang}">`)
      .replace("<!--kdem:style-->", () => style.html);
    write(path, html);
    // /embed/<chart> must work on any static host without rewrites: hosts serve either <dir>/index.html
    // or <path>.html for an address without a trailing slash (vite preview does the latter), so both.
    if (lang === DEFAULT_EMBED.lang) write(`embed/${chart}.html`, html);
  }
}
rmSync(TEMPLATE);
const views = await prerenderExplorer();
write("csp-styles.conf", cspStylesConf(styleSources));
console.log(
  `bake: ${baked.length} embed pages (${baked.map((b) => b.chart).join(", ")}), ${cards.size} preview cards, ${views} explorer views`,
);
process.exit(0);

/**
 * The explorer's default view of every chart in every language as static HTML (scripts/lib/explorer-prerender.ts):
 * dist/prerender/<chart>.<lang>.html, the content of <div id="root">, with its hover points beside it
 * (.points.json); dist/index.html and each other view's page (dist/views/), and the nginx map of
 * which address gets which (dist/explorer-views.conf).
 */
async function prerenderExplorer(): Promise<number> {
  const views: { key: string; html: string }[] = [];
  const sourceLists: string[] = [];
  const stylesheet = stylesheetOf(readFileSync(join(DIST, "index.html"), "utf8")).path;
  for (const chart of CHART_IDS) {
    for (const lang of LANGS) {
      const model = chartModel(chart, data, lang);
      const render = (host: HTMLElement) => {
        useViewStore.getState().replaceView({ ...DEFAULT_VIEW, chart, lang });
        const queryClient = createQueryClient();
        queryClient.setQueryData(datasetQueryOptions().queryKey, data);
        const root = createRoot(host);
        flushSync(() =>
          root.render(
            React.createElement(ExplorerApp, { queryClient, toolbarExtras: React.createElement(ChartToolbarExtras) }),
          ),
        );
        return () => root.unmount();
      };
      const sourcesHref = `/sources/${chart}.${lang}.html`;
      const pointsHref = `/prerender/${chart}.${lang}.points.json`;
      const { html, sourceList, points } = await prerenderView(
        render,
        model,
        drawSvg,
        (svg, size, aria) =>
          bakeForPage(
            svg,
            size,
            { ...aria, surface: surfaceLabel(model.spec.title, lang) },
            `kdem-${size}-`,
            EXPLORER_BAKED_SIZES[size],
          ),
        { href: sourcesHref, linkText: (count) => translate(lang, "chart.sourceListPage", { count }) },
        pointsHref,
      ).catch((error: unknown) => fail(`bake: explorer ${chart} ${lang}: ${message(error)}`));
      write(`prerender/${chart}.${lang}.html`, html);
      write(pointsHref.slice(1), points);
      views.push({ key: `${chart}.${lang}`, html });
      if (sourceList) {
        write(sourcesHref.slice(1), sourceListPage(chart, lang, model.spec, sourceList, stylesheet));
        sourceLists.push(sourceList);
      }
    }
  }
  if (views[0]?.key !== `${DEFAULT_VIEW.chart}.${DEFAULT_VIEW.lang}`)
    fail("bake: the first view baked is not the default");
  const index = join(DIST, "index.html");
  const pages = explorerPages(readFileSync(index, "utf8"), views, sourceLists);
  writeFileSync(index, pages[0]!.html);
  // Each other view gets a page of its own for servers that read the query (scripts/lib/explorer-views.ts),
  // where that page arrives in the first round trip as index.html does; a larger one would paint no
  // sooner than index.html and the fetch of its content, so that view is left to the pre-paint script.
  const written: ViewPage[] = [];
  const left: string[] = [];
  for (const { view, html } of pages.slice(1)) {
    const size = gzipBytes(html);
    if (size > EXPLORER_HTML_MAX) {
      left.push(`${view.chart}.${view.lang} (${kB(size)}; ${size} B)`);
      continue;
    }
    write(viewPageFile(view), html);
    written.push(view);
  }
  write("explorer-views.conf", nginxViewsMap(viewAddresses(written, DEFAULT_VIEW)));
  if (left.length)
    console.log(
      `bake: no page of its own (over ${kB(EXPLORER_HTML_MAX)} gzip, fetched by the pre-paint script instead): ${left.join(", ")}`,
    );
  return views.length;
}

/**
 * dist/sources/<chart>.<lang>.html: the full list of a chart's sources, which the explorer's page
 * links to instead of carrying it (scripts/lib/explorer-prerender.ts), for readers without
 * JavaScript; with it, the explorer fetches the list from here (#kdem-sources). A plain page with the
 * app's stylesheet: nothing on it waits for a script. Not for search engines: the explorer is the page
 * to find (its links are followed).
 */
function sourceListPage(
  chart: ChartId,
  lang: Lang,
  spec: { title: string; basis: string },
  list: string,
  stylesheet: string,
): string {
  const title = translate(lang, "sources.page.title", { chart: spec.title });
  const page = `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeText(`${title} — ${translate(lang, "app.title")}`)}</title>
    <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
    <link rel="stylesheet" href="/${stylesheet}" />
    <meta name="robots" content="noindex, follow" />
  </head>
  <body class="bg-page text-ink font-sans antialiased">
    <main class="mx-auto max-w-2xl px-3 py-5 text-sm sm:px-6">
      <p><a class="underline underline-offset-2" href="${escapeAttribute(exploreHref(chart, { ...DEFAULT_EMBED, lang }))}">${escapeText(translate(lang, "sources.page.back"))}</a></p>
      <h1 class="mt-3 text-xl font-semibold leading-tight">${escapeText(title)}</h1>
      <p class="mt-1 text-ink-muted">${escapeText(spec.basis)}</p>
      ${list.replace(/^<ul /, '<ul id="kdem-sources" ')}
    </main>
  </body>
</html>
`;
  return inlineFavicon(page);
}

/**
 * dist/csp-styles.conf: nginx's $kdem_style_src by address (a regular expression), so each page's
 * header allows exactly its own inline stylesheet; any other address is the explorer's (a stylesheet
 * file needs only 'self').
 */
function cspStylesConf(sources: Map<string | null, string>): string {
  const explorer = sources.get(null);
  if (!explorer) fail("bake: the explorer's stylesheet has no CSP source");
  const lines = [...sources].flatMap(([pattern, hash]) =>
    pattern === null ? [] : [`  ~^${pattern}$ "'self' ${hash}";`],
  );
  return [
    "# Generated by scripts/bake.ts: the CSP sources of the inline stylesheets of this build's pages (the",
    "# explorer's and the embeds'), which deploy/nginx.conf includes so its header allows exactly them.",
    "map $uri $kdem_style_src {",
    `  default "'self' ${explorer}";`,
    ...lines,
    "}",
    "",
  ].join("\n");
}

/**
 * Link-preview tags (Open Graph, Twitter) for a page: what a chat app or social site shows for a
 * pasted link. Crawlers run no script, so the URLs are absolute (SITE's).
 */
function previewTags({
  url,
  title,
  description,
  card,
}: {
  url: string;
  title: string;
  description: string;
  card?: { url: string; width: number; height: number };
}): string[] {
  return [
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="${escapeAttribute(provider)}" />`,
    `<meta property="og:title" content="${escapeAttribute(title)}" />`,
    `<meta property="og:description" content="${escapeAttribute(description)}" />`,
    `<meta property="og:url" content="${escapeAttribute(url)}" />`,
    ...(card
      ? [
          `<meta property="og:image" content="${escapeAttribute(card.url)}" />`,
          `<meta property="og:image:width" content="${card.width}" />`,
          `<meta property="og:image:height" content="${card.height}" />`,
          `<meta property="og:image:alt" content="${escapeAttribute(title)}" />`,
          `<meta name="twitter:card" content="summary_large_image" />`,
        ]
      : [`<meta name="twitter:card" content="summary" />`]),
    // X reads og:title, og:description and og:image where its own twitter:* copies are absent: the
    // copies were ≈25 B gzip of every page's first round trip.
  ];
}

/**
 * The explorer's pages: dist/index.html with the first view's content in <div id="root">, and one of
 * the same for every other view, in its language and with its own title and link-preview tags. Each
 * has the pre-paint script in place of the module script and its preloads (which it adds itself once
 * the view has painted) and names its own view in <meta name="kdem-own">: the script fetches any other. All share one inline stylesheet (it covers every view), so one CSP hash allows it.
 */
function explorerPages(
  page: string,
  views: { key: string; html: string }[],
  sourceLists: string[],
): { view: ViewPage; html: string }[] {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(page);
  if (!entry) fail("bake: dist/index.html has no module script");
  const preloads = [...page.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g)];
  let shell = page.replace(entry[0], "");
  for (const preload of preloads) shell = shell.replace(preload[0], "");
  const interact = readdirSync(join(DIST, "assets")).find((f) => /^interact-[\w-]+\.js$/.test(f));
  if (!interact) fail("bake: vite built no interact-*.js (the explorer's interaction script)");
  const stylesheet = stylesheetOf(shell);
  // What the page can show before the app: any baked view (the pre-paint script puts in the linked
  // one), the source lists the interaction script fetches, and what that script adds.
  const interactScript = readFileSync(join(DIST, "assets", interact), "utf8");
  const style = pageStyle(stylesheet, [...views.map((v) => v.html), ...sourceLists], [interactScript]);
  styleSources.set(null, style.hash);
  shell = inlineFavicon(shell);
  if (!shell.includes('<div id="root"></div>')) fail('bake: dist/index.html has no <div id="root"></div>');
  const description = /<meta\s+name="description"\s+content="[^"]*"\s*\/>/.exec(shell);
  if (!description) fail("bake: dist/index.html has no description");
  return views.map(({ key, html: content }, i) => {
    const [chart, lang] = key.split(".") as [ChartId, Lang];
    const chartPage = baked.find((b) => b.chart === chart);
    if (!chartPage) fail(`bake: no baked chart ${chart} for the explorer's view ${key}`);
    const url = `${SITE}${exploreHref(chart, { ...DEFAULT_EMBED, lang })}`;
    const title = chartPage.titles[lang];
    const head = [
      `<link rel="canonical" href="${escapeAttribute(url)}" />`,
      ...previewTags({
        url,
        title: `${translate(lang, "app.title")}: ${title}`,
        description: chartPage.takeaways[lang],
        card: cards.has(chart) ? { url: `${SITE}/static/${chart}.png`, ...CARD } : undefined,
      }),
      `<meta name="kdem-baked" content="${views.map((v) => v.key).join(" ")}" />`,
      `<meta name="kdem-own" content="${key}" />`,
      `<meta name="kdem-interact" content="/assets/${interact}" />`,
      `<meta name="kdem-app" content="${[entry[1], ...preloads.map((p) => p[1])].join(" ")}" />`,
      `<script>${PREPAINT_SCRIPT}</script>`,
      "",
    ].join("\n    ");
    let html = shell.replace(
      stylesheet.link,
      () => `${head}<meta name="kdem-css" content="/${stylesheet.path}" />\n    ${style.html}`,
    );
    // The default view keeps the site's own title and description (index.html's); the others are named for their chart.
    if (i > 0)
      html = html
        .replace('<html lang="en">', () => `<html lang="${lang}">`)
        .replace(
          /<title>[^<]*<\/title>/,
          // The title the app gives the tab (ChartPanel), so it does not change when the app takes over.
          () => `<title>${escapeText(`${title} · ${translate(lang, "app.title")}`)}</title>`,
        )
        .replace(
          description[0],
          () => `<meta name="description" content="${escapeAttribute(chartPage.takeaways[lang])}" />`,
        );
    return {
      view: { chart, lang },
      html: html.replace('<div id="root"></div>', () => `<div id="root">${content}</div>`),
    };
  });
}

/**
 * One article as static HTML, rendered like in a browser: the shared SourceLine reads the language
 * from the view store, which a server render would not see (it uses the store's initial state).
 */
function renderArticle(props: Parameters<typeof EmbedArticle>[0]): string {
  useViewStore.getState().replaceView({ ...DEFAULT_VIEW, lang: props.lang });
  const host = document.createElement("div");
  const root = createRoot(host);
  flushSync(() => root.render(React.createElement(EmbedArticle, props)));
  const html = withSingleQuotedPoints(host.innerHTML);
  root.unmount();
  return html;
}

/**
 * Link-preview cards (og:image) from the stand-alone SVGs, in Chromium when it is there. The build
 * must not depend on a browser, so without one it says so and the pages go without og:image.
 */
async function renderCards(charts: { chart: ChartId; title: string; takeaway: string }[]): Promise<Set<ChartId>> {
  const done = new Set<ChartId>();
  let browser;
  try {
    const { chromium } = await import("@playwright/test");
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  } catch (error) {
    console.warn(
      `bake: no Chromium (${error instanceof Error ? error.message.split("\n")[0] : error}); skipping PNG preview cards and og:image`,
    );
    return done;
  }
  try {
    const page = await browser.newPage({ viewport: CARD, colorScheme: "light" });
    for (const { chart, title, takeaway } of charts) {
      const svg = readFileSync(join(DIST, `static/${chart}.svg`)).toString("base64");
      await page.setContent(
        `<!doctype html><html><body style="margin:0;width:${CARD.width}px;height:${CARD.height}px;box-sizing:border-box;padding:40px 56px;background:#fff;color:#1a1d21;font-family:system-ui,'Noto Sans KR',sans-serif">` +
          `<h1 style="margin:0;font-size:40px;line-height:1.15">${escapeText(title)}</h1>` +
          `<p style="margin:12px 0 0;font-size:22px;line-height:1.35;color:#4f5660">${escapeText(takeaway)}</p>` +
          `<img alt="" src="data:image/svg+xml;base64,${svg}" style="display:block;margin:16px auto 0;height:400px">` +
          `</body></html>`,
      );
      await page.screenshot({ path: ensureDir(join(DIST, `static/${chart}.png`)) });
      done.add(chart);
    }
  } finally {
    await browser.close();
  }
  return done;
}

/** Fills `<!--kdem:name-->` slots; a slot may hold placeholder text up to `<!--/kdem:name-->`. */
/** The page's one stylesheet: its <link> (which the bake replaces), path in dist and text. */
function stylesheetOf(page: string): { link: string; path: string; css: string } {
  const links = [...page.matchAll(/<link rel="stylesheet" crossorigin href="\/(assets\/[\w.-]+\.css)">/g)];
  if (links.length !== 1) fail(`bake: expected one stylesheet in a page, found ${links.length}`);
  const [link, path] = links[0]!;
  return { link, path: path!, css: readFileSync(join(DIST, path!), "utf8").trim() };
}

/**
 * The icon as a data: URL: a request of its own would start while the page paints, and on a slow
 * mobile link the first paint would wait on it (measured: ≈80 ms of Lighthouse's LCP).
 */
function inlineFavicon(page: string): string {
  const link = '<link rel="icon" type="image/svg+xml" href="/favicon.svg" />';
  if (!page.includes(link)) fail("bake: a page has no favicon link");
  const svg = readFileSync(join(DIST, "favicon.svg"), "utf8").trim();
  // Only what a URL or the attribute cannot hold is escaped: the shortest form.
  const url = `data:image/svg+xml,${svg.replace(/"/g, "'").replace(/[<>#%\s]/g, (c) => (c === " " ? "%20" : encodeURIComponent(c)))}`;
  return page.replace(link, () => `<link rel="icon" type="image/svg+xml" href="${url}" />`);
}

/**
 * The page's stylesheet inlined: a <link rel="stylesheet"> is a request the first paint waits for
 * (one round trip, ≈150 ms of the LCP on Lighthouse's mobile network). Only the part the page's
 * content uses (scripts/lib/critical-css.ts); the app loads the whole file when it starts. The CSP
 * source that allows exactly that <style> goes to the page's policy and to dist/csp-styles.conf.
 */
function pageStyle(
  stylesheet: { path: string; css: string },
  content: string[],
  scripts: string[],
): { html: string; hash: string } {
  const css = criticalCss(stylesheet.css, content, scripts);
  if (/<\/style/i.test(css)) fail(`bake: ${stylesheet.path} contains "</style"`);
  return { html: `<style>${css}</style>`, hash: cspHashSource(css) };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
}

function fill(html: string, slots: Record<"head" | "body", string>): string {
  for (const [name, value] of Object.entries(slots)) {
    const slot = new RegExp(`<!--kdem:${name}-->(?:[\\s\\S]*?<!--/kdem:${name}-->)?`);
    if (!slot.test(html)) fail(`bake: the template has no <!--kdem:${name}-->`);
    html = html.replace(slot, () => value);
  }
  // The template's own comment is for readers of embed.html, not of every page.
  return html.replace(/<!--\s*Template of the embed pages[\s\S]*?-->\n?/, "");
}

function write(path: string, content: string) {
  writeFileSync(ensureDir(join(DIST, path)), content);
}

function ensureDir(file: string): string {
  mkdirSync(dirname(file), { recursive: true });
  return file;
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function fail(text: string): never {
  console.error(text);
  process.exit(1);
}
