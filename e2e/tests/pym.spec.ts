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
