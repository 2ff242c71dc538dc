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
