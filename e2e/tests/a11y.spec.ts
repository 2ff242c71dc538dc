import AxeBuilder from "@axe-core/playwright";
import { test, expect, openApp } from "./fixtures";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoViolations(page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(summary, `axe violations in ${label}`).toEqual([]);
}

test("no axe violations in the default view, with a place and with an event selected", async ({ page }) => {
  await openApp(page);
  await expectNoViolations(page, "the default view");
  await page.locator("[data-testid=flight-symbol][data-place=guatemala]").click();
  await expectNoViolations(page, "a place selected");
  await page.getByTestId("timeline").locator("[data-event=ministerial-washington]").click();
  await expectNoViolations(page, "an event selected");
});

test("no axe violations in the table view with sources open, and in English", async ({ page }) => {
  await openApp(page, "/?lang=en");
  await page.getByTestId("flights-table").locator("[data-sort=flights]").click();
  await page.getByTestId("flights-table").locator("summary").first().click();
  await page.getByTestId("events-table").scrollIntoViewIfNeeded();
  await expectNoViolations(page, "the table view in English");
});

test("no axe violations in dark mode, in embed mode and at 320 px wide", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await openApp(page);
  await expectNoViolations(page, "dark mode");
  await page.emulateMedia({ colorScheme: "light" });
  await openApp(page, "/?embed=1&theme=dark");
  await expectNoViolations(page, "embed mode, dark theme");
  await page.setViewportSize({ width: 320, height: 800 });
  await openApp(page, "/?place=honduras");
  await expectNoViolations(page, "320 px wide");
});

test("the corrections log is a page of its own in each language, reached from the footer, with no axe violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") violations.push(message.text());
  });
  for (const [start, lang, heading, row] of [
    ["/?lang=es", "es", "Registro de correcciones", "un cruce fronterizo"],
    ["/en/?lang=en", "en", "Corrections log", "a border crossing"],
  ] as const) {
    await openApp(page, start);
    const footer = page.getByTestId("data-version");
    await expect(footer).toContainText(lang === "es" ? "Datos: versión 4, actualizados el 2 de diciembre de 2026." : "Data: version 4, updated 2 December 2026.");
    await footer.getByRole("link").click();
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    // Every correction, newest first.
    const rows = page.locator("tbody tr");
    await expect(rows).toHaveCount(10);
    await expect(rows.first().locator("td").nth(1)).toHaveText("4");
    await expect(rows.last().locator("td").nth(1)).toHaveText("2");
    await expect(page.locator("tbody")).toContainText(row);
    expect(await page.locator("script").count()).toBe(0);
    await expectNoViolations(page, `the ${lang} corrections log`);
    // And back to the map.
    await page.getByRole("link", { name: lang === "es" ? "Volver al mapa" : "Back to the map" }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(new URL(start, "http://x").pathname);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.locator("html")).toHaveAttribute("data-app-state", "ready");
  }
  // No inline style refused by the policy, no other console error.
  expect(violations).toEqual([]);
});
