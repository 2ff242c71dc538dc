import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect, openApp } from "./fixtures";

// The expected figures come from the committed dataset (itself checked against the source
// text natively), plus the brief's own numbers, so a wrong rendering cannot pass.
const dataset = JSON.parse(readFileSync(join(__dirname, "../../data/dataset.json"), "utf8"));
const placeName = (id: string, lang: "es" | "en") =>
  dataset.places.find((p: { id: string }) => p.id === id).name[lang];

test("the headline figures come from the statement", async ({ page, problems }) => {
  await openApp(page);
  await expect(page.getByTestId("flights-total")).toHaveText("79 vuelos, 1–21 de enero de 2024");
  await expect(page.getByTestId("networks-count")).toHaveText("al menos 10 organizaciones criminales");
  await expect(page.getByTestId("networks-places")).toContainText("Chiapas");
  await expect(page.getByTestId("networks-places")).toContainText("entre otros lugares");
  await expect(page.getByTestId("flows-claim")).toContainText("más de la mitad");
  const events = page.getByTestId("events-table");
  await expect(events).toContainText("27 de diciembre de 2023");
  await expect(events).toContainText("19 de enero de 2024");
  await expect(events).toContainText("23 de enero de 2024");
  await expect(events).toContainText("diciembre de 2023");
  expect(problems.consoleErrors).toEqual([]);
});

test("every destination has its count, and the shared flight is one row", async ({ page }) => {
  await openApp(page);
  const table = page.getByRole("table", { name: /Vuelos de repatriación por destino/ });
  for (const destination of dataset.flights.destinations) {
    const name = destination.places.map((id: string) => placeName(id, "es")).join(" / ");
    const row = table.getByRole("row", { name: new RegExp(`^${name}`) });
    await expect(row).toHaveCount(1);
    await expect(row.locator("td.flights")).toHaveText(String(destination.flights));
  }
  await expect(table.getByRole("row", { name: /^Guatemala/ }).locator("td.flights")).toHaveText("36");
  await expect(table.getByRole("row", { name: /^Guatemala/ }).locator("td.share")).toHaveText("45,6\u00a0%");
  await expect(table.getByRole("row", { name: /^Rumania \/ India/ })).toContainText("vuelo compartido");
  await expect(table.getByRole("row", { name: /^Rumania \(/ })).toHaveCount(0);
  await expect(table.locator("tfoot td.flights")).toHaveText("79");
});

test("the source sentence behind a figure is one keypress away", async ({ page }) => {
  await openApp(page);
  const summary = page.getByTestId("flights-table").locator("summary", { hasText: "Guatemala" });
  await summary.focus();
  await page.keyboard.press("Enter");
  const quote = page.locator("details[open] blockquote[lang=es]");
  await expect(quote).toHaveText("«Guatemala – 36 vuelos»");
});

test("in English the figures, dates and a labelled translation of the source", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.getByTestId("flights-total")).toHaveText("79 flights, 1–21 January 2024");
  await expect(page.getByTestId("networks-count")).toHaveText("at least 10 criminal organizations");
  await expect(page.getByTestId("events-table")).toContainText("27 December 2023");
  await page.getByTestId("flights-table").locator("summary", { hasText: "Honduras" }).click();
  const open = page.locator("details[open]");
  await expect(open.locator("blockquote[lang=es]")).toHaveText("«Honduras – 23 vuelos»");
  await expect(open.locator("blockquote[lang=en]")).toHaveText("“Honduras – 23 flights”");
  await expect(open).toContainText("Unofficial English translation");
});

test("the data downloads are in the build and match the figures", async ({ page, request }) => {
  await openApp(page);
  const csvLink = page.getByRole("link", { name: /CSV/ });
  const csv = await (await request.get(await csvLink.getAttribute("href") as string)).text();
  expect(csv.split("\r\n")[0]).toBe("destination,destination_es,iso_code,flights,period_start,period_end,period_year_inferred,note");
  expect(csv).toContain("Guatemala,Guatemala,GT,36,2024-01-01,2024-01-21,");
  const jsonLink = page.getByRole("link", { name: /JSON/ });
  const json = await (await request.get(await jsonLink.getAttribute("href") as string)).json();
  expect(json.flights.total).toBe(79);
});
