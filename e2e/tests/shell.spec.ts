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
  await expect(page.getByText("Mexico–US migration", { exact: false })).toBeVisible();
});

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

test.describe("with an English browser", () => {
  test.use({ locale: "en-US" });

  test("the browser's language is used when the URL names none, and ?lang= wins over it", async ({ page }) => {
    await openApp(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("flights-total")).toHaveText("79 flights, 1–21 January 2024");
    await openApp(page, "/?lang=es");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByTestId("flights-total")).toHaveText("79 vuelos, 1–21 de enero de 2024");
  });
});
