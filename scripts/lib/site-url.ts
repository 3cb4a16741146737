/**
 * The site's public origin, which the build writes into link-preview tags and oEmbed answers:
 * crawlers do not run JavaScript, so those URLs must be absolute in the HTML itself.
 */

/** Where `npm run preview` serves a local build: the honest address of a build made without SITE_URL. */
export const LOCAL_SITE_URL = "http://localhost:4173";

/** SITE_URL as an origin without a trailing slash; unset means a local build. A bad value is an error. */
export function siteUrl(value: string | undefined): { origin: string; local: boolean } {
  if (value === undefined || value.trim() === "") return { origin: LOCAL_SITE_URL, local: true };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) address such as https://charts.example.org, not "${value}"`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error(`SITE_URL must start with https:// or http://, not "${value}"`);
  if (url.search || url.hash) throw new Error(`SITE_URL must not carry a query or fragment: "${value}"`);
  // A sub-path deploy (https://example.org/charts) keeps its path; the trailing slash goes.
  return { origin: `${url.origin}${url.pathname}`.replace(/\/+$/, ""), local: false };
}

export interface PreviewCard {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** Open Graph and Twitter card tags for a page at `url`; every URL in them is absolute. */
export function previewTags(
  escape: (text: string) => string,
  page: { siteName: string; title: string; description: string; url: string; card?: PreviewCard },
): string[] {
  const { card } = page;
  return [
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="${escape(page.siteName)}" />`,
    `<meta property="og:title" content="${escape(page.title)}" />`,
    `<meta property="og:description" content="${escape(page.description)}" />`,
    `<meta property="og:url" content="${escape(page.url)}" />`,
    ...(card
      ? [
          `<meta property="og:image" content="${escape(card.url)}" />`,
          `<meta property="og:image:width" content="${card.width}" />`,
          `<meta property="og:image:height" content="${card.height}" />`,
          `<meta property="og:image:alt" content="${escape(card.alt)}" />`,
          `<meta name="twitter:card" content="summary_large_image" />`,
          `<meta name="twitter:image" content="${escape(card.url)}" />`,
        ]
      : [`<meta name="twitter:card" content="summary" />`]),
    `<meta name="twitter:title" content="${escape(page.title)}" />`,
    `<meta name="twitter:description" content="${escape(page.description)}" />`,
  ];
}
