import AxeBuilder from "@axe-core/playwright";
import { test, expect, openApp, tabWalk } from "./fixtures";

// The compact embed (`?embed=1`) fits one screen of an article: the tallest it may be at
// each width, with the map, its key and the timeline strip (issue 12).
const TALLEST = { 375: 760, 640: 720, 1024: 760 } as const;

const bodyHeight = (page) => page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
const top = (locator) => locator.evaluate((el) => el.getBoundingClientRect().top);

for (const [width, tallest] of Object.entries(TALLEST)) {
  for (const lang of ["es", "en"]) {
    test(`at ${width} px (${lang}) the embed is at most ${tallest} px tall; details open over or beside the map without moving the timeline`, async ({ page }) => {
      await page.setViewportSize({ width: Number(width), height: 900 });
      await openApp(page, `/?embed=1&lang=${lang}`);
      expect(await bodyHeight(page)).toBeLessThanOrEqual(tallest);
      // The title, the source line, the map and the timeline strip are all on screen.
      for (const part of [".masthead__tagline", ".colophon__source", "[data-testid=map]", "[data-testid=play]", ".timeline__events [data-event=december-peak]"]) {
        await expect(page.locator(part)).toBeInViewport();
      }
      await expect(page.getByTestId("tables-toggle")).toBeInViewport();

      const timeline = page.getByTestId("timeline");
      const timelineTop = await top(timeline);
      await page.locator('svg.map [data-place="guatemala"][tabindex]').focus();
      await page.keyboard.press("Enter");
      const details = page.getByTestId("details");
      await expect(page.getByTestId("details-flights")).toHaveText(lang === "es" ? "36 vuelos" : "36 flights");
      await expect(details.getByRole("heading", { name: "Guatemala" })).toBeInViewport();
      expect(await top(timeline)).toBeCloseTo(timelineTop, 0);
      // Within the map's section: over it on phones, over the key beside it on wider frames.
      const panel = await page.locator(".map-panel").boundingBox();
      const box = await details.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(panel!.y - 1);
      expect(box!.y + box!.height).toBeLessThanOrEqual(panel!.y + panel!.height + 1);
      expect(await bodyHeight(page)).toBeLessThanOrEqual(tallest);

      await page.keyboard.press("Escape");
      await expect(page.getByTestId("details-name")).toHaveCount(0);
      // The tables are one click away, and may grow the frame.
      await page.getByTestId("tables-toggle").click();
      await expect(page.getByTestId("flights-table")).toBeVisible();
    });
  }
}

test("on a phone the key folds over the map behind one button; from 560 px it stands beside the map", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 900 });
  await openApp(page, "/?embed=1&lang=es");
  const toggle = page.getByTestId("legend-toggle");
  const flights = page.getByTestId("layer-flights");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(flights).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(flights).toBeVisible();
  await flights.uncheck();
  await expect(page.getByTestId("flight-symbol").first()).toBeHidden();
  await flights.check();
  await expect(page.getByTestId("flight-symbol").first()).toBeVisible();
  // Over the map, not under it: the timeline has not moved down.
  const map = await page.getByTestId("map").boundingBox();
  const legend = await page.locator("#legend").boundingBox();
  expect(legend!.y + legend!.height).toBeLessThanOrEqual(map!.y + map!.height + 1);
  await toggle.click();
  await expect(flights).toBeHidden();

  await page.setViewportSize({ width: 640, height: 900 });
  await expect(toggle).toBeHidden();
  await expect(flights).toBeVisible();
  const beside = await page.locator("#legend").boundingBox();
  const drawing = await page.getByTestId("map").boundingBox();
  expect(beside!.x).toBeGreaterThanOrEqual(drawing!.x + drawing!.width);
});

for (const width of [375, 640]) {
  test(`the compact embed at ${width} px: no axe violations with the key open and a place selected, and a keyboard walk reaches everything with visible focus`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openApp(page, "/?embed=1&lang=es");
    const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    const violations = async () =>
      (await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
    expect(await violations()).toEqual([]);

    const stops = await tabWalk(page);
    expect(stops.filter((stop) => !stop.visible || !stop.shown).map((stop) => `${stop.tag}:${stop.key}`)).toEqual([]);
    const keys = stops.map((stop) => `${stop.tag}:${stop.key}`).join("\n");
    const expected = ["share-link", "open-full-view", "tables-toggle", "reset-view", "Acercar", "guatemala", "otay-mesa-ii-east", "romania", "play", "timeline-cursor", "blinken-visit", "joint-statement"];
    for (const name of width < 560 ? [...expected, "legend-toggle"] : [...expected, "layer-networks"]) {
      expect(keys, `${name} is reachable by Tab`).toContain(name);
    }

    if (width < 560) await page.getByTestId("legend-toggle").click();
    await page.locator('svg.map [data-place="guatemala"][tabindex]').focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("details-flights")).toBeVisible();
    expect(await violations()).toEqual([]);
  });
}
