/**
 * `vite preview` answers an explorer address as deploy/nginx.conf does (scripts/lib/explorer-views.ts):
 * with the page of the view it names, when the build wrote one. The bench and the browser tests run
 * on vite preview, so they measure and test what the site sends.
 */
import type { Plugin } from "vite";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ownView, VIEWS_DIR, viewAddresses, viewOfPageFile, viewPageFor, type ViewPage } from "./lib/explorer-views.ts";

export function serveExplorerViews(): Plugin {
  return {
    name: "kdem-explorer-views",
    configurePreviewServer(server) {
      const dist = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, _res, next) => {
        const [path, search = ""] = (req.url ?? "").split("?");
        const dir = join(dist, VIEWS_DIR);
        if (path === "/" && search && existsSync(dir)) {
          // Read at each request: a new build in the same dist/ is served as it is. The default view is index.html's own.
          const defaults = ownView(readFileSync(join(dist, "index.html"), "utf8"));
          const pages = readdirSync(dir)
            .map(viewOfPageFile)
            .filter((p): p is ViewPage => p !== null);
          const page = defaults && viewPageFor(search, viewAddresses(pages, defaults));
          if (page) req.url = `${page}?${search}`;
        }
        next();
      });
    },
  };
}
