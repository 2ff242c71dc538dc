import { defineConfig } from "@playwright/test";

// The app under test is the release `dist/`, served by `cargo xtask test` on 127.0.0.1
// (BASE_URL). The browser is the system's Chromium (CHROME_PATH): Playwright's own browser
// downloads are not used.
const chrome = process.env.CHROME_PATH || "/usr/bin/chromium";
const baseURL = process.env.BASE_URL || "http://127.0.0.1:4173";

export default defineConfig({
  testDir: "./tests",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    browserName: "chromium",
    // Readers of the source's language by default; tests that need English say so.
    locale: "es-ES",
    launchOptions: {
      executablePath: chrome,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
});
