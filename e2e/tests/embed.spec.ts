import { test, expect } from "./fixtures";

const HOST = process.env.HOST_URL || "http://127.0.0.1:4174";
const APP = process.env.BASE_URL || "http://127.0.0.1:4173";

async function openHost(page) {
  await page.goto(`${HOST}/index.html?app=${encodeURIComponent(APP)}`);
  const frame = page.frameLocator("#corredor");
  await expect(frame.locator("html")).toHaveAttribute("data-app-state", "ready");
  return frame;
}

const frameHeight = (page) => page.locator("#corredor").evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height);

test("the embedded iframe on another origin grows and shrinks with its content", async ({ page }) => {
  const frame = await openHost(page);
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(600);
  const collapsed = await frameHeight(page);
  // The embed shows the source line in its footer and no page chrome beyond the title.
  await expect(frame.locator(".colophon__source")).toContainText("Fuente: Comunicado México–Estados Unidos sobre migración del 23 de enero de 2024");
  await expect(frame.locator("html")).toHaveClass(/embed/);

  await frame.getByTestId("tables-toggle").click();
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(collapsed + 300);
  await frame.getByTestId("tables-toggle").click();
  await expect.poll(() => frameHeight(page)).toBeLessThan(collapsed + 50);
});

test("messages forged by another frame change nothing", async ({ page }) => {
  const frame = await openHost(page);
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(600);
  const before = await frameHeight(page);
  const hint = () => frame.locator("html").evaluate((html) => html.style.getPropertyValue("--host-width"));
  // embed.js has already told the frame its real width.
  await expect.poll(hint).toMatch(/^\d+px$/);
  const hinted = await hint();
  const other = page.frame({ url: /other\.html/ })!;
  const app = page.frame({ name: "corredor" }) ?? page.frames().find((f) => f.url().startsWith(APP))!;
  // Messages are delivered in order: once a sentinel sent after the forgeries has arrived,
  // every forgery before it has been handled.
  const parentSawSentinel = page.evaluate(
    () => new Promise<void>((done) => addEventListener("message", (e) => e.data === "corredor-test:sentinel" && done())),
  );
  const appSawSentinel = app.evaluate(
    () => new Promise<void>((done) => addEventListener("message", (e) => e.data === "corredor-test:sentinel" && done())),
  );
  await other.evaluate(() => {
    parent.postMessage({ "datawrapper-height": { corredor: 5 } }, "*");
    parent.postMessage("pymxPYMxxPYMxheightxPYMx5", "*");
    parent.postMessage({ sentinel: "amp", type: "embed-size", height: 5 }, "*");
    parent.postMessage(JSON.stringify({ sender: "Flourish", method: "resize", height: 5 }), "*");
    // And a width hint sent to the app by a frame that is not its parent.
    (parent.frames[0] as Window).postMessage({ type: "corredor:width", width: 321 }, "*");
    parent.postMessage("corredor-test:sentinel", "*");
    (parent.frames[0] as Window).postMessage("corredor-test:sentinel", "*");
  });
  await parentSawSentinel;
  await appSawSentinel;
  expect(await frameHeight(page)).toBe(before);
  expect(await hint()).toBe(hinted);

  // The parent itself may send a width hint, in range, and gets the height back at once.
  const answered = page.evaluate(
    () =>
      new Promise<string>((done) =>
        addEventListener("message", (e) => {
          if (typeof e.data === "string" && e.data.includes("xPYMxheightxPYMx")) done(e.data);
        }),
      ),
  );
  await page.evaluate(() => {
    const target = (document.getElementById("corredor") as HTMLIFrameElement).contentWindow!;
    target.postMessage({ type: "corredor:width", width: 99999 }, "*");
    target.postMessage({ type: "corredor:width", width: 640 }, "*");
  });
  await expect.poll(hint).toBe("640px");
  expect(await answered).toMatch(/^pymxPYMx.*xPYMxheightxPYMx\d+$/);
});

test("the embed dialog gives a snippet for the current view, usable by keyboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`${APP}/?lang=es`);
  await expect(page.locator("html")).toHaveAttribute("data-app-state", "ready");
  await page.locator("[data-testid=flight-symbol][data-place=honduras]").click();
  await page.getByTestId("open-embed").focus();
  await page.keyboard.press("Enter");
  const code = page.getByTestId("embed-code");
  await expect(code).toBeVisible();
  const snippet = await code.inputValue();
  expect(snippet).toContain("embed=1");
  expect(snippet).toContain("place=honduras");
  expect(snippet).toContain('loading="lazy"');
  expect(snippet).toContain('title="Corredor, mapa y línea de tiempo: Comunicado México–Estados Unidos sobre migración del 23 de enero de 2024"');
  expect(snippet).toMatch(/height="\d+"/);
  // The embed's own page for the language, from the site's root, and the helper from there.
  expect(snippet).toContain(`src="${APP}/embed/?lang=es&`);
  expect(snippet).toContain(`src="${APP}/embed.js"`);
  // The picture for hosts without scripts or frames: the build-time map, linking to the page.
  const noscript = snippet.match(/<noscript><a href="([^"]+)"><img src="([^"]+)" alt="([^"]+)"/);
  expect(noscript).not.toBeNull();
  expect(noscript![1]).toBe(`${APP}/`);
  expect(noscript![2]).toBe(`${APP}/images/map-es-2x.png`);
  expect((await page.request.get(noscript![2])).headers()["content-type"]).toContain("image/png");
  await page.getByTestId("copy-embed").click();
  await expect(page.locator(".embed-dialog [role=status]")).toHaveText("Copiado.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  await page.keyboard.press("Escape");
  await expect(code).toBeHidden();

  await page.getByTestId("share-link").click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain("place=honduras");
  expect(link).not.toContain("embed=1");
});

test("the embed is usable 280 px wide: no horizontal scroll inside the frame", async ({ page }) => {
  await page.setViewportSize({ width: 296, height: 900 });
  const frame = await openHost(page);
  const width = await page.locator("#corredor").evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().width);
  expect(width).toBeLessThanOrEqual(282);
  const overflow = await frame.locator("html").evaluate((html) => html.scrollWidth - html.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await frame.locator("[data-testid=flight-symbol][data-place=guatemala]").click();
  await expect(frame.getByTestId("details-flights")).toHaveText("36 vuelos");
});

test("a frame that loads hidden (a closed tab) lays out the map for its real width once shown", async ({ page }) => {
  await page.goto(`${HOST}/hidden.html?app=${encodeURIComponent(APP)}`);
  const frame = page.frameLocator("#corredor");
  await expect(frame.locator("html")).toHaveAttribute("data-app-state", "ready");
  await page.getByRole("button", { name: "Show the graphic" }).click();
  const svgWidth = () => frame.getByTestId("map").evaluate((svg) => svg.getBoundingClientRect().width);
  await expect.poll(svgWidth).toBeGreaterThan(200);
  // Guatemala has the most flights: its circle gets the largest radius for this width
  // (width / 28, between 11 and 26 px), not the 640 px guess made while hidden.
  const expected = 2 * Math.min(26, Math.max(11, (await svgWidth()) / 28));
  const diameter = () =>
    frame.locator('[data-testid="flight-symbol"][data-place="guatemala"]').evaluate((c) => c.getBoundingClientRect().width);
  await expect.poll(async () => Math.abs((await diameter()) - expected)).toBeLessThan(0.6);
});

test.describe("without a clipboard (plain http, a locked-down frame)", () => {
  test("copying falls back to selecting the text for the reader, and nothing throws", async ({ page }) => {
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined, configurable: true }),
    );
    await page.goto(`${APP}/?place=guatemala`);
    await expect(page.locator("html")).toHaveAttribute("data-app-state", "ready");
    const wholeSelection = (el: HTMLInputElement | HTMLTextAreaElement) =>
      el.selectionStart === 0 && el.selectionEnd === el.value.length && el.value.length > 0;

    await page.getByTestId("share-link").click();
    await expect(page.locator(".share-bar__status").first()).toContainText("No se pudo copiar");
    const link = page.getByTestId("manual-link");
    await expect(link).toHaveValue(/place=guatemala/);
    await expect(link).toBeFocused();
    expect(await link.evaluate(wholeSelection)).toBe(true);

    await page.getByTestId("open-embed").click();
    await page.getByTestId("copy-embed").click();
    const code = page.getByTestId("embed-code");
    await expect(code).toBeFocused();
    expect(await code.evaluate(wholeSelection)).toBe(true);
    await expect(code).toHaveValue(/allow="clipboard-write"/);
  });
});

test("an embed links to the full view in a new tab, carrying the reader's current view", async ({ page }) => {
  const frame = await openHost(page);
  await frame.locator('svg.map [data-place="honduras"][tabindex]').focus();
  await page.keyboard.press("Enter");
  const link = frame.getByTestId("open-full-view");
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("href", /place=honduras/);
  // Relative in the markup (the page also renders without a window); it resolves to the
  // app's own address, not the host's.
  const href = await link.evaluate((a: HTMLAnchorElement) => a.href);
  expect(href.startsWith(APP)).toBe(true);
  expect(href).not.toContain("embed=1");
  // The standalone page opens on that view.
  await page.goto(href);
  await expect(page.locator("html")).toHaveAttribute("data-app-state", "ready");
  await expect(page.getByTestId("details-name")).toHaveText("Honduras");
  await expect(page.getByTestId("open-full-view")).toHaveCount(0);
});

test("the embed keeps outside context in the event details, not in a long footer", async ({ page }) => {
  await page.goto(`${APP}/?embed=1&lang=en&event=blinken-visit`);
  await expect(page.locator("html")).toHaveAttribute("data-app-state", "ready");
  await expect(page.locator("footer").getByTestId("context").first()).toBeHidden();
  await expect(page.getByTestId("details").getByTestId("context")).toBeVisible();
  await expect(page.locator(".colophon__source")).toBeVisible();
});
