/** Debian's Chromium driven by playwright-core (Playwright cannot download its own browser here). */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

const CANDIDATES = [process.env["CHROMIUM_PATH"], "/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** Debian's Chromium (or CHROMIUM_PATH), when it is installed. */
export function findChromium(): string | undefined {
  return CANDIDATES.find((p): p is string => !!p && existsSync(p));
}

export async function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error(
      "Chromium not found: run `bash scripts/setup/ensure-test-tools.sh` (npm test does this).",
    );
  const browser = await chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  return {
    browser,
    // Playwright gives each launch a fresh, temporary profile and removes it on close.
    close: () => browser.close(),
  };
}
