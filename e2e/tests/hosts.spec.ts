import { createRequire } from "node:module";
import path from "node:path";
import { test, expect } from "./fixtures";

// Newsroom host pages on a second origin, each with the real client code of its kind:
// Datawrapper's embed listener, Flourish's frame script, AMP's amp-iframe component, and
// Corredor's own embed.js loaded early, late or lazily.
const HOST = process.env.HOST_URL || "http://127.0.0.1:4174";
const APP = process.env.BASE_URL || "http://127.0.0.1:4173";
const resolve = createRequire(__filename).resolve;
// Unpacked from pinned npm packages by `cargo xtask host-libs` (run by `cargo xtask test`).
const PREACT = path.dirname(resolve("preact/package.json"));
const HOST_LIBS = path.join(PREACT, "..", ".host-libs");
const LIBRARIES: Record<string, string> = {
  "datawrapper-embed.js": path.join(HOST_LIBS, "datawrapper-embed.js"),
  "flourish-embedded.js": path.join(HOST_LIBS, "flourish-embedded.js"),
  "amp-iframe.js": path.join(HOST_LIBS, "amp-iframe.js"),
  "preact.umd.js": path.join(PREACT, "dist/preact.umd.js"),
  "hooks.umd.js": path.join(PREACT, "hooks/dist/hooks.umd.js"),
  "compat.umd.js": path.join(PREACT, "compat/dist/compat.umd.js"),
};

async function serveLibraries(page) {
  for (const [name, file] of Object.entries(LIBRARIES)) {
    await page.route(`${HOST}/${name}`, (route) => route.fulfill({ path: file, contentType: "text/javascript" }));
  }
}

const open = (page, host: string, query = "") => page.goto(`${HOST}/${host}?app=${encodeURIComponent(APP)}${query}`);

/** The frame's height against its content's, once the app has started. */
function sizes(page, frameSelector: string) {
  const frame = page.frameLocator(frameSelector);
  const content = () => frame.locator("body").evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
  const outer = () => page.locator(frameSelector).evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height);
  const gap = async () => Math.abs((await outer()) - (await content()));
  return { frame, content, outer, gap };
}

test("Datawrapper's own embed listener sizes the frame, on load and when the tables open and close", async ({ page }) => {
  await serveLibraries(page);
  await open(page, "datawrapper.html");
  const { frame, outer, gap } = sizes(page, "#datawrapper-chart-corredor");
  await expect(frame.locator("html")).toHaveAttribute("data-app-state", "ready");
  await expect.poll(gap).toBeLessThanOrEqual(2);
  const closed = await outer();
  expect(closed).toBeLessThan(800);
  await frame.getByTestId("tables-toggle").click();
  await expect.poll(outer).toBeGreaterThan(closed + 300);
  await expect.poll(gap).toBeLessThanOrEqual(2);
  await frame.getByTestId("tables-toggle").click();
  await expect.poll(gap).toBeLessThanOrEqual(2);
  expect(await outer()).toBeCloseTo(closed, -1);
});

test("the Flourish-format message has the shape Flourish's own frame script sends, and a Flourish-style host sizes the frame", async ({ page }) => {
  await serveLibraries(page);
  await open(page, "flourish.html");
  const { frame, gap } = sizes(page, "#corredor");
  await expect(frame.locator("html")).toHaveAttribute("data-app-state", "ready");
  const flourishMessage = async (from: string) =>
    page.evaluate((from) => {
      for (const entry of (window as any).received) {
        if (entry.from !== from || typeof entry.data !== "string") continue;
        try {
          const message = JSON.parse(entry.data);
          if (message.sender === "Flourish" && message.method === "resize") return message;
        } catch {}
      }
      return null;
    }, from);
  await expect.poll(() => flourishMessage("flourish")).not.toBeNull();
  await expect.poll(() => flourishMessage("corredor")).not.toBeNull();
  const theirs = await flourishMessage("flourish");
  const ours = await flourishMessage("corredor");
  const shape = (message) => Object.fromEntries(Object.entries(message).map(([key, value]) => [key, typeof value]));
  expect(shape(ours)).toEqual(shape(theirs));
  expect(ours.context).toBe(theirs.context);
  expect(ours.src).toContain(APP);
  await expect.poll(gap).toBeLessThanOrEqual(2);
});

test("AMP's amp-iframe component resizes the frame below the fold to its content (the AMP format)", async ({ page }) => {
  await serveLibraries(page);
  await open(page, "amp.html");
  const frameSelector = "#corredor iframe";
  await expect(page.locator(frameSelector)).toHaveCount(1);
  const { frame, content } = sizes(page, frameSelector);
  await expect(frame.locator("html")).toHaveAttribute("data-app-state", "ready");
  // AMP sizes the element around the frame; the frame fills it.
  const container = () => page.locator("#corredor > div").evaluate((box) => box.getBoundingClientRect().height);
  await expect.poll(async () => Math.abs((await container()) - (await content()))).toBeLessThanOrEqual(2);
  await page.locator(frameSelector).scrollIntoViewIfNeeded();
  await expect(frame.getByTestId("map")).toBeInViewport();
});

for (const helper of ["before", "after", "late"]) {
  test(`embed.js loaded ${helper === "late" ? "10 s after the frame" : `${helper} the frame`} still sizes it`, async ({ page }) => {
    test.setTimeout(helper === "late" ? 45_000 : 30_000);
    await open(page, "timing.html", `&helper=${helper}`);
    const { frame, outer, gap } = sizes(page, "#corredor");
    await expect(frame.locator("html")).toHaveAttribute("data-app-state", "ready");
    if (helper === "late") {
      // Until the script arrives nobody listens: the frame keeps the snippet's height.
      expect(await outer()).toBe(300);
      await expect(page.locator("html")).toHaveAttribute("data-helper", "loaded", { timeout: 20_000 });
    }
    await expect.poll(gap).toBeLessThanOrEqual(2);
    expect(await outer()).toBeGreaterThan(500);
  });
}

test('a loading="lazy" frame far below the fold loads when the reader nears it, then sizes itself', async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (request) => {
    if (request.frame() !== page.mainFrame() && request.url().startsWith(APP)) requested.push(request.url());
  });
  await open(page, "lazy.html");
  // Nothing of the app is fetched while the frame is 4000 px away.
  await page.waitForLoadState("load");
  expect(requested).toEqual([]);
  await page.locator("#after").scrollIntoViewIfNeeded();
  const { frame, outer, gap } = sizes(page, "#corredor");
  await expect(frame.locator("html")).toHaveAttribute("data-app-state", "ready");
  await expect.poll(gap).toBeLessThanOrEqual(2);
  expect(await outer()).toBeGreaterThan(500);
});
