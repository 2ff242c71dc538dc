import path from "node:path";
import { test, expect, openApp } from "./fixtures";
import { serveFolder } from "./server";

// The page written at build time (issue 13): the default view rendered by the app's own
// components, one page per language and layout, readable before the wasm arrives and without
// JavaScript at all, and handed over to the app without a visible jump.

/** Holds every .wasm request until `release()`: the page as a reader sees it before the app. */
async function holdWasm(page) {
  let release: () => void = () => {};
  const released = new Promise<void>((done) => (release = done));
  await page.route(/\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return () => release();
}

/** Sums the page's layout shifts from its first byte, with what moved, for `expectNoShift`. */
async function watchShifts(page) {
  await page.addInitScript(() => {
    (window as any).__shift = 0;
    (window as any).__shifted = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as any[]) {
        if (entry.hadRecentInput) continue;
        (window as any).__shift += entry.value;
        // What moved, so a failure names it.
        for (const source of entry.sources ?? []) {
          const node = source.node as Element | null;
          const name = node ? `${node.nodeName}.${node.className?.baseVal ?? node.className}${node.id ? "#" + node.id : ""}` : "(gone)";
          (window as any).__shifted.push(`${name} ${JSON.stringify(source.previousRect)} -> ${JSON.stringify(source.currentRect)}`);
        }
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** No layout shift worth the name (0.01) since the page began. */
async function expectNoShift(page) {
  // Two frames on, every shift has been reported.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const shift = await page.evaluate(() => ({ score: (window as any).__shift, moved: (window as any).__shifted }));
  expect(shift.score, shift.moved.join("\n")).toBeLessThanOrEqual(0.01);
}

const SPANISH = ["Comunicado México–Estados Unidos", "Línea de tiempo", "Leyenda y capas", "vuelos"];
const ENGLISH = ["Mexico–US statement on migration", "Timeline", "Legend and layers", "flights"];

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const [path, words, total] of [
    ["/", SPANISH, "79 vuelos, 1–21 de enero de [2024]"],
    ["/en/", ENGLISH, "79 flights, 1–21 January [2024]"],
  ] as const) {
    test(`${path} shows the map with all its shapes, the 79 flights and the flights table`, async ({ page, browser }) => {
      // The number of shapes the app draws, counted in a page that runs it.
      const withScript = await browser.newPage({ javaScriptEnabled: true, baseURL: process.env.BASE_URL || "http://127.0.0.1:4173" });
      await withScript.goto(path);
      await expect(withScript.locator("html")).toHaveAttribute("data-app-state", "ready");
      const shapes = await withScript.locator("svg.map path.shape").count();
      await withScript.close();

      await page.goto(path);
      expect(shapes).toBeGreaterThan(50);
      await expect(page.locator("svg.map path.shape")).toHaveCount(shapes);
      await expect(page.locator("svg.map")).toBeVisible();
      await expect(page.getByTestId("flights-total")).toHaveText(total);
      await expect(page.getByTestId("flights-table")).toBeVisible();
      await expect(page.getByTestId("flights-table").locator("tbody tr")).toHaveCount(11);
      const text = await page.locator("body").innerText();
      for (const word of words) expect(text).toContain(word);
      // The source's sentences open without a script.
      const source = page.getByTestId("flights-table").locator("details").first();
      await source.locator("summary").click();
      await expect(source.locator("blockquote").first()).toBeVisible();
      // What needs JavaScript says so, and its controls are not shown as if they worked.
      await expect(page.locator(".nojs-note")).toBeVisible();
      await expect(page.getByTestId("play")).toBeHidden();
      await expect(page.getByTestId("share-link")).toBeHidden();
      await expect(page.locator(".map-controls")).toBeHidden();
    });
  }

  test("an embed without JavaScript shows its map, figures and tables", async ({ page }) => {
    await page.goto("/embed/?embed=1&lang=es");
    await expect(page.locator("svg.map")).toBeVisible();
    await expect(page.getByTestId("flights-table")).toBeVisible();
    await expect(page.locator(".colophon__source")).toBeVisible();
  });
});

test.describe("with an English browser", () => {
  test.use({ locale: "en-US" });

  test("the first paint is English, with no Spanish interface text, before the wasm arrives", async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto("/");
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("svg.map")).toBeVisible();
    const text = await page.locator("body").innerText();
    for (const word of ENGLISH) expect(text).toContain(word);
    for (const word of SPANISH) expect(text).not.toContain(word);
    release();
    await expect(page.locator("html")).toHaveAttribute("data-app-state", "ready");
    await expect(page.getByTestId("flights-total")).toHaveText("79 flights, 1–21 January [2024]");
  });
});

test("every page written at build time loads all it links to (manifest, styles, icon) from the site's root", async ({ page, problems }) => {
  for (const path of ["/", "/en/", "/embed/?embed=1&lang=es", "/embed/en/?embed=1&lang=en"]) {
    await openApp(page, path);
    await expect(page.locator("link[rel=manifest]")).toHaveAttribute("href", "/manifest.webmanifest");
    const manifest = await page.evaluate(async () => (await fetch(document.querySelector<HTMLLinkElement>("link[rel=manifest]")!.href)).status);
    expect(manifest, path).toBe(200);
  }
  // Requests the next navigation cut short are not failures; a 404 is.
  expect(problems.failedRequests.filter((request) => !request.includes("ERR_ABORTED"))).toEqual([]);
});

test("?lang=en from the Spanish page shows English from the first paint", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/?lang=en");
  await expect(page).toHaveURL(/\/en\/\?lang=en$/);
  const text = await page.locator("body").innerText();
  for (const word of SPANISH) expect(text).not.toContain(word);
  release();
  await expect(page.locator("html")).toHaveAttribute("data-app-state", "ready");
});

for (const [label, path, width] of [
  ["the standalone page on a desktop", "/", 1280],
  ["the standalone page on a phone", "/", 375],
  ["an embed on a phone", "/embed/?embed=1&lang=es", 375],
  ["an embed at 640 px", "/embed/?embed=1&lang=es", 640],
] as const) {
  test(`handing over to the app moves nothing: ${label}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await watchShifts(page);
    const release = await holdWasm(page);
    await page.goto(path);
    await expect(page.locator("#app[data-prerendered] svg.map")).toBeVisible();
    release();
    await expect(page.locator("html")).toHaveAttribute("data-app-state", "ready");
    await expect(page.locator("#app[data-prerendered]")).toHaveCount(0);
    await expectNoShift(page);
  });
}

test("a page that arrives in parts moves nothing when the timeline arrives after the details panel", async ({ page }) => {
  // On a wide screen the timeline is drawn above the details panel that comes before it in
  // the page: a slow line that pauses between the two must not get the panel painted where
  // the timeline goes.
  const server = await serveFolder(process.env.DIST_DIR || path.join(__dirname, "../../dist"), {
    text: '<section aria-labelledby="timeline-heading"',
    ms: 700,
  });
  try {
    await page.setViewportSize({ width: 1280, height: 900 });
    await watchShifts(page);
    await page.goto(server.url + "/");
    await expect(page.locator("html")).toHaveAttribute("data-app-state", "ready");
    await expectNoShift(page);
  } finally {
    await server.close();
  }
});

for (const path of ["/?lang=es", "/en/?lang=en", "/embed/?embed=1&lang=es", "/embed/en/?embed=1&lang=en"]) {
  test(`the data downloads on ${path} lead to the site's files, with and without JavaScript`, async ({ page, browser }) => {
    const hrefs = async (p: typeof page) =>
      p.locator(".downloads a[download]").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    await openApp(page, path);
    // The page the URL names, not one it sent the reader to.
    expect(new URL(page.url()).pathname).toBe(new URL(path, "http://x").pathname);
    const withApp = await hrefs(page);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const written = await context.newPage();
    await written.goto(path);
    const withoutApp = await hrefs(written);
    await context.close();
    expect(withApp).toEqual(withoutApp);
    expect(withApp.map((href) => new URL(href).pathname)).toEqual(["/downloads/flights.csv", "/downloads/figures.csv", "/downloads/corredor-dataset.json"]);
    for (const href of withApp) expect((await page.request.get(href)).status()).toBe(200);
  });
}

for (const slowdown of [1, 4]) {
  // Slowed down, the browser paints the top of the page before it has parsed the rest.
  test(`the wasm is fetched while the page is read, once; the app starts after the written view's paint is recorded, which stays the largest paint (CPU ${slowdown}× slower)`, async ({ page }) => {
    if (slowdown > 1) {
      const devtools = await page.context().newCDPSession(page);
      await devtools.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
    }
    const wasmRequests: string[] = [];
    page.on("request", (request) => {
      if (/\/corredor-[0-9a-f]+_bg\.wasm$/.test(request.url())) wasmRequests.push(request.url());
    });
    // When the glue hands the wasm to the browser to compile and start: the app's start.
    await page.addInitScript(() => {
      const instantiate = WebAssembly.instantiateStreaming.bind(WebAssembly);
      WebAssembly.instantiateStreaming = (source, imports) => {
        (window as unknown as { appStartedAt: number }).appStartedAt = performance.now();
        return instantiate(source, imports);
      };
    });
    await page.goto("/en/");
    await expect(page.locator("html")).toHaveAttribute("data-app-state", "ready");
    const timing = await page.evaluate(() => new Promise<{ paint: number[]; wasm: number | undefined; parsed: number; appStartedAt: number }>((done) => {
      new PerformanceObserver((list) => done({
        paint: list.getEntries().map((entry) => entry.startTime),
        wasm: performance.getEntriesByType("resource").find((entry) => /corredor-[0-9a-f]+_bg\.wasm$/.test(entry.name))?.startTime,
        parsed: (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).domInteractive,
        appStartedAt: (window as unknown as { appStartedAt: number }).appStartedAt,
      })).observe({ type: "largest-contentful-paint", buffered: true });
    }));
    expect(timing.paint.length).toBeGreaterThan(0);
    // Asked for from the head, before the page has been read to its end; the loader takes
    // that response instead of fetching again.
    expect(timing.wasm).toBeLessThan(timing.parsed);
    expect(wasmRequests).toHaveLength(1);
    expect(timing.appStartedAt).toBeGreaterThanOrEqual(timing.paint[0]);
    // Every record comes from the page as written: the app's hand-over paints nothing larger.
    const ready = await page.evaluate(() => performance.getEntriesByName("corredor-interactive")[0].startTime);
    for (const paint of timing.paint) expect(paint).toBeLessThan(ready);
  });
}

test("the tables are laid out only once near the screen on the page, always in an embed (whose height the host follows)", async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  // On a phone the first table starts just under the first screen; the statement's own
  // table, further down, waits until the reader comes near it.
  const laidOut = (selector: string) => () => page.locator(selector).evaluate((part) => part.checkVisibility({ contentVisibilityAuto: true }));
  const claims = laidOut("section[aria-labelledby=statement-heading] > h3");
  await openApp(page, "/en/");
  expect(await claims()).toBe(false);
  await page.locator("section[aria-labelledby=statement-heading]").evaluate((part) => part.scrollIntoView());
  await expect.poll(claims).toBe(true);
  const tablesLaidOut = laidOut("[data-testid=flights-table]");
  await openApp(page, "/embed/en/?embed=1&lang=en");
  await page.getByTestId("tables-toggle").click();
  expect(await tablesLaidOut()).toBe(true);
});

test("the hand-over keeps the reader's scroll position and focus", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/");
  await expect(page.locator("#app[data-prerendered]")).toBeVisible();
  const sort = page.getByTestId("flights-table").locator("[data-sort=flights]");
  await sort.focus();
  await page.evaluate(() => window.scrollTo(0, 900));
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(800);
  release();
  await expect(page.locator("html")).toHaveAttribute("data-app-state", "ready");
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-sort"))).toBe("flights");
  // And the control works: the app's own.
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("flights-table").locator("tbody tr").first()).toContainText("Guatemala");
});

test("a tap on the written view before the app answers is not lost: the app presses it again", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/");
  await expect(page.locator("#app[data-prerendered]")).toBeVisible();
  // A reader taps Honduras's flights on the map, then an event on the timeline, while the
  // wasm is still on its way.
  await page.locator("#app[data-prerendered] [data-testid=flight-symbol][data-place=honduras]").click();
  // The press shows at once as registered, and nothing moves.
  const mark = page.locator("#app[data-prerendered] [data-testid=flight-symbol][data-place=honduras]");
  await expect(mark).toHaveAttribute("data-early", "");
  expect(await mark.evaluate((element) => getComputedStyle(element).strokeDasharray)).not.toBe("none");
  await page.locator('#app[data-prerendered] .event__button[data-event="blinken-visit"]').click();
  await page.locator("#app[data-prerendered] [data-testid=flight-symbol][data-place=honduras]").click();
  // And the language switch, a button named by nothing but its place in the page.
  await page.locator("#app[data-prerendered] .lang-switch").click();
  release();
  await expect(page.locator("html")).toHaveAttribute("data-app-state", "ready");
  // Each press lands in order, once: Honduras, the visit, Honduras again, English.
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("details-name")).toHaveText("Honduras");
  // The tables, which the app keeps as the page wrote them, come in English too; no press
  // is left marked.
  await expect(page.locator("section.tables")).toHaveAttribute("lang", "en");
  await expect(page.locator("[data-early]")).toHaveCount(0);
  await expect(page).toHaveURL(/lang=en/);
  await expect(page).toHaveURL(/place=honduras/);
  await page.goBack();
  await expect(page).toHaveURL(/event=blinken-visit/);
});

test("the tables are the page's own: a source opened and a header pressed before the app answers stay so once it runs", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/");
  const written = page.locator("#app[data-prerendered] [data-testid=flights-table]");
  await written.locator("summary", { hasText: "Honduras" }).click();
  await written.locator("[data-sort=flights]").click();
  await expect(written.locator("[data-sort=flights]")).toHaveAttribute("data-early", "");
  release();
  await expect(page.locator("html")).toHaveAttribute("data-app-state", "ready");
  const table = page.locator("#app:not([data-prerendered]) [data-testid=flights-table]");
  // The press lands, once: the most flights first, and the mark is gone.
  await expect(table.locator("[data-sort=flights]").locator("xpath=..")).toHaveAttribute("aria-sort", "descending");
  await expect(table.locator("tbody tr").first()).toContainText("Guatemala");
  await expect(table.locator("[data-sort=flights]")).not.toHaveAttribute("data-early", "");
  // The source the reader opened is still open: nothing was drawn again.
  await expect(table.locator("details[open]")).toHaveCount(1);
  await expect(table.locator("details[open] blockquote[lang=es]")).toHaveText("«Honduras – 23 vuelos»");
});

test("a key on the timeline's slider before the app answers is not lost: End takes the last date once the app runs", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/");
  const written = page.locator("#app[data-prerendered] #timeline-cursor");
  await expect(written).toBeVisible();
  const last = await written.getAttribute("max");
  await written.focus();
  await page.keyboard.press("Home");
  await page.keyboard.press("End");
  release();
  await expect(page.locator("html")).toHaveAttribute("data-app-state", "ready");
  const slider = page.locator("#app:not([data-prerendered]) #timeline-cursor");
  await expect(slider).toHaveValue(last as string);
  // The app's own state moved with it: the date shown is the axis's last day, and the
  // slider keeps the focus the reader gave it.
  const shown = await page.getByTestId("timeline-date").innerText();
  await page.keyboard.press("Home");
  await expect(page.getByTestId("timeline-date")).not.toHaveText(shown);
  await page.keyboard.press("End");
  await expect(page.getByTestId("timeline-date")).toHaveText(shown);
});

test("a view from the URL shows the loading message, not the default view, until the app draws it", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/?place=guatemala");
  await expect(page.locator("#boot")).toBeVisible();
  await expect(page.locator("#app[data-prerendered]")).toBeHidden();
  release();
  await openApp(page, "/?place=guatemala");
  await expect(page.getByTestId("details-name")).toHaveText("Guatemala");
});

for (const [lang, page] of [["es", "/?lang=es"], ["en", "/en/?lang=en"]] as const) {
  test(`the map image written at build time (${lang}) is a well-formed SVG with every shape, the figure and the source line`, async ({ page: browserPage }) => {
    await openApp(browserPage, page);
    const source = (await browserPage.locator(".colophon__source").innerText()).trim();
    // The tables are laid out once near the screen (content-visibility): read the figure as a
    // reader would, scrolled to.
    const figure = (await browserPage.getByTestId("flights-total").evaluate((headline: HTMLElement) => {
      headline.scrollIntoView();
      return headline.innerText;
    })).trim();
    const shapes = await browserPage.locator("svg.map path.shape").count();
    const response = await browserPage.request.get(`/images/map-${lang}.svg`);
    expect(response.status()).toBe(200);
    // Parsed in a blank page: the app's own policy would refuse the image's <style> there.
    const blank = await browserPage.context().newPage();
    const result = await blank.evaluate(async (text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        root: doc.documentElement.localName,
        shapes: doc.querySelectorAll("svg[data-testid=map] path.shape").length,
        text: [...doc.querySelectorAll("text.image-title, text.image-figure, text.image-source")].map((t) =>
          [...t.querySelectorAll("tspan")].map((s) => s.textContent).join(" "),
        ),
      };
    }, await response.text());
    await blank.close();
    expect(result.error).toBeNull();
    expect(result.root).toBe("svg");
    expect(result.shapes).toBe(shapes);
    expect(result.text[1]).toBe(figure);
    expect(result.text[2]).toBe(source);
    // And the data's version, as the footer gives it, so a published image can be matched to the log.
    const version = (await browserPage.getByTestId("data-version").innerText()).trim();
    const image = await browserPage.request.get(`/images/map-${lang}.svg`);
    const versionText = (await image.text()).match(/<text class="image-version"[^>]*>(.*?)<\/text>/)?.[1].replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
    expect(version.startsWith(versionText as string)).toBe(true);
  });
}

for (const lang of ["es", "en"]) {
  test(`the ${lang} map is also a PNG at twice the width a <noscript> or AMP placeholder shows it`, async ({ page }) => {
    const svg = await (await page.request.get(`/images/map-${lang}.svg`)).text();
    const [width, height] = svg.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/)!.slice(1).map(Number);
    const response = await page.request.get(`/images/map-${lang}-2x.png`);
    expect(response.headers()["content-type"]).toContain("image/png");
    const png = await response.body();
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Math.round(width), Math.round(height)]);
  });
}

for (const path of ["/?lang=es", "/en/?lang=en"]) {
  test(`${path} carries the social card: og and Twitter tags and a 1200 × 630 PNG`, async ({ page }) => {
    await openApp(page, path);
    const meta = (selector: string) => page.locator(selector).getAttribute("content");
    expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
    expect(await meta('meta[property="og:title"]')).toBe(await page.title());
    expect(await meta('meta[property="og:description"]')).toBe(await meta('meta[name="description"]'));
    const image = (await meta('meta[property="og:image"]'))!;
    expect(await meta('meta[name="twitter:image"]')).toBe(image);
    const response = await page.request.get(image);
    expect(response.headers()["content-type"]).toContain("image/png");
    const png = await response.body();
    // The PNG signature, then IHDR's width and height (big-endian, bytes 16–23).
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
}
