import { test, expect, openApp } from "./fixtures";

// The release wasm compiles no statement in: a written page carries its own statement's
// packed data, and the comparisons are written by the build, so no statement's file is read.
// Anything of another statement: its pages, its parts, its downloads.
const otherStatements = (urls: string[]) => urls.filter((url) => new URL(url).pathname.startsWith("/statements/"));

test("the app starts from its page's data, and a place's figure in each statement is written in its details: no statement's file is read", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, "/?lang=en");
  await expect(page.getByTestId("timeline-date")).toBeVisible();
  await page.getByTestId("flight-symbol").and(page.locator('[data-place="guatemala"]')).click();
  const series = page.getByTestId("details-series");
  await expect(series.locator("li")).toHaveCount(2);
  await expect(series.locator("li").nth(1)).toContainText("48 flights · Projected");
  // In the other language too, from that language's written details.
  await page.locator("button.lang-switch").click();
  await expect(series.locator("li").nth(1)).toContainText("48 vuelos");
  expect(otherStatements(requested)).toEqual([]);
});

test("the comparison table is the page's own: its figures are there without reading any statement's file", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, "/?lang=en");
  await page.getByTestId("comparison-table").scrollIntoViewIfNeeded();
  await expect(page.getByTestId("comparison-table").getByRole("row", { name: /^Total/ })).toContainText("+33, computed");
  // The build wrote it with every statement's figures: the app asks for no file for it.
  expect(otherStatements(requested)).toEqual([]);
});

test.describe("when a page's own data is damaged", () => {
  test.use({ expectConsoleErrors: true });

  test("the written page stays whole and the message says the map could not start", async ({ page, problems }) => {
    await page.route((url) => url.pathname === "/embed/", async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace("corredor-pack-1|", "corredor-pack-1|damaged|");
      await route.fulfill({ response, body: html });
    });
    await page.goto("/embed/?embed=1");
    await expect(page.locator("html")).toHaveAttribute("data-app-state", "failed");
    await expect(page.locator("#boot-error")).toBeVisible();
    // Nothing the reader had is taken away: the written map, details and tables are there.
    await expect(page.locator("#app")).toBeVisible();
    await expect(page.locator("#app .map [data-place='guatemala']").first()).toBeVisible();
    await expect(page.getByTestId("flights-table")).toBeAttached();
    expect(problems.consoleErrors.join("\n")).toContain("statement data");
  });
});
