import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect, openApp } from "./fixtures";

// The series of data/collection.txt: the 23 January statement at the site's root, the
// follow-up on its own pages. Expected figures come from each statement's committed
// downloads, so a wrong rendering cannot pass.
const FOLLOW_UP = "2024-01-26-follow-up";
const followUp = JSON.parse(
  readFileSync(join(__dirname, `../../public/statements/${FOLLOW_UP}/downloads/corredor-dataset.json`), "utf8"),
);
const figure = (id: string) => followUp.figures.find((f: { id: string }) => f.id === id);

test("a link without a statement opens the 23 January statement, and the picker lists both", async ({ page }) => {
  await openApp(page, "/?place=guatemala");
  await expect(page.locator(".masthead__tagline")).toHaveText("Comunicado México–Estados Unidos sobre migración del 23 de enero de 2024");
  const picker = page.getByRole("navigation", { name: "Comunicados" });
  await expect(picker.getByRole("link")).toHaveCount(2);
  await expect(picker.getByRole("link", { name: "Comunicado del 23 de enero de 2024" })).toHaveAttribute("aria-current", "page");
  await expect(picker.getByRole("link", { name: "Comunicado emitido el 26 de enero de 2024 o antes" })).toHaveAttribute(
    "href",
    `./statements/${FOLLOW_UP}/?lang=es`,
  );
});

test("a statement's link keeps the reader's language and layout, whatever the browser prefers", async ({ page }) => {
  // The browser prefers Spanish (the tests' locale); the reader chose English, in an embed.
  await openApp(page, "/embed/en/?embed=1&lang=en");
  const link = page.getByRole("navigation", { name: "Statements" }).getByRole("link", { name: /26 January/ });
  await expect(link).toHaveAttribute("href", `../../statements/${FOLLOW_UP}/embed/en/?lang=en&embed=1`);
  await link.click();
  await page.waitForURL(new RegExp(`/statements/${FOLLOW_UP}/embed/en/\\?`));
  await expect(page.locator("html")).toHaveAttribute("data-app-state", "ready");
  await expect(page.locator("html")).toHaveAttribute("data-page", `embed-en@${FOLLOW_UP}`);
  await expect(page.locator("html")).toHaveClass(/embed/);
});

test("the timeline marks each statement at its date, the follow-up open toward earlier days, and a mark opens its statement", async ({ page }) => {
  await openApp(page, "/?lang=en");
  const marks = page.getByTestId("statement-mark");
  await expect(marks).toHaveCount(2);
  // Out of the tab order and the accessibility tree: the picker is the way for the keyboard.
  for (const mark of await marks.all()) {
    await expect(mark).toHaveAttribute("tabindex", "-1");
    await expect(mark).toHaveAttribute("aria-hidden", "true");
  }
  await expect(marks.nth(0)).toHaveClass(/axis__statement--current/);
  await expect(marks.nth(0)).not.toHaveClass(/axis__statement--open/);
  await expect(marks.nth(0)).toHaveAttribute("title", "Statement of 23 January 2024");
  await expect(marks.nth(1)).toHaveClass(/axis__statement--open/);
  await expect(marks.nth(1)).toHaveAttribute("title", "Statement issued on or before 26 January 2024");
  // Each at its day: where the cursor stands when the slider is on that day.
  const slider = page.locator("#timeline-cursor");
  const centre = async (locator) => locator.evaluate((el) => { const r = el.getBoundingClientRect(); return r.left + r.width / 2; });
  // The span ends on 31 January: eight days back is the 23rd.
  await slider.focus();
  await page.keyboard.press("End");
  for (let i = 0; i < 8; i++) await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("timeline-date")).toHaveText("23 January 2024");
  expect(Math.abs((await centre(marks.nth(0))) - (await centre(page.locator(".axis__cursor"))))).toBeLessThan(3);
  const step = (await centre(marks.nth(1))) - (await centre(marks.nth(0)));
  const track = await page.locator(".axis__track").boundingBox();
  const days = Number(await slider.getAttribute("max")) + 1;
  expect(step / track!.width).toBeCloseTo(3 / days, 2);
  await marks.nth(1).click();
  // Its page (the app then writes the view into the query: the statement, the language).
  await page.waitForURL(new RegExp(`/statements/${FOLLOW_UP}/en/(\\?.*)?$`));
  await page.waitForFunction(() => document.documentElement.getAttribute("data-app-state") === "ready");
  // Still in English, though the browser prefers Spanish.
  await expect(page.locator("html")).toHaveAttribute("data-page", `en@${FOLLOW_UP}`);
  await expect(page.getByTestId("statement-mark").nth(1)).toHaveClass(/axis__statement--current/);
});

test("the picker opens the follow-up, whose figures are reported, projected and never counted as done", async ({ page }) => {
  await openApp(page);
  await page.getByRole("navigation", { name: "Comunicados" }).getByRole("link", { name: /26 de enero/ }).click();
  await page.waitForURL(new RegExp(`/statements/${FOLLOW_UP}/\\?lang=es`));
  await page.waitForFunction(() => document.documentElement.getAttribute("data-app-state") === "ready");
  await expect(page.locator(".masthead__tagline")).toContainText("emitido el 26 de enero de 2024 o antes");
  const table = page.getByTestId("figures-table");
  await expect(table).toContainText(`${figure("flights").quantity.exact} vuelos`);
  await expect(table).toContainText("Previsto");
  await expect(table).not.toContainText("Realizado");
  await expect(table).toContainText("Reportado por");
  // Its own downloads and log, beside its pages.
  await expect(page.getByRole("link", { name: "Cifras, una por fila (CSV)" })).toHaveAttribute(
    "href",
    /statements\/2024-01-26-follow-up\/downloads\/figures\.csv$/,
  );
  const download = await page.request.get(`/statements/${FOLLOW_UP}/downloads/figures.csv`);
  expect(download.ok()).toBe(true);
  expect(await download.text()).toContain("112");
  // Its own corrections log, from the footer: its version, its name.
  const log = page.getByTestId("data-version").getByRole("link");
  await expect(log).toHaveAttribute("href", /statements\/2024-01-26-follow-up\/corrections\/$/);
  const logPage = await page.request.get(`/statements/${FOLLOW_UP}/corrections/`);
  expect(logPage.ok()).toBe(true);
  expect(await logPage.text()).toContain("emitido el 26 de enero de 2024 o antes");
  // Selecting a place keeps the statement in the link a reader shares.
  await page.locator('.map [data-place="guatemala"]').first().click();
  await expect(page).toHaveURL(new RegExp(`\\?statement=${FOLLOW_UP}&place=guatemala`));
});

test("a place's details compare its figure across statements, labelled, and a shared line is not compared", async ({ page }) => {
  await openApp(page, "/?place=guatemala");
  const series = page.getByTestId("details-series");
  await expect(series.locator("li")).toHaveCount(2);
  await expect(series.locator("li").nth(0)).toContainText("36 vuelos · Realizado · 1–21 de enero de [2024]");
  await expect(series.locator("li").nth(1)).toContainText("48 vuelos · Previsto · sin periodo propio; el del total: 1–26 de enero de 2024");
  await expect(series.locator("li").nth(1)).toContainText("Reportado por");
  await expect(series.locator("li").nth(1)).toContainText("Calculado por nosotros, no está en ningún comunicado: +12");
  await expect(series).not.toContainText("22 al 26");
  await openApp(page, "/?place=india");
  const india = page.getByTestId("details-series");
  await expect(india.locator("li").nth(1)).toHaveText(/No está en la lista por destino de este comunicado/);
  await expect(india).not.toContainText("Calculado");
  await expect(india).not.toContainText("0 vuelos");
  await openApp(page, "/?place=romania");
  await expect(page.getByTestId("details-series")).not.toContainText("Calculado");
});

test("the comparison table has one column per statement and explains its differences", async ({ page }) => {
  await openApp(page, "/?lang=en");
  const table = page.getByTestId("comparison-table");
  // Its figures are read when it comes near the screen.
  await table.scrollIntoViewIfNeeded();
  await expect(table.locator("thead th")).toHaveText([
    "Destination",
    "Statement of 23 January 2024",
    "Statement issued on or before 26 January 2024",
  ]);
  const total = table.getByRole("row", { name: /^Total/ });
  await expect(total).toContainText("79 flights · Done");
  await expect(total).toContainText("112 flights · Projected");
  await expect(total).toContainText("+33, computed");
  await expect(table.getByRole("row", { name: /^Brazil/ })).toContainText("Not in this statement's list by destination");
  // Each publication once, under the table; a cell points to its note.
  const notes = page.getByTestId("comparison-notes").locator("li");
  await expect(notes).toHaveCount(2);
  await expect(notes.nth(0)).toContainText("Reported by Éxodo Juárez");
  await expect(notes.nth(1)).toContainText("Reported by Rancherita");
  const guatemala = table.getByRole("row", { name: /^Guatemala/ });
  await expect(guatemala.locator(".comparison__mark a")).toHaveAttribute("href", "#comparison-note-b");
  await expect(guatemala.locator(".comparison__mark a")).toHaveAccessibleName("Reported by b");
  await expect(table).not.toContainText("Reported by Rancherita");
  await expect(page.locator(".comparison .note")).toContainText("are not flights on the days between");
});

test("a pinned embed shows its statement alone, and reads without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/statements/${FOLLOW_UP}/embed/`);
  await expect(page.locator(".masthead__tagline")).toContainText("emitido el 26 de enero de 2024 o antes");
  await expect(page.getByTestId("figures-table")).toContainText("Reportado por");
  await context.close();
  const pinned = await browser.newPage();
  await pinned.goto(`/?statement=${FOLLOW_UP}&embed=1&pin=1`);
  await pinned.waitForURL(`**/statements/${FOLLOW_UP}/embed/?statement=${FOLLOW_UP}&embed=1&pin=1`);
  await pinned.waitForFunction(() => document.documentElement.getAttribute("data-app-state") === "ready");
  await expect(pinned.getByTestId("statements")).toBeHidden();
  await expect(pinned.getByTestId("figures-table")).toContainText("112");
  await pinned.close();
});

test("the embed dialog offers the series or this statement alone, pinned", async ({ page }) => {
  await openApp(page, `/statements/${FOLLOW_UP}/?lang=es`);
  await page.getByTestId("open-embed").click();
  const code = page.getByTestId("embed-code");
  const series = await code.inputValue();
  expect(series).toContain(`/statements/${FOLLOW_UP}/embed/?statement=${FOLLOW_UP}&lang=es&embed=1"`);
  expect(series).not.toContain("pin=1");
  await page.getByTestId("embed-pin").check();
  const pinned = await code.inputValue();
  expect(pinned).toContain(`/statements/${FOLLOW_UP}/embed/?statement=${FOLLOW_UP}&lang=es&embed=1&pin=1"`);
  expect(pinned).toContain(`/statements/${FOLLOW_UP}/images/map-es-2x.png`);
  // The first statement pinned names itself too: a statement added later changes nothing.
  await openApp(page, "/?lang=es");
  await page.getByTestId("open-embed").click();
  await page.getByTestId("embed-pin").check();
  expect(await page.getByTestId("embed-code").inputValue()).toContain("/embed/?statement=2024-01-23&lang=es&embed=1&pin=1\"");
});
