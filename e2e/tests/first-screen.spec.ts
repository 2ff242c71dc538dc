import { test, expect, openApp } from "./fixtures";

// Issue 20: the standalone page's first screen holds the interactive, as the compact embed
// does; the long reading follows below.
const inView = async (page, selector: string, height: number) => {
  const box = await page.locator(selector).first().boundingBox();
  expect(box, selector).not.toBeNull();
  return { top: box!.y, bottom: box!.y + box!.height, fits: box!.y >= 0 && box!.y + box!.height <= height };
};

// The 23 January statement has five events, more than the column holds; the follow-up none.
for (const [path, events] of [["/", 5], ["/?lang=en", 5], ["/statements/2024-01-26-follow-up/", 0]] as const) {
  test(`at 1280 × 800 the map, the timeline with the statements and the details are on the first screen (${path})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, path);
    for (const selector of ["svg.map", ".axis", ".axis__statements", "#timeline-cursor", ".map-panel > .details"]) {
      const box = await inView(page, selector, 800);
      expect(box.fits, `${selector} within the first 800 px: ${JSON.stringify(box)}`).toBe(true);
    }
    // The reading follows below, not beside.
    const tables = await inView(page, ".tables", 800);
    expect(tables.top).toBeGreaterThan(800);
    // The events stay in one row that scrolls sideways, each reachable from the keyboard.
    const list = page.locator(".timeline__events");
    await expect(list.locator("> li")).toHaveCount(events);
    if (events === 0) return;
    expect(await list.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const last = list.locator("button").last();
    await last.focus();
    await expect(last).toBeInViewport();
  });
}

// On a phone the standalone page takes the compact embed's layout (`.compact`, set by
// boot.js below 560 px): the key folded over the map, icon buttons, the timeline strip, and
// details that open over the map; who speaks stays under the title, in small type.
for (const [path, events] of [["/", 5], ["/?lang=en", 5], ["/statements/2024-01-26-follow-up/", 0]] as const) {
  test(`at 390 × 844 the map, the timeline with the statements and the place the details open are on the first screen (${path})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, path);
    const parts = ["[data-testid=voice]", "[data-testid=share-link]", "svg.map", "[data-testid=legend-toggle]", ".axis", ".axis__statements", "#timeline-cursor"];
    if (events > 0) parts.push(".timeline__events button");
    for (const selector of parts) {
      const box = await inView(page, selector, 844);
      expect(box.fits, `${selector} within the first 844 px: ${JSON.stringify(box)}`).toBe(true);
    }
    // The source's caveat on the figures stays in view, under the map (an embed hides it).
    const caveat = ".map-main > .map-note:not(.map-note--status, .map-note--keys)";
    if (events > 0) {
      const box = await inView(page, caveat, 844);
      expect(box.fits && box.bottom - box.top > 10, `the caveat in view: ${JSON.stringify(box)}`).toBe(true);
      // And the off-map places under the drawing, not over it, where they would hide a
      // destination's label.
      const offMap = await inView(page, "[data-testid=off-map]", 844);
      const drawing = await inView(page, "svg.map", 844);
      expect(offMap.fits, JSON.stringify(offMap)).toBe(true);
      expect(offMap.top).toBeGreaterThanOrEqual(drawing.bottom - 1);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The long reading follows the interactive, never between its parts.
    const tables = await inView(page, ".tables", 844);
    expect(tables.top).toBeGreaterThanOrEqual((await inView(page, "[data-testid=timeline]", 844)).bottom);
    // The key is one button away, over the map: opening it moves nothing below.
    const timelineTop = (await inView(page, "[data-testid=timeline]", 844)).top;
    await expect(page.locator("#legend")).toBeHidden();
    await page.getByTestId("legend-toggle").click();
    await expect(page.locator("#legend")).toBeVisible();
    expect((await inView(page, "[data-testid=timeline]", 844)).top).toBeCloseTo(timelineTop, 0);
    await page.getByTestId("legend-toggle").click();
    // A place chosen from the keyboard opens its details over the map, on the same screen.
    await page.locator("svg.map [data-place][tabindex]").first().focus();
    await page.keyboard.press("Enter");
    const name = page.getByTestId("details-name");
    await expect(name).toBeVisible();
    const heading = await inView(page, "[data-testid=details-name]", 844);
    expect(heading.fits, JSON.stringify(heading)).toBe(true);
    const map = (await page.locator(".map-panel").boundingBox())!;
    const details = (await page.getByTestId("details").boundingBox())!;
    expect(details.y).toBeGreaterThanOrEqual(map.y - 1);
    expect(details.y + details.height).toBeLessThanOrEqual(map.y + map.height + 1);
    expect((await inView(page, "[data-testid=timeline]", 844)).top).toBeCloseTo(timelineTop, 0);
  });
}

test("the standalone page follows the width: compact below 560 px, its own layout from there, without a reload", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, "/");
  await expect(page.locator("html")).toHaveClass(/\bcompact\b/);
  await expect(page.getByTestId("layer-flights")).toBeHidden();
  await page.setViewportSize({ width: 640, height: 844 });
  await expect(page.locator("html")).not.toHaveClass(/\bcompact\b/);
  await expect(page.getByTestId("legend-toggle")).toBeHidden();
  await expect(page.getByTestId("layer-flights")).toBeVisible();
  // The share button carries its words again, not only its icon.
  expect((await page.getByTestId("share-link").boundingBox())!.width).toBeGreaterThan(80);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator("html")).toHaveClass(/\bcompact\b/);
  await expect(page.getByTestId("legend-toggle")).toBeVisible();
  expect((await page.getByTestId("share-link").boundingBox())!.width).toBeLessThan(50);
});
