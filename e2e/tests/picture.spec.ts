import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect, openApp } from "./fixtures";
import type { Page } from "@playwright/test";

/** Clicks a download button and returns the file's name and bytes. */
async function download(page: Page, testId: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** `svg` parsed in a blank page (the app's policy would refuse the picture's <style>). */
async function parsed(page: Page, svg: string) {
  const blank = await page.context().newPage();
  const result = await blank.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const lines = (selector: string) =>
      [...doc.querySelectorAll(selector)].map((t) => [...t.querySelectorAll("tspan")].map((s) => s.textContent).join(" "));
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      root: doc.documentElement.localName,
      height: Number(doc.documentElement.getAttribute("height")),
      width: Number(doc.documentElement.getAttribute("width")),
      shapes: doc.querySelectorAll("svg.map path.shape").length,
      selected: [...doc.querySelectorAll("svg.map .is-selected")].map((e) => e.getAttribute("data-place")),
      labels: [...doc.querySelectorAll("svg.map text.label")].map((t) => t.textContent),
      viewBox: doc.querySelector("svg.map")?.getAttribute("viewBox"),
      title: lines("text.image-title"),
      view: lines("text.image-figure"),
      key: lines("text.image-key"),
      source: lines("text.image-source"),
    };
  }, svg);
  await blank.close();
  return result;
}

test("Download image gives the current view as SVG: selection, date, zoom, layers, language, key and source", async ({ page }) => {
  await openApp(page, "/en/?lang=en&place=guatemala&date=2024-01-19&zoom=2&layers=flights,meetings");
  const live = await page.evaluate(() => ({
    shapes: document.querySelectorAll("svg.map path.shape").length,
    viewBox: document.querySelector("svg.map")!.getAttribute("viewBox"),
  }));
  const date = (await page.getByTestId("timeline-date").innerText()).trim();
  const source = (await page.locator(".colophon__source").innerText()).trim();
  const { name, bytes } = await download(page, "download-svg");
  expect(name).toBe("corredor-en-2024-01-19.svg");
  const svg = await parsed(page, bytes.toString("utf8"));
  expect(svg.error).toBeNull();
  expect(svg.root).toBe("svg");
  expect(svg.shapes).toBe(live.shapes);
  expect(svg.viewBox).toBe(live.viewBox);
  expect(svg.selected).toContain("guatemala");
  expect(svg.title[0]).toBe("Mexico–US statement on migration of 23 January 2024");
  expect(svg.view).toEqual([`Map as of ${date} · Guatemala`]);
  // The key names the layers shown, and only those.
  expect(svg.key).toEqual(["Repatriation flights by destination", await page.getByTestId("layer-meetings").locator("xpath=..").innerText()]);
  expect(svg.source).toEqual([source]);
});

test("Download image gives a PNG at twice the picture's size, under the page's strict policy", async ({ page }) => {
  await openApp(page, "/?lang=es&place=honduras");
  const svg = await parsed(page, (await download(page, "download-svg")).bytes.toString("utf8"));
  const { name, bytes } = await download(page, "download-png");
  expect(name).toMatch(/^corredor-es-2024-\d\d-\d\d\.png$/);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([2 * svg.width, 2 * Math.round(svg.height)]);
  await expect(page.getByTestId("download-problem")).toBeEmpty();
});

test.describe("when the picture's style sheet is missing", () => {
  // The browser logs the refused request; no service worker answers from its cache.
  test.use({ expectConsoleErrors: true, serviceWorkers: "block" });
  test("an image whose style sheet cannot load says so in the reader's language, and the page keeps working", async ({ page }) => {
  await openApp(page, "/en/?lang=en");
  await page.route("**/images/picture.css", (route) => route.fulfill({ status: 404, body: "" }));
  let downloads = 0;
  page.on("download", () => downloads++);
  await page.getByTestId("download-svg").click();
  await expect(page.getByTestId("download-problem")).toHaveText(
    "The image could not be made: a file it needs (picture.js, the picture_composer module or images/picture.css) did not load. Reload the page while online and try again.",
  );
  expect(downloads).toBe(0);
  await page.locator("[data-testid=flight-symbol][data-place=honduras]").click();
  await expect(page.getByTestId("details-name")).toHaveText("Honduras");
});
});

test("the picture's composer is a file of its own, fetched on the first click only, once", async ({ page }) => {
  const composer: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("picture_composer")) composer.push(new URL(request.url()).pathname);
  });
  await openApp(page, "/?lang=en");
  expect(composer, "the first load carries no picture code").toEqual([]);
  await download(page, "download-svg");
  expect(composer.sort()).toEqual(["/picture_composer.js", "/picture_composer_bg.wasm"]);
  await download(page, "download-png");
  expect(composer).toHaveLength(2);
});

test.describe("when the picture's composer cannot be fetched", () => {
  test.use({ expectConsoleErrors: true, serviceWorkers: "block" });
  test("the image says so, and the next click tries again", async ({ page }) => {
    await openApp(page, "/?lang=es");
    await page.route("**/picture_composer_bg.wasm", (route) => route.abort());
    await page.getByTestId("download-svg").click();
    await expect(page.getByTestId("download-problem")).toHaveText(/^No se pudo crear la imagen: no se cargó un archivo que necesita \(picture\.js, el compositor picture_composer/);
    await page.unroute("**/picture_composer_bg.wasm");
    const { name } = await download(page, "download-svg");
    expect(name).toMatch(/^corredor-es-\d{4}-\d{2}-\d{2}\.svg$/);
    await expect(page.getByTestId("download-problem")).toBeEmpty();
  });
});

test("a picture of a selected place names it on the map (the fact-checker's Honduras without its label)", async ({ page }) => {
  await openApp(page, "/?lang=es&place=honduras");
  const svg = await parsed(page, (await download(page, "download-svg")).bytes.toString("utf8"));
  expect(svg.selected).toContain("honduras");
  expect(svg.labels).toContain("Honduras · 23");
  expect(svg.labels).toContain("Guatemala · 36");
});

test.describe("the follow-up's picture", () => {
  // Known, not yet mended: on the follow-up's page an inline `aspect-ratio: 1000 / 1253`
  // style is refused by the page's policy (its hash is not in it), which the console
  // reports; the picture itself is complete. Tolerated here until it is fixed.
  test.use({ expectConsoleErrors: true });
  test("a picture of the follow-up names that statement and its data version, in its file's name too", async ({ page }) => {
    await openApp(page, "/statements/2024-01-26-follow-up/en/?lang=en");
    const dataset = JSON.parse(
      readFileSync(join(__dirname, "../../public/statements/2024-01-26-follow-up/downloads/corredor-dataset.json"), "utf8"),
    );
    const version = `Data: version ${dataset.source.data_version}`;
    await expect(page.getByTestId("data-version")).toContainText(version);
    const { name, bytes } = await download(page, "download-svg");
    expect(name).toMatch(/^corredor-2024-01-26-follow-up-en-2024-\d\d-\d\d\.svg$/);
    const text = bytes.toString("utf8");
    const svg = await parsed(page, text);
    expect(svg.error).toBeNull();
    // The statement as the page names it, its uncertain date included.
    expect(svg.title[0]).toBe((await page.locator(".masthead__tagline").innerText()).trim());
    expect(svg.title[0]).toContain(dataset.source.title.en);
    // The version line, as the footer gives it.
    const line = await page.evaluate((svgText) => {
      const doc = new DOMParser().parseFromString(svgText, "image/svg+xml");
      return doc.querySelector("text.image-version")?.textContent ?? "";
    }, text);
    expect(line).toContain(version);
    const png = await download(page, "download-png");
    expect(png.name).toMatch(/^corredor-2024-01-26-follow-up-en-2024-\d\d-\d\d\.png$/);
    expect(png.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    await expect(page.getByTestId("download-problem")).toBeEmpty();
  });
});
