import { test, expect, openApp } from "./fixtures";

test("the app mounts with no console error and no failed request", async ({ page, problems }) => {
  await openApp(page);
  await expect(page.getByRole("heading", { level: 1, name: "Corredor" })).toBeVisible();
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page.locator("#boot-error")).toBeHidden();
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.failedRequests).toEqual([]);
});

test("the language switch changes the texts and <html lang>", async ({ page }) => {
  await openApp(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator(".masthead__tagline")).toHaveText("Mexico–US statement on migration of 23 January 2024");
});

test.describe("failures it provokes on purpose", () => {
  test.use({ expectConsoleErrors: true });

test("a panic after start-up shows the failure message with a working reload button", async ({ page }) => {
  await page.goto("/?debug=panic");
  const failure = page.getByRole("alert");
  await expect(failure).toBeVisible();
  await expect(failure).toContainText("The map could not start");
  await expect(page.locator("html")).toHaveAttribute("data-app-state", "failed");
  await expect(page.locator("#app")).toBeHidden();

  const reload = page.getByRole("button", { name: /Reload/ });
  const navigation = page.waitForEvent("framenavigated");
  await reload.click();
  await navigation;
});

test("a wasm file that fails to load shows the failure message, not an endless spinner", async ({ page }) => {
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto("/");
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(page.getByRole("alert")).toContainText("No se pudo iniciar");
  await expect(page.locator("#boot")).toHaveCount(0);
});

test("a wasm that is not the one built is refused by its integrity, and the failure message shows", async ({ page }) => {
  await page.route(/\.wasm$/, async (route) => {
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    // One byte changed past the header: still a valid-looking file, not the one hashed.
    body[body.length - 1] ^= 0xff;
    await route.fulfill({ response, body });
  });
  await page.goto("/");
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("data-app-state", "failed");
  // The view written at build time stays readable.
  await expect(page.locator("#app[data-prerendered] svg.map")).toBeVisible();
});
});

test("an app that starts after the watchdog gave up is shown, and the message goes away", async ({ page, problems }) => {
  test.setTimeout(60_000);
  // Hold the wasm past the watchdog's 20 s, as a very slow connection would.
  let release: () => void = () => {};
  const released = new Promise<void>((done) => (release = done));
  await page.route(/\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto("/");
  await expect(page.getByRole("alert")).toBeVisible({ timeout: 30_000 });
  // The view written at build time stays readable while the message says the map could not
  // start; the reader has lost nothing.
  await expect(page.locator("#app[data-prerendered] svg.map")).toBeVisible();
  release();
  await expect(page.locator("html")).toHaveAttribute("data-app-state", "ready");
  await expect(page.locator("#app")).toBeVisible();
  await expect(page.locator("#boot-error")).toBeHidden();
  await expect(page.getByTestId("flights-total")).toBeVisible();
  expect(problems.consoleErrors).toEqual([]);
});

test.describe("with an English browser", () => {
  test.use({ locale: "en-US" });

  test("the browser's language is used when the URL names none, and ?lang= wins over it", async ({ page }) => {
    await openApp(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("flights-total")).toHaveText("79 flights, 1–21 January [2024]");
    await openApp(page, "/?lang=es");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByTestId("flights-total")).toHaveText("79 vuelos, 1–21 de enero de [2024]");
  });
});
