/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { fileURLToPath } from "node:url";
import { publishDataset } from "./scripts/vite-plugin-dataset.ts";
import { serveExplorerViews } from "./scripts/vite-plugin-explorer-views.ts";

const page = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const embedBuild = process.env.KDEM_BUILD === "embed";

/**
 * `vite build` builds the app's pages; `KDEM_BUILD=embed vite build` builds the embed page template
 * (embed.html, baked per chart by scripts/bake.ts) on its own, added to the same dist/. A separate
 * module graph guarantees the embed never loads explorer code through a chunk shared with it, and
 * gives the embed one stylesheet.
 */
export default defineConfig({
  plugins: [react(), tailwindcss(), publishDataset(), serveExplorerViews()],
  resolve: {
    alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) },
  },
  build: {
    emptyOutDir: !embedBuild,
    rolldownOptions: {
      input: embedBuild
        ? { embed: page("./embed.html") }
        : {
            main: page("./index.html"),
            present: page("./present/index.html"),
            "present-alias": page("./present.html"),
            // Not a page: the prerendered explorer's interaction script, named in its HTML by the bake.
            interact: page("./src/interact-main.ts"),
          },
    },
  },
  // The dataset's validation worker (src/data/check.worker.ts) is a module, as in development.
  worker: { format: "es" },
  preview: { port: 4173, strictPort: true },
});
