import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect } from "./fixtures";

// The one table of URL spellings and the page each opens, shared with the native test in
// core/src/state/pages.rs: boot.js (reading the table the core writes into each page) and the
// app must agree on every line.
const CASES = readFileSync(join(__dirname, "../../core/src/state/page-cases.tsv"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "" && !line.startsWith("#"))
  .map((line) => {
    const [query, languages, page] = line.split("\t");
    return { query, languages: languages ? languages.split(",") : [], page };
  });

test("every spelling of the URL opens its written page before the app starts, and the app agrees", async ({ browser }) => {
  test.setTimeout(120_000);
  expect(CASES.length).toBeGreaterThanOrEqual(20);
  for (const { query, languages, page: expected } of CASES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The browser's languages, as navigator.languages gives them, before any script runs.
    await page.addInitScript((tags) => {
      Object.defineProperty(navigator, "languages", { get: () => tags });
      Object.defineProperty(navigator, "language", { get: () => tags[0] ?? "" });
    }, languages);
    const what = `${query || "(no query)"} with [${languages.join(", ")}]`;
    await page.goto(`/${query}`, { waitUntil: "domcontentloaded" });
    // Read as the document was parsed, before the wasm could change anything.
    const written = await page.evaluate(() => ({
      page: document.documentElement.getAttribute("data-page"),
      state: document.documentElement.getAttribute("data-app-state"),
    }));
    expect(written.page, what).toBe(expected);
    await expect(page.locator("html"), what).toHaveAttribute("data-app-state", "ready");
    const embed = expected.startsWith("embed-");
    const [layoutAndLang, statement] = expected.split("@");
    const lang = layoutAndLang.replace("embed-", "");
    await expect(page.locator("html"), what).toHaveAttribute("lang", lang);
    // The app shows the statement the page was written for (the picker marks it).
    const shown = page.locator('.statements a[aria-current="page"]');
    if (statement) await expect(shown, what).toHaveAttribute("data-statement", statement);
    else await expect(shown, what).toHaveAttribute("data-statement", "2024-01-23");
    expect(await page.evaluate(() => document.documentElement.classList.contains("embed")), what).toBe(embed);
    await context.close();
  }
});
