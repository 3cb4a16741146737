import { defineConfig } from "@playwright/test";
import base from "./playwright.config.ts";

/**
 * The browser tests that check the production server: Debian's nginx running deploy/nginx.conf
 * (through scripts/nginx-test-conf.ts: only the port, the dist/ path and temp paths differ) and
 * serving the built dist/, as a deploy would. `.ci/run` installs nginx like Chromium.
 */
const PORT = Number(process.env.NGINX_PORT ?? 4180);

export default defineConfig({
  ...base,
  testDir: "tests/e2e-nginx",
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    // exec: nginx itself is the process Playwright stops at the end.
    command: `conf=$(node_modules/.bin/tsx scripts/nginx-test-conf.ts ${PORT}) && exec nginx -c "$conf" -g 'daemon off;'`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
