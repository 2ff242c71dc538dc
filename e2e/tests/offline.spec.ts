import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test, expect } from "./fixtures";
import { serveFolder } from "./server";

const DIST = process.env.DIST_DIR || path.join(__dirname, "../../dist");

async function waitForController(page) {
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
}

test("after the first load the app works with no network at all", async ({ page, context }) => {
  const server = await serveFolder(DIST);
  await page.goto(`${server.url}/?place=guatemala`);
  await expect(page.locator("html")).toHaveAttribute("data-app-state", "ready");
  await waitForController(page);
  // Every file is precached before the worker activates; give the cache a moment anyway.
  await page.evaluate(async () => (await navigator.serviceWorker.ready).active);

  // Cut the network for the page and for the worker: stop the server, and go offline.
  await server.close();
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-app-state", "ready");
  await expect(page.locator("svg.map path.shape").first()).toBeVisible();
  await expect(page.getByTestId("timeline")).toBeVisible();
  await expect(page.getByTestId("flights-total")).toHaveText("79 vuelos, 1–21 de enero de [2024]");
  await expect(page.getByTestId("details-name")).toHaveText("Guatemala");
  // The English page written at build time is precached too, and so is the embed's.
  await page.goto(`${server.url}/?lang=en`);
  await expect(page).toHaveURL(/\/en\/\?lang=en$/);
  await expect(page.locator("html")).toHaveAttribute("data-app-state", "ready");
  await expect(page.getByTestId("flights-total")).toHaveText("79 flights, 1–21 January [2024]");
  await page.goto(`${server.url}/embed/?embed=1&lang=es`);
  await expect(page.locator("html")).toHaveAttribute("data-app-state", "ready");
  await expect(page.getByTestId("tables-toggle")).toBeVisible();
  // Every statement's figures read offline: the other statements' pages are not precached,
  // their data is. A statement's page never opened leads to the first statement's page of the
  // same language and layout, whose comparison reads every statement's precached data.
  await page.goto(`${server.url}/statements/2024-01-26-follow-up/?statement=2024-01-26-follow-up&place=guatemala`);
  await expect(page).toHaveURL(`${server.url}/?place=guatemala`);
  await expect(page.locator("html")).toHaveAttribute("data-app-state", "ready");
  await expect(page.getByTestId("details-series").locator("li").nth(1)).toContainText("48 vuelos · Previsto");
  await page.getByTestId("comparison-table").scrollIntoViewIfNeeded();
  await expect(page.getByTestId("comparison-table")).toContainText("+33");
  await context.setOffline(false);
});

test("a statement's page opened once opens offline, with its own figures", async ({ page, context }) => {
  const server = await serveFolder(DIST);
  await page.goto(`${server.url}/`);
  await expect(page.locator("html")).toHaveAttribute("data-app-state", "ready");
  await waitForController(page);
  await page.evaluate(async () => (await navigator.serviceWorker.ready).active);
  // Opened with the network: kept.
  await page.goto(`${server.url}/statements/2024-01-26-follow-up/`);
  await expect(page.locator("html")).toHaveAttribute("data-app-state", "ready");
  await server.close();
  await context.setOffline(true);
  await page.goto(`${server.url}/statements/2024-01-26-follow-up/?place=guatemala`);
  await expect(page.locator("html")).toHaveAttribute("data-app-state", "ready");
  await expect(page.locator(".masthead__tagline")).toContainText("emitido el 26 de enero de 2024 o antes");
  await expect(page.getByTestId("figures-table")).toContainText("112");
  await context.setOffline(false);
});

test("the first visit registers the worker only once the app has started: its downloads do not compete with the wasm", async ({ page }) => {
  const server = await serveFolder(DIST);
  // Hold the wasm, as a slow line would, for longer than a worker needs to install and take
  // control of the page (about half a second here).
  let release: () => void = () => {};
  const released = new Promise<void>((done) => (release = done));
  let wasmRequests = 0;
  await page.route(/\.wasm$/, async (route) => {
    wasmRequests += 1;
    await released;
    await route.continue();
  });
  await page.goto(`${server.url}/`);
  await expect.poll(() => wasmRequests).toBe(1);
  await page.waitForTimeout(1500);
  expect(server.requested.filter((file) => file === "/sw.js" || file.startsWith("/images/"))).toEqual([]);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);

  release();
  await expect(page.locator("html")).toHaveAttribute("data-app-state", "ready");
  await waitForController(page);
  expect(server.requested).toContain("/sw.js");
  await expect.poll(() => server.requested).toContain("/images/map-es-2x.png");
  await server.close();
});

test("a new build takes over on the next load; the open tab keeps working; the old cache goes", async ({ context }) => {
  test.setTimeout(90_000);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "corredor-update-"));
  fs.cpSync(DIST, folder, { recursive: true });
  const server = await serveFolder(folder);
  const first = await context.newPage();
  const errors: string[] = [];
  first.on("pageerror", (e) => errors.push(String(e)));
  await first.goto(`${server.url}/`);
  await expect(first.locator("html")).toHaveAttribute("data-app-state", "ready");
  await waitForController(first);
  const oldCaches = await first.evaluate(() => caches.keys());
  expect(oldCaches).toHaveLength(1);

  // Deploy a changed build at the same address: a new page and a new worker version.
  const next = fs.mkdtempSync(path.join(os.tmpdir(), "corredor-update-next-"));
  fs.cpSync(folder, next, { recursive: true });
  const index = path.join(next, "index.html");
  fs.writeFileSync(index, fs.readFileSync(index, "utf8").replace("<title>", "<title>v2 · "));
  const worker = path.join(next, "sw.js");
  fs.writeFileSync(worker, fs.readFileSync(worker, "utf8").replace(/const VERSION ?= ?"([0-9a-f]+)"/, 'const VERSION="$1b"'));
  server.setRoot(next);

  // The open tab keeps working on the build it started with.
  await first.locator("[data-testid=flight-symbol][data-place=guatemala]").click();
  await expect(first.getByTestId("details-flights")).toHaveText("36 vuelos");
  expect(errors).toEqual([]);

  // A new load gets the new version.
  const second = await context.newPage();
  await second.goto(`${server.url}/`);
  await expect(second).toHaveTitle(/^v2 · /);
  await expect(second.locator("html")).toHaveAttribute("data-app-state", "ready");
  // The new worker installs and waits (no skipWaiting) while the first tab is open.
  await second.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration!.update();
  });
  await second.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return registration !== undefined && registration.waiting !== null;
  }, null, { timeout: 20_000 });
  expect(await first.evaluate(() => caches.keys())).toContain(oldCaches[0]);

  // Once no tab uses the old worker, the new one activates and deletes the old cache. Watch
  // the versions from a blank page, which no worker controls: a page of the site would be a
  // client of the old version and hold the new one back while it is open.
  const watcher = await context.newPage();
  const devtools = await context.newCDPSession(watcher);
  type Version = { versionId: string; status: string; runningStatus: string; controlledClients?: string[] };
  const versions = new Map<string, Version>();
  devtools.on("ServiceWorker.workerVersionUpdated", ({ versions: updated }: { versions: Version[] }) => {
    for (const version of updated) versions.set(version.versionId, version);
  });
  await devtools.send("ServiceWorker.enable");
  const states = () =>
    [...versions.values()]
      .map((v) => `${v.versionId}: ${v.status}, ${v.runningStatus}, ${v.controlledClients?.length ?? 0} clients`)
      .join("; ");
  await expect.poll(states).toMatch(/installed/);
  const waiting = [...versions.values()].find((version) => version.status === "installed")!.versionId;

  await first.close();
  await second.close();
  // The states of every version, so that a failure says which one is stuck and why.
  await expect.poll(states, { timeout: 60_000 }).toMatch(new RegExp(`(^|; )${waiting}: activated,`));
  const look = await context.newPage();
  await look.goto(`${server.url}/`);
  expect(await look.evaluate(() => caches.keys())).toEqual([expect.stringMatching(/^corredor-[0-9a-f]+b$/)]);
  await server.close();
});
