import { createRequire } from "node:module";
import { test, expect } from "./fixtures";

const HOST = process.env.HOST_URL || "http://127.0.0.1:4174";
const APP = process.env.BASE_URL || "http://127.0.0.1:4173";
// The real client library newsrooms use (npm `pym.js` 1.3.2), served from the host's origin.
const PYM = createRequire(__filename).resolve("pym.js/dist/pym.v1.min.js");

test("a real Pym.js parent on another origin sizes the frame to its content, before and after the URL changes", async ({ page }) => {
  await page.route("**/pym.v1.min.js", (route) => route.fulfill({ path: PYM, contentType: "text/javascript" }));
  await page.goto(`${HOST}/pym.html?app=${encodeURIComponent(APP)}`);
  const frameElement = page.locator("#corredor iframe");
  const frame = page.frameLocator("#corredor iframe");
  await expect(frame.locator("html")).toHaveAttribute("data-app-state", "ready");
  const contentHeight = () => frame.locator("body").evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
  const frameHeight = () => frameElement.evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height);
  const gap = async () => Math.abs((await frameHeight()) - (await contentHeight()));
  await expect.poll(gap).toBeLessThanOrEqual(2);
  // A selection rewrites the URL (without Pym's parameters): later messages must still reach Pym.
  // The keyboard selects it (its flight circle lies over the shape and would take a click).
  await frame.locator('svg.map [data-place="honduras"][tabindex]').focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => frame.locator("html").evaluate(() => location.search)).toContain("place=honduras");
  await frame.getByTestId("tables-toggle").click();
  await expect.poll(gap).toBeLessThanOrEqual(2);
  await expect.poll(frameHeight).toBeGreaterThan(1000);
});

// The compact embed's tallest heights (issue 12), measured in a real Pym.js host.
const TALLEST = { 375: 760, 640: 720, 1024: 760 } as const;

for (const [width, tallest] of Object.entries(TALLEST)) {
  test(`in a real Pym.js host a ${width} px frame is at most ${tallest} px tall, and follows the tables and a language switch`, async ({ page }) => {
    // The host's body has 8 px margins: the frame is exactly `width` wide.
    await page.setViewportSize({ width: Number(width) + 16, height: 900 });
    await page.route("**/pym.v1.min.js", (route) => route.fulfill({ path: PYM, contentType: "text/javascript" }));
    await page.goto(`${HOST}/pym.html?app=${encodeURIComponent(APP)}`);
    const frameElement = page.locator("#corredor iframe");
    const frame = page.frameLocator("#corredor iframe");
    await expect(frame.locator("html")).toHaveAttribute("data-app-state", "ready");
    expect(await frameElement.evaluate((f) => f.getBoundingClientRect().width)).toBe(Number(width));
    const contentHeight = () => frame.locator("body").evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
    const frameHeight = () => frameElement.evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height);
    const gap = async () => Math.abs((await frameHeight()) - (await contentHeight()));
    await expect.poll(gap).toBeLessThanOrEqual(2);
    expect(await frameHeight()).toBeLessThanOrEqual(tallest);

    await frame.getByTestId("tables-toggle").click();
    await expect.poll(frameHeight).toBeGreaterThan(tallest);
    await expect.poll(gap).toBeLessThanOrEqual(2);
    await frame.getByTestId("tables-toggle").click();
    await expect.poll(frameHeight).toBeLessThanOrEqual(tallest);
    await expect.poll(gap).toBeLessThanOrEqual(2);

    await frame.locator(".lang-switch").click();
    await expect(frame.locator("html")).toHaveAttribute("lang", "en");
    await expect.poll(gap).toBeLessThanOrEqual(2);
    expect(await frameHeight()).toBeLessThanOrEqual(tallest);
  });
}
