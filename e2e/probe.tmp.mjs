import { chromium } from "playwright-core";
const [host, app] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu"] });
for (let i = 0; i < 8; i++) {
  const context = await browser.newContext({ locale: "es-ES" });
  const page = await context.newPage();
  await page.addInitScript(() => { window.__msgs = []; window.addEventListener("message", (e) => window.__msgs.push(typeof e.data === "string" ? e.data.slice(0, 40) : JSON.stringify(e.data).slice(0, 60))); });
  await page.goto(`${host}/index.html?app=${encodeURIComponent(app)}`);
  await page.waitForTimeout(2500);
  const h = await page.locator("#corredor").evaluate((f) => f.getBoundingClientRect().height);
  const msgs = await page.evaluate(() => window.__msgs);
  const hasHelper = await page.evaluate(() => [...document.scripts].map(s => s.src).join(" "));
  console.log(i, h, msgs.length, msgs.slice(0, 4).join(" | "));
  await context.close();
}
await browser.close();
