import { defineConfig, mergeConfig } from "vitest/config";
import viteConfig from "./vite.config.ts";

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: "jsdom",
      setupFiles: ["./tests/support/setup.ts"],
      include: ["tests/unit/**/*.test.{ts,tsx}", "tests/scripts/**/*.test.ts"],
    },
  }),
);
