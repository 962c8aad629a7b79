/**
 * The booklet's HTML laid out by Paged.js in headless Chromium and printed to
 * PDF by Chromium, with the document outline (bookmarks from the headings) and
 * tags. Paged.js is loaded from node_modules into the page; the page loads
 * nothing else (no network: fonts are the system's, embedded by Chromium).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { launchChromium } from "../../common/browser.ts";

const require = createRequire(import.meta.url);

/** Paged.js's browser build (the polyfill that paginates the document on load). */
export function pagedJs(): string {
  // The package exports no path to its browser build: find it beside the module it does export (lib/index.cjs).
  return readFileSync(
    path.join(path.dirname(require.resolve("pagedjs")), "../dist/paged.polyfill.js"),
    "utf8",
  );
}

export async function renderPdf(html: string): Promise<Buffer> {
  const chromium = await launchChromium();
  try {
    const { browser } = chromium;
    const page = await browser.newPage();
    // A book-sized document: no request leaves the page.
    await page.route("**/*", (route) => route.abort());
    await page.setContent(html, { waitUntil: "load", timeout: 0 });
    await page.waitForFunction(() => (window as { bookReady?: boolean }).bookReady === true, undefined, {
      timeout: 0,
      polling: 500,
    });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
  } finally {
    await chromium.close();
  }
}
