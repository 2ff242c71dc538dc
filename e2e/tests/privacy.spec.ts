import { test, expect, openApp } from "./fixtures";

test("under the strict CSP header the main flows raise no violation and no console error", async ({ page, problems }) => {
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => (window as any).__violations.push(e.violatedDirective));
  });
  const response = await page.goto("/");
  const csp = response!.headers()["content-security-policy"];
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  // Styles: the app's own files, and only the few style attributes of the page written at
  // build time, each by its hash; nothing inline otherwise.
  expect(csp).toMatch(/style-src 'self'( 'unsafe-hashes'( 'sha256-[A-Za-z0-9+/=]+')+)?;/);
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("frame-ancestors");
  await expect(page.locator("html")).toHaveAttribute("data-app-state", "ready");

  await runMainFlows(page);

  expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.failedRequests).toEqual([]);
});

test.describe("the policy as a <meta>", () => {
  // The refused script below is reported on the console, on purpose.
  test.use({ expectConsoleErrors: true });

test("a host that sends no headers still serves the policy, as a <meta> without frame-ancestors", async ({ page }) => {
  // What GitHub Pages or S3 would serve: the same files, no Content-Security-Policy header.
  await page.route("**/*", async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers["content-security-policy"];
    await route.fulfill({ response, headers });
  });
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => (window as any).__violations.push(e.violatedDirective));
  });
  await openApp(page, "/");
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(meta).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(meta).toContain("object-src 'none'");
  expect(meta).not.toContain("frame-ancestors");
  // The meta policy is enforced: an inline script without the hash is refused.
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__ran = true";
    document.head.appendChild(script);
  });
  await expect.poll(() => page.evaluate(() => (window as any).__violations)).toContain("script-src-elem");
  expect(await page.evaluate(() => (window as any).__ran)).toBeUndefined();
});
});

test("every request goes to the app's own origin, and nothing is stored but the app's cache", async ({ page, context, baseURL }) => {
  const origins = new Set<string>();
  context.on("request", (request) => origins.add(new URL(request.url()).origin));
  await openApp(page, "/");
  await runMainFlows(page);
  await page.locator('a[download="flights.csv"]').hover();
  expect([...origins]).toEqual([new URL(baseURL!).origin]);
  expect(await context.cookies()).toEqual([]);
  const storage = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    caches: await caches.keys(),
    databases: (await indexedDB.databases()).length,
  }));
  expect(storage.local).toBe(0);
  expect(storage.session).toBe(0);
  expect(storage.databases).toBe(0);
  for (const name of storage.caches) expect(name).toMatch(/^corredor-[0-9a-f]+$/);
});

/** Select a place and an event, zoom, scrub, switch language, open and close the embed dialog. */
async function runMainFlows(page) {
  await page.locator("[data-testid=flight-symbol][data-place=guatemala]").click();
  await page.getByTestId("timeline").locator("[data-event=blinken-visit]").click();
  await page.getByRole("button", { name: "Acercar" }).click();
  await page.getByRole("slider", { name: "Fecha del mapa" }).fill("40");
  await page.getByTestId("flights-table").locator("[data-sort=flights]").click();
  await page.getByRole("button", { name: /English/ }).click();
  await page.getByTestId("open-embed").click();
  await page.keyboard.press("Escape");
  await page.locator("path.shape[data-place=chiapas]").focus();
}
