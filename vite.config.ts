/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { fileURLToPath } from "node:url";
import { publishDataset } from "./scripts/vite-plugin-dataset.ts";

export default defineConfig({
  plugins: [react(), tailwindcss(), publishDataset()],
  resolve: {
    alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) },
  },
  build: {
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL("./index.html", import.meta.url)),
        present: fileURLToPath(new URL("./present/index.html", import.meta.url)),
        "present-alias": fileURLToPath(new URL("./present.html", import.meta.url)),
      },
    },
  },
  preview: { port: 4173, strictPort: true },
});
