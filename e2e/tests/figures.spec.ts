import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect, openApp } from "./fixtures";

// The expected figures come from the committed dataset (itself checked against the source
// text natively), plus the brief's own numbers, so a wrong rendering cannot pass.
const dataset = JSON.parse(readFileSync(join(__dirname, "../../public/downloads/corredor-dataset.json"), "utf8"));
const placeName = (id: string, lang: "es" | "en") =>
  dataset.places.find((p: { id: string }) => p.id === id).name[lang];

test("the headline figures come from the statement", async ({ page, problems }) => {
  await openApp(page);
  await expect(page.getByTestId("flights-total")).toHaveText("79 vuelos, 1–21 de enero de [2024]");
  await expect(page.getByTestId("networks-count")).toHaveText("Esfuerzos de México: la desarticulación de al menos 10 «de las organizaciones criminales más prolíficas que impactan nuestra frontera compartida»");
  await expect(page.getByTestId("networks-places")).toContainText("Chiapas");
  await expect(page.getByTestId("networks-places")).toContainText("entre otros lugares");
  await expect(page.getByTestId("flows-claim")).toContainText("más de la mitad");
  const events = page.getByTestId("events-table");
  await expect(events).toContainText("27 de diciembre de [2023]");
  await expect(events).toContainText("19 de enero de [2024]");
  await expect(events).toContainText("23 de enero de 2024");
  await expect(events).toContainText("diciembre de [2023]");
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
  await expect(table.getByRole("row", { name: /^Rumania \/ India/ })).toContainText("una línea de la lista nombra a ambos");
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
  await expect(page.getByTestId("flights-total")).toHaveText("79 flights, 1–21 January [2024]");
  await expect(page.getByTestId("networks-count")).toHaveText("Mexico's efforts: the dismantling of at least 10 “of the most prolific criminal organizations that impact our shared border”");
  await expect(page.getByTestId("events-table")).toContainText("27 December [2023]");
  await page.getByTestId("flights-table").locator("summary", { hasText: "Honduras" }).click();
  const open = page.locator("details[open]");
  await expect(open.locator("blockquote[lang=es]")).toHaveText("«Honduras – 23 vuelos»");
  await expect(open.locator("blockquote[lang=en]")).toHaveText("“Honduras – 23 flights”");
  await expect(open).toContainText("Unofficial English translation");
});

test("the data downloads are in the build and match the figures", async ({ page, request }) => {
  await openApp(page);
  const csvLink = page.getByRole("link", { name: /Vuelos por destino/ });
  const csv = await (await request.get(await csvLink.getAttribute("href") as string)).text();
  expect(csv.split("\r\n")[0]).toBe("destination,destination_es,iso_code,flights,period_start,period_end,period_year_inferred,note");
  expect(csv).toContain("Guatemala,Guatemala,GT,36,2024-01-01,2024-01-21,true,");
  const jsonLink = page.getByRole("link", { name: /JSON/ });
  const json = await (await request.get(await jsonLink.getAttribute("href") as string)).json();
  expect(json.flights.total).toBe(79);
  const figuresLink = page.getByRole("link", { name: /Cifras, una por fila/ });
  const figures = (await (await request.get(await figuresLink.getAttribute("href") as string)).text()).split("\r\n");
  expect(figures[0]).toContain("statement,data_version,figure,unit,quantity,value");
  expect(figures.find((row) => row.includes(",flights-guatemala,"))).toContain(",flights,exact,36,,done,,Guatemala,");
  expect(figures.find((row) => row.includes(",organizations-dismantled,"))).toContain(",organizations,at_least,10,");
});

test("the ministerial meeting shows its agenda and outcome, quoted, in its details and in the events table", async ({ page }) => {
  await openApp(page, "/?event=ministerial-washington");
  const agenda = dataset.events.find((e: { id: string }) => e.id === "ministerial-washington").agenda;
  await expect(page.getByTestId("details-agenda-heading")).toHaveText(agenda.quote.es);
  const items = page.getByTestId("details-agenda").locator(":scope > li");
  await expect(items).toHaveCount(agenda.items.length);
  await expect(page.getByTestId("details-agenda")).toContainText("Tomar medidas enérgicas contra las redes criminales de tráfico de personas");
  await expect(page.getByTestId("details-outcomes")).toContainText("compromiso");
  const row = page.getByTestId("events-table").getByRole("row", { name: /Reunión ministerial/ });
  await expect(row.getByTestId("agenda").locator("li")).toHaveCount(agenda.items.length);
  await expect(page.getByTestId("claims")).toContainText("Avanzar en las vías legales de migración");
  await expect(page.getByTestId("claims")).toContainText("Abordar las causas fundamentales de la migración");
});

test("the Blinken visit is placed in Mexico as the text says, with outside context labelled and cited", async ({ page }) => {
  await openApp(page, "/?event=blinken-visit&lang=en");
  await expect(page.getByTestId("place-note")).toContainText("names no city");
  await expect(page.getByTestId("date-note")).toContainText("inferred");
  const context = page.getByTestId("details").getByTestId("context");
  await expect(context).toHaveCount(1);
  await expect(context).toContainText("Context, from outside the statement");
  await expect(context.getByRole("link", { name: "outside source" })).toHaveAttribute("href", /^https:\/\/diariotijuana\.info\//);
  // Every outside fact is in the footer too, each labelled.
  await expect(page.locator("footer").getByTestId("context")).toHaveCount(dataset.context.length);
});

test("Venezuela's repatriations item says the flights are both governments'", async ({ page }) => {
  await openApp(page, "/?place=venezuela&lang=en");
  await expect(page.getByTestId("details-flights").first()).toHaveText("3 flights");
  await expect(page.getByTestId("claim-note")).toContainText("both governments' flights, Mexico's included");
});

test("the flights period reads as upcoming, under way and done, in the details and the status line", async ({ page }) => {
  await openApp(page, "/?event=repatriation-flights&date=2023-12-15&lang=en");
  await expect(page.getByTestId("details-flights")).toHaveText("The flights period starts on 1 January [2024].");
  await expect(page.getByTestId("map-status")).toContainText("The flights period starts on 1 January [2024].");
  await expect(page.getByTestId("map-status")).toContainText("[ ]: year inferred");
  await openApp(page, "/?event=repatriation-flights&date=2024-01-10&lang=en");
  await expect(page.getByTestId("details-flights")).toHaveText(/^Flights under way: .*\(21 January \[2024\]\)\.$/);
  await openApp(page, "/?event=repatriation-flights&date=2024-01-23&lang=en");
  await expect(page.getByTestId("details-flights")).toHaveText("79 flights, 1–21 January [2024]");
  await expect(page.getByTestId("map-status")).toHaveText("");
});

for (const width of [320, 1280]) {
  test(`the legend and the off-map callout use the map's scale at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openApp(page);
    // On a phone the key is folded over the map: a reader opens it.
    if (await page.getByTestId("legend-toggle").isVisible()) await page.getByTestId("legend-toggle").click();
    // Guatemala has the most flights: its circle and the legend's largest must match.
    const mapCircle = page.locator('[data-testid="flight-symbol"][data-place="guatemala"]');
    const max = Math.max(...dataset.flights.destinations.filter((d: { places: string[] }) => d.places.length === 1).map((d: { flights: number }) => d.flights));
    const legendCircle = page.locator(`[data-testid="legend-circle"][data-value="${max}"]`);
    const diameter = (locator) => locator.evaluate((el: Element) => el.getBoundingClientRect().width);
    await expect.poll(async () => Math.abs((await diameter(mapCircle)) - (await diameter(legendCircle)))).toBeLessThan(0.6);
    // The shared flight, drawn with the same scale (one flight), but never under 3 px.
    const one = await diameter(page.locator('[data-testid="flight-symbol"][data-place="haiti"]'));
    const callout = await diameter(page.getByTestId("off-map-circle"));
    expect(Math.abs(callout - Math.max(one, 6))).toBeLessThan(0.6);
  });
}

test("an open source stays open when the flights table re-sorts or the language changes", async ({ page }) => {
  await openApp(page);
  const table = page.getByTestId("flights-table");
  await table.locator("summary", { hasText: "Honduras" }).click();
  await expect(table.locator("details[open]")).toHaveCount(1);
  await table.locator('[data-sort="destination"]').click();
  await expect(table.locator("tbody tr").first()).toContainText("Colombia");
  await expect(table.locator("details[open]")).toHaveCount(1);
  await expect(table.locator("details[open] blockquote[lang=es]")).toHaveText("«Honduras – 23 vuelos»");
  await page.getByRole("button", { name: /English/ }).click();
  // The tables come in English, the same source open, the same sort.
  await expect(page.locator("section.tables")).toHaveAttribute("lang", "en");
  await expect(page.locator("#flights-heading")).not.toHaveText(/vuelos/);
  await expect(table.locator("details[open]")).toHaveCount(1);
  await expect(table.locator("details[open] blockquote[lang=es]")).toHaveText("«Honduras – 23 vuelos»");
  await expect(table.locator("details[open] blockquote[lang=en]")).toHaveText("“Honduras – 23 flights”");
  await expect(table.locator("[data-sort=destination]").locator("xpath=..")).toHaveAttribute("aria-sort", "ascending");
  await expect(table.locator("tbody tr").first()).toContainText("Colombia");
});

test("after a language switch the tables answer as before: selection, sort, downloads, the way back", async ({ page }) => {
  await openApp(page, "/?place=guatemala");
  const spanishHeading = await page.locator("#tables-heading").innerText();
  await page.getByRole("button", { name: /English/ }).click();
  const tables = page.locator("section.tables");
  await expect(tables).toHaveAttribute("lang", "en");
  await expect(page.locator("#tables-heading")).not.toHaveText(spanishHeading);
  const table = page.getByTestId("flights-table");
  // The selection is marked on the tables put in.
  await expect(table.locator("tr.row--selected")).toHaveCount(1);
  await expect(table.locator("tr.row--selected")).toContainText("Guatemala");
  await expect(table.locator('button[data-place="guatemala"]')).toHaveAttribute("aria-pressed", "true");
  // A place's button in them selects it, everywhere.
  await table.locator('button[data-place="honduras"]').click();
  await expect(page.getByTestId("details-name")).toHaveText("Honduras");
  await expect(table.locator("tr.row--selected")).toContainText("Honduras");
  await expect(table.locator('button[data-place="guatemala"]')).toHaveAttribute("aria-pressed", "false");
  // Their header sorts.
  await table.locator("[data-sort=flights]").click();
  await expect(table.locator("[data-sort=flights]").locator("xpath=..")).toHaveAttribute("aria-sort", "descending");
  await expect(table.locator("tbody tr").first()).toContainText("Guatemala");
  // Their links lead to this statement's files from this page.
  for (const link of await tables.locator("a[download]").all()) {
    const response = await page.request.get(new URL((await link.getAttribute("href")) as string, page.url()).href);
    expect(response.status(), await link.getAttribute("href")).toBe(200);
  }
  // And back in Spanish, the Spanish tables again, their state kept.
  await page.getByRole("button", { name: /Español/ }).click();
  await expect(tables).toHaveAttribute("lang", "es");
  await expect(page.locator("#tables-heading")).toHaveText(spanishHeading);
  await expect(table.locator("tr.row--selected")).toContainText("Honduras");
  await expect(table.locator("tbody tr").first()).toContainText("Guatemala");
});

test.describe("when the other language's tables cannot be fetched", () => {
  // The browser logs the refused request; no service worker answers from its cache.
  test.use({ expectConsoleErrors: true, serviceWorkers: "block" });
  test("a language switch that cannot reach the other tables says so, and keeps them", async ({ page }) => {
    await page.route("**/tables-en.html", (route) => route.abort());
    await openApp(page);
    const heading = await page.locator("#tables-heading").innerText();
    await page.getByRole("button", { name: /English/ }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const problem = page.getByTestId("language-problem");
    await expect(problem).toBeVisible();
    await expect(problem).toHaveText(/^Part of the page \(the tables, the details or the footer\) could not be loaded in English/);
    // What could be had is in English.
    await expect(page.locator("footer.colophon")).toHaveAttribute("lang", "en");
    // The Spanish tables stay, named as Spanish for screen readers, and still answer.
    await expect(page.locator("section.tables")).toHaveAttribute("lang", "es");
    await expect(page.locator("#tables-heading")).toHaveText(heading);
    await page.getByTestId("flights-table").locator('button[data-place="honduras"]').click();
    await expect(page.getByTestId("details-name")).toHaveText("Honduras");
    // Back in Spanish, nothing is missing any more.
    await page.getByRole("button", { name: /Español/ }).click();
    await expect(problem).toBeHidden();
  });
});
