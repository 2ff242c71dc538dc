import { test, expect, openApp } from "./fixtures";

const slider = (page) => page.getByRole("slider", { name: "Fecha del mapa" });

test("selecting a place on the map highlights its events on the timeline", async ({ page }) => {
  await openApp(page);
  await page.locator("path.marker[data-place=washington-dc]").click();
  await expect(page.getByTestId("details-name")).toHaveText("Washington, D.C.");
  const ministerial = page.locator("li.event", { has: page.locator("[data-event=ministerial-washington]") });
  await expect(ministerial).toHaveClass(/event--related/);
  const blinken = page.locator("li.event", { has: page.locator("[data-event=blinken-visit]") });
  await expect(blinken).not.toHaveClass(/event--related/);
});

test("selecting an event on the timeline highlights its places on the map", async ({ page }) => {
  await openApp(page);
  const button = page.getByTestId("timeline").locator("[data-event=ministerial-washington]");
  await button.click();
  await expect(button).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("details-name")).toHaveText("Reunión ministerial en Washington, D.C., con la delegación de México encabezada por la secretaria Alicia Bárcena");
  await expect(page.locator("path.marker[data-place=washington-dc]")).toHaveClass(/is-related/);
  await expect(page.locator("path.shape[data-place=united-states]")).toHaveClass(/is-related/);
  await expect(page.locator("path.shape[data-place=guatemala]")).not.toHaveClass(/is-related/);
});

test("scrubbing changes what the map shows, without inventing daily figures", async ({ page }) => {
  await openApp(page);
  const cursor = slider(page);
  await expect(cursor).toHaveAttribute("aria-valuetext", "23 de enero de 2024");
  await expect(page.locator("text.label", { hasText: "Guatemala · 36" })).toHaveCount(1);

  // 10 January: the flights period is running, so no counts yet.
  await cursor.fill("40");
  await expect(cursor).toHaveAttribute("aria-valuetext", "10 de enero de 2024");
  await expect(page.getByTestId("map-status")).toContainText("Vuelos en curso");
  await expect(page.getByTestId("flight-symbol").first()).toHaveClass(/symbol--running/);
  await expect(page.locator("text.label", { hasText: "·" })).toHaveCount(0);

  // With the keyboard: Home goes to 1 December, before the flights and the meetings.
  await cursor.focus();
  await page.keyboard.press("Home");
  await expect(cursor).toHaveAttribute("aria-valuetext", "1 de diciembre de 2023");
  await expect(page.getByTestId("flight-symbol").first()).toBeHidden();
  await expect(page.locator("path.marker[data-place=washington-dc]")).toHaveClass(/is-upcoming/);
  await page.keyboard.press("End");
  await expect(cursor).toHaveAttribute("aria-valuetext", "31 de enero de 2024");
  await expect(page.locator("path.marker[data-place=washington-dc]")).not.toHaveClass(/is-upcoming/);
});

test("previous and next step between events; play moves the cursor and pause stops it", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await openApp(page);
  await page.getByRole("button", { name: "Evento anterior" }).click();
  await expect(page.getByTestId("timeline-date")).toHaveText("21 de enero de 2024");
  await page.getByRole("button", { name: "Evento siguiente" }).click();
  await expect(page.getByTestId("timeline-date")).toHaveText("23 de enero de 2024");

  await slider(page).fill("0");
  await page.getByTestId("play").click();
  await expect(page.getByTestId("play")).toHaveAttribute("aria-label", "Pausar");
  // Reduced motion: the cursor jumps to the next event instead of sliding day by day.
  await expect(page.getByTestId("timeline-date")).toHaveText("27 de diciembre de 2023", { timeout: 5000 });
  await page.getByTestId("play").click();
  await expect(page.getByTestId("play")).toHaveAttribute("aria-label", "Reproducir");
  const paused = await page.getByTestId("timeline-date").textContent();
  // Watch the date for longer than one reduced-motion step (1.2 s): every sample must be the
  // paused one, not just a final look.
  const seen = new Set<string | null>();
  const since = Date.now();
  await expect(async () => {
    seen.add(await page.getByTestId("timeline-date").textContent());
    expect(Date.now() - since).toBeGreaterThan(1500);
  }).toPass({ intervals: [100], timeout: 5000 });
  expect([...seen]).toEqual([paused]);
});

test("a URL with a view reopens exactly that view", async ({ page }) => {
  await openApp(page, "/?lang=en&place=honduras&date=2024-01-10&layers=flights,networks&zoom=2&center=480,680");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("details-name")).toHaveText("Honduras");
  await expect(page.getByRole("slider", { name: "Map date" })).toHaveAttribute("aria-valuetext", "10 January 2024");
  await expect(page.getByTestId("layer-meetings")).not.toBeChecked();
  await expect(page.getByTestId("layer-networks")).toBeChecked();
  const viewBox = await page.getByTestId("map").getAttribute("viewBox");
  expect(viewBox!.split(" ").map(Number)[2]).toBeCloseTo(500, 0);
  // What was read is written back unchanged.
  expect(new URL(page.url()).searchParams.get("place")).toBe("honduras");
});

test("malformed parameters fall back to the default view", async ({ page, problems }) => {
  await openApp(page, "/?place=atlantis&date=2024-13-45&zoom=-3&layers=%%%&lang=xx&event=<b>");
  await expect(page.getByTestId("flights-total")).toHaveText("79 vuelos, 1–21 de enero de [2024]");
  await expect(page.getByTestId("details-name")).toHaveCount(0);
  await expect(slider(page)).toHaveAttribute("aria-valuetext", "23 de enero de 2024");
  expect(problems.consoleErrors).toEqual([]);
});

test("a selection adds a history entry; back and forward restore it; scrubbing replaces", async ({ page }) => {
  await openApp(page);
  const length = () => page.evaluate(() => history.length);
  const start = await length();
  await page.locator("[data-testid=flight-symbol][data-place=guatemala]").click();
  await expect(page).toHaveURL(/place=guatemala/);
  await page.getByTestId("timeline").locator("[data-event=blinken-visit]").click();
  await expect(page).toHaveURL(/event=blinken-visit/);
  expect(await length()).toBe(start + 2);
  await slider(page).fill("20");
  await slider(page).fill("21");
  await expect(page).toHaveURL(/date=2023-12-22/);
  expect(await length()).toBe(start + 2);

  await page.goBack();
  await expect(page).toHaveURL(/place=guatemala/);
  await expect(page.getByTestId("details-name")).toHaveText("Guatemala");
  await page.goBack();
  await expect(page.getByTestId("details-name")).toHaveCount(0);
  await page.goForward();
  await expect(page.getByTestId("details-name")).toHaveText("Guatemala");
});

test("each selection gets its own history entry, even one replaced before it was painted", async ({ page }) => {
  await openApp(page);
  const start = await page.evaluate(() => history.length);
  // The entry is written once the selection is on screen: a second selection in the next task,
  // before that frame, must not take the first one's place.
  await page.evaluate(async () => {
    const press = (id: string) =>
      document.querySelector(`[data-testid=flight-symbol][data-place=${id}]`)!
        .dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
    press("guatemala");
    await new Promise((resolve) => setTimeout(resolve, 0));
    press("honduras");
  });
  await expect(page).toHaveURL(/place=honduras/);
  await expect.poll(() => page.evaluate(() => history.length)).toBe(start + 2);
  await page.goBack();
  await expect(page).toHaveURL(/place=guatemala/);
  await expect(page.getByTestId("details-name")).toHaveText("Guatemala");
});

test("switching the language keeps the view and changes <html lang> and the texts", async ({ page }) => {
  await openApp(page);
  await page.locator("[data-testid=flight-symbol][data-place=honduras]").click();
  await page.getByRole("button", { name: "Acercar" }).click();
  const viewBox = await page.getByTestId("map").getAttribute("viewBox");
  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("details-flights")).toHaveText("23 flights");
  expect(await page.getByTestId("map").getAttribute("viewBox")).toBe(viewBox);
  await expect(page).toHaveURL(/lang=en/);
  await expect(page).toHaveURL(/place=honduras/);
  await expect(page.getByTestId("flights-total")).toHaveText("79 flights, 1–21 January [2024]");
  // The map's shapes, which the app keeps as the page wrote them in Spanish, are named in
  // English, and their layer says so.
  const mexico = page.locator("svg.map .layer-base [data-place=mexico]");
  await expect(mexico).toHaveAttribute("aria-label", "Mexico: 27 December [2023]");
  await expect(page.locator("svg.map .layer-base")).toHaveAttribute("lang", "en");
  // The footer too, its corrections log the English one.
  await expect(page.locator("footer.colophon")).toHaveAttribute("lang", "en");
  await expect(page.locator(".colophon__source")).toHaveText(/^Source: /);
  await expect(page.getByTestId("data-version").getByRole("link")).toHaveAttribute("href", /en\/corrections\/$/);
});

test("the flights table sorts by flights and by name, and its rows select on the map", async ({ page }) => {
  await openApp(page);
  const table = page.getByTestId("flights-table");
  const firstRow = () => table.locator("tbody tr").first().locator("th");
  const flightsHeader = table.locator("th", { has: page.locator("[data-sort=flights]") });
  await table.locator("[data-sort=flights]").click();
  await expect(flightsHeader).toHaveAttribute("aria-sort", "descending");
  await expect(firstRow()).toContainText("Guatemala");
  await table.locator("[data-sort=flights]").click();
  await expect(flightsHeader).toHaveAttribute("aria-sort", "ascending");
  await expect(table.locator("tbody tr").first().locator("td.flights")).toHaveText("1");
  await table.locator("[data-sort=destination]").click();
  await expect(firstRow()).toContainText("Colombia");
  await expect(flightsHeader).toHaveAttribute("aria-sort", "none");

  await table.locator("button[data-place=el-salvador]").click();
  await expect(page.getByTestId("details-name")).toHaveText("El Salvador");
  await expect(page.locator("path.shape[data-place=el-salvador]")).toHaveAttribute("aria-pressed", "true");
});
