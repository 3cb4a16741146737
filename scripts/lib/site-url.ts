/**
 * The site's public origin, which the build (scripts/bake.ts) writes into link-preview tags,
 * canonical links and oEmbed answers: crawlers do not run JavaScript, so those URLs must be
 * absolute in the HTML itself.
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
