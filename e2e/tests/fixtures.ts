import { test as base, expect, type Page } from "@playwright/test";

/** What went wrong on the page while a test ran: console errors and failed requests. */
export type PageProblems = { consoleErrors: string[]; failedRequests: string[] };

/**
 * Every test's `page` records console errors, uncaught exceptions and failed or non-OK
 * requests. The fixture is automatic: after each test it fails on any console error, unless
 * the test declares with `test.use({ expectConsoleErrors: true })` that it provokes them
 * (a deliberate panic, a wasm that cannot load).
 */
export const test = base.extend<{ problems: PageProblems; expectConsoleErrors: boolean }>({
  expectConsoleErrors: [false, { option: true }],
  problems: [
    async ({ page, expectConsoleErrors }, use) => {
      const problems: PageProblems = { consoleErrors: [], failedRequests: [] };
      page.on("console", (message) => {
        if (message.type() === "error") problems.consoleErrors.push(message.text());
      });
      page.on("pageerror", (error) => problems.consoleErrors.push(String(error)));
      page.on("requestfailed", (request) =>
        problems.failedRequests.push(`${request.url()} ${request.failure()?.errorText ?? ""}`),
      );
      page.on("response", (response) => {
        if (response.status() >= 400) problems.failedRequests.push(`${response.url()} ${response.status()}`);
      });
      await use(problems);
      if (!expectConsoleErrors) {
        expect(problems.consoleErrors, "console errors while the test ran").toEqual([]);
      }
    },
    { auto: true },
  ],
});

export { expect };

/** Opens `path` and waits until the wasm app has mounted. */
export async function openApp(page: Page, path = "/"): Promise<void> {
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("data-app-state", "ready");
}

/** What has focus, and whether it shows it: an outline, or for SVG marks the focus stroke. */
export async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const focus = getComputedStyle(document.documentElement).getPropertyValue("--focus").trim();
    const probe = document.createElement("span");
    probe.style.color = focus;
    document.body.appendChild(probe);
    const focusRgb = getComputedStyle(probe).color;
    probe.remove();
    const svg = el instanceof SVGElement;
    return {
      key:
        el.getAttribute("data-place") ||
        el.getAttribute("data-event") ||
        el.getAttribute("data-testid") ||
        el.getAttribute("data-sort") ||
        el.id ||
        (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40),
      tag: el.tagName,
      // Not a 1 px visually hidden box: the reader can see what has focus.
      shown: el.getBoundingClientRect().width > 2 && el.getBoundingClientRect().height > 2,
      visible: svg ? style.stroke === focusRgb : style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
    };
  });
}

/** Presses Tab until focus leaves the page or comes back round: every stop, in order. */
export async function tabWalk(page: Page) {
  const stops: Awaited<ReturnType<typeof focused>>[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < 250; i++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    const id = `${now.tag}:${now.key}`;
    if (now.tag === "BODY" || seen.has(id)) break;
    seen.add(id);
    stops.push(now);
  }
  return stops;
}
