import { test, expect, openApp, focused, tabWalk } from "./fixtures";

test("keyboard only: every control is reachable with visible focus, and the main tasks work", async ({ page }) => {
  await openApp(page);
  const stops = await tabWalk(page);
  expect(stops.filter((stop) => !stop.visible).map((stop) => `${stop.tag}:${stop.key}`)).toEqual([]);
  const keys = stops.map((stop) => `${stop.tag}:${stop.key}`).join("\n");
  for (const expected of ["share-link", "open-embed", "Acercar", "guatemala", "chiapas", "washington-dc", "otay-mesa-ii-east", "romania", "play", "timeline-cursor", "blinken-visit", "flights", "layer-networks"]) {
    expect(keys, `${expected} is reachable by Tab`).toContain(expected);
  }

  // Select a country and an event, play and pause, switch the language, open the embed
  // dialog: all with the keyboard.
  const tabTo = async (predicate: (key: string) => boolean) => {
    await page.locator("body").focus();
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    for (let i = 0; i < 250; i++) {
      await page.keyboard.press("Tab");
      if (predicate((await focused(page)).key)) return;
    }
    throw new Error("not reachable");
  };
  await tabTo((key) => key === "guatemala");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("details-flights")).toHaveText("36 vuelos");
  await tabTo((key) => key === "ministerial-washington");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("details-name")).toHaveText("Reunión ministerial en Washington, D.C., con la delegación de México encabezada por la secretaria Alicia Bárcena");
  await tabTo((key) => key === "play");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("play")).toHaveAttribute("aria-label", "Pausar");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("play")).toHaveAttribute("aria-label", "Reproducir");
  await tabTo((key) => key.startsWith("Cambiar el idioma"));
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await tabTo((key) => key === "open-embed");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("embed-code")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("embed-code")).toBeHidden();
});

test("print puts the map, the table and the source line on paper, without controls", async ({ page }) => {
  await openApp(page, "/?embed=1");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("map")).toBeVisible();
  await expect(page.getByTestId("flights-table")).toBeVisible();
  await expect(page.locator(".colophon__source")).toBeVisible();
  await expect(page.getByTestId("share-link")).toBeHidden();
  await expect(page.getByRole("button", { name: "Acercar" })).toBeHidden();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test("screen readers get a text summary of the map and a brief announcement of a selection", async ({ page }) => {
  await openApp(page);
  const map = page.getByTestId("map");
  await expect(map).toHaveAttribute("aria-describedby", "map-summary");
  await expect(page.locator("#map-summary")).toContainText("Guatemala 36, Honduras 23");
  await expect(page.locator("path.shape[data-place=honduras]")).toHaveAccessibleName(/^Honduras: 23 vuelos/);
  await page.locator("path.shape[data-place=honduras]").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("announcer")).toHaveText(/^Honduras: 23 vuelos/);
  await expect(page.getByTestId("announcer")).toHaveAttribute("aria-live", "polite");
});
