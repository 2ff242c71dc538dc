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
