/**
 * The built site served over HTTP and opened in Debian's Chromium: one server
 * and one browser per test file, a fresh browser context (own storage,
 * viewport, JavaScript on or off) per page.
 */
import type { Browser, BrowserContextOptions, Page, Response } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "../../scripts/common/browser.ts";
import { serveStatic, type StaticServer } from "../../scripts/common/static-server.ts";

export interface OpenedPage {
  page: Page;
  response: Response | null;
  /** Console errors, page errors and requests to other origins seen so far. */
  problems: string[];
  close(): Promise<void>;
}

export interface BrowserSite {
  readonly origin: string;
  readonly browser: Browser;
  url(urlPath: string): string;
  open(urlPath: string, options?: BrowserContextOptions & { width?: number }): Promise<OpenedPage>;
}

/**
 * Registers beforeAll/afterAll hooks that serve `dist` under `base` (with
 * extra response `headers`, e.g. a Content-Security-Policy) and launch Chromium.
 */
export function useBrowserSite(
  dist: () => string,
  base: string,
  options: { headers?: Record<string, string> } = {},
): BrowserSite {
  let server: StaticServer;
  let chromium: { browser: Browser; close(): Promise<void> };
  beforeAll(async () => {
    server = await serveStatic(dist(), base, options);
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  const site: BrowserSite = {
    get origin() {
      return server.origin;
    },
    get browser() {
      return chromium.browser;
    },
    url: (urlPath) => `${server.origin}${base}${urlPath}`,
    async open(urlPath, { width = 1280, ...options } = {}) {
      const context = await chromium.browser.newContext({ viewport: { width, height: 800 }, ...options });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      page.on("request", (r) => {
        if (!r.url().startsWith(server.origin) && !r.url().startsWith("data:"))
          problems.push(`external request: ${r.url()}`);
      });
      const response = await page.goto(site.url(urlPath));
      return { page, response, problems, close: () => context.close() };
    },
  };
  return site;
}
