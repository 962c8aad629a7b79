/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA) over many pages of a built site in
 * Debian's Chromium. Each page is loaded once; each reading mode is then
 * applied the way the 阅读设置 controls apply it (attributes on <html>) and axe
 * runs again, which is what makes every page in every mode affordable.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { launchChromium } from "./browser.ts";
import { serveStatic } from "./static-server.ts";

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  /** How many elements fail. */
  nodes: number;
  /** CSS selectors of the first few failing elements. */
  targets: string[];
}

export interface AxeMode {
  name: string;
  /** Attributes set on <html> (null removes one), as src/lib/reading/preferences.ts maps a choice. */
  attributes: Record<string, string | null>;
}

export interface AxePageResult {
  urlPath: string;
  /** The reading mode, when modes were given. */
  mode?: string | undefined;
  /** HTTP status of the page (404 for the not-found page). */
  status: number;
  violations: AxeViolation[];
}

export interface AxePagesOptions {
  /** Reading modes to check each page in; default: the page as it loads. */
  modes?: readonly AxeMode[];
  /** Called after a page has loaded, before axe runs: e.g. wait for search results. */
  ready?: (page: Page, urlPath: string) => Promise<void>;
  /** Extra response headers, e.g. the production Content-Security-Policy. */
  headers?: Record<string, string>;
}

const axeSource = () => {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
};

interface RawViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[] }[];
}

interface AxeGlobal {
  axe: { run(context: Document, options: object): Promise<{ violations: RawViolation[] }> };
}

async function runAxe(page: Page): Promise<AxeViolation[]> {
  const raw = await page.evaluate(
    async (tags) =>
      // axe is the global that axe.min.js defines.
      (await (window as unknown as AxeGlobal).axe.run(document, { runOnly: { type: "tag", values: tags } }))
        .violations,
    AXE_TAGS,
  );
  return raw.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.length,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
  }));
}

async function applyMode(page: Page, mode: AxeMode): Promise<void> {
  await page.evaluate((attributes) => {
    const root = document.documentElement;
    for (const [name, value] of Object.entries(attributes)) {
      if (value === null) root.removeAttribute(name);
      else root.setAttribute(name, value);
    }
  }, mode.attributes);
  // Let style recalculation and any transition settle before measuring contrast.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/** Serves `dist` under `base`, opens each URL path (with its query) and runs axe in each mode. */
export async function axePages(
  dist: string,
  base: string,
  urlPaths: readonly string[],
  options: AxePagesOptions = {},
): Promise<AxePageResult[]> {
  const server = await serveStatic(dist, base, { headers: options.headers ?? {} });
  const chromium = await launchChromium();
  const source = axeSource();
  const results: AxePageResult[] = [];
  try {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    for (const urlPath of urlPaths) {
      const response = await page.goto(`${server.origin}${urlPath}`, { waitUntil: "load" });
      const status = response?.status() ?? 0;
      await options.ready?.(page, urlPath);
      // evaluate() is not subject to the page's Content-Security-Policy, unlike an injected <script>.
      await page.evaluate(source);
      const modes = options.modes ?? [undefined];
      for (const mode of modes) {
        if (mode) await applyMode(page, mode);
        results.push({ urlPath, mode: mode?.name, status, violations: await runAxe(page) });
      }
    }
    await context.close();
  } finally {
    await chromium.close();
    await server.close();
  }
  return results;
}

/** One line per failing element group, for a test failure or a report. */
export function describeViolations(results: readonly AxePageResult[]): string[] {
  return results.flatMap((result) =>
    result.violations.map(
      (v) =>
        `${result.urlPath}${result.mode ? `（${result.mode}）` : ""}: ${v.id} (${v.impact ?? "?"}) ${v.help} — ${v.nodes} 处：${v.targets.join("; ")}`,
    ),
  );
}
