/**
 * npm run screenshots — captures the README's screenshots from the built app (run `npm run build`
 * first). Uses Debian's Chromium like the browser tests.
 */
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";

// SCREENSHOTS_PORT: where several checkouts build side by side, each takes its own.
const PORT = Number(process.env.SCREENSHOTS_PORT ?? 4179);
const BASE = `http://127.0.0.1:${PORT}`;
interface Shot {
  file: string;
  path: string;
  width: number;
  height: number;
  colorScheme?: "light" | "dark";
  fullPage?: boolean;
  /** What must be on screen before the shot; by default any chart, slide or table. */
  ready?: string;
  /** Press `s` on the deck and capture the presenter window it opens, at this shot's size. */
  presenter?: boolean;
}

export const SHOTS: Shot[] = [
  { file: "docs/explorer-desktop-en.png", path: "/?theme=light", width: 1440, height: 1000 },
  {
    file: "docs/explorer-phone-ko-dark.png",
    path: "/?lang=ko&theme=dark",
    width: 390,
    height: 844,
    colorScheme: "dark",
  },
  {
    file: "docs/present-light.png",
    path: "/present/?slide=3&theme=light",
    width: 1280,
    height: 720,
    ready: "[data-current] svg.recharts-surface",
  },
  {
    file: "docs/present-dark.png",
    path: "/present/?slide=2&lang=ko&theme=dark",
    width: 1280,
    height: 720,
    colorScheme: "dark",
    ready: "[data-current]",
  },
  {
    file: "docs/present-presenter.png",
    path: "/present/?slide=3&theme=light",
    width: 1440,
    height: 900,
    ready: "[data-current] svg.recharts-surface",
    presenter: true,
  },
];

const server = spawn(
  "node_modules/.bin/vite",
  ["preview", "--host", "127.0.0.1", "--port", String(PORT), "--strictPort"],
  { stdio: "ignore" },
);
try {
  await waitForServer();
  const browser = await chromium.launch({
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
  mkdirSync("docs", { recursive: true });
  for (const shot of SHOTS) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.colorScheme ?? "light",
      reducedMotion: "reduce",
    });
    await page.goto(`${BASE}${shot.path}`);
    await page
      .locator(shot.ready ?? "svg.recharts-surface, [data-slide], table")
      .first()
      .waitFor();
    await page.waitForTimeout(300);
    if (shot.presenter) {
      const [presenter] = await Promise.all([page.waitForEvent("popup"), page.keyboard.press("s")]);
      await presenter.setViewportSize({ width: shot.width, height: shot.height });
      await presenter.getByTestId("next-slide").locator("svg.recharts-surface").first().waitFor();
      await presenter.getByText(/in step/).waitFor();
      await presenter.waitForTimeout(300);
      await presenter.screenshot({ path: shot.file });
      await presenter.close();
    } else await page.screenshot({ path: shot.file, fullPage: shot.fullPage ?? false });
    console.log(`wrote ${shot.file}`);
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("vite preview did not start");
}
