/**
 * What a reader's browser downloads for one page before any interaction:
 * the page is opened in headless Chromium against the built site and every
 * request until the network is idle is recorded, then sized from dist/
 * (raw and gzip, as a web server would send it compressed).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "node-html-parser";
import { launchChromium } from "../../common/browser.ts";
import { fileFor, serveStatic } from "../../common/static-server.ts";

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  /** Site path of the page, e.g. /rules/law-00042/. */
  page: string;
  requests: number;
  /** Site paths of the same-origin files loaded, in request order. */
  files: string[];
  /** Requests to another origin (there should be none). */
  external: number;
  /** The HTML document itself (including any inline <style> and <script>). */
  html: Bytes;
  /** Stylesheets: external files plus the inline <style> text counted within html. */
  css: Bytes;
  /** Scripts, the same way. */
  js: Bytes;
  /** Images, icons and anything else loaded. */
  other: Bytes;
  /** Everything transferred: the document plus every file it loaded. */
  total: Bytes;
}

export const sizeOf = (content: string | Buffer): Bytes => ({
  raw: Buffer.byteLength(content),
  gzip: gzipSync(content).length,
});

const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Bytes = { raw: 0, gzip: 0 };

export type ResourceKind = "html" | "css" | "js" | "other";

export function kindOf(file: string): ResourceKind {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".html") return "html";
  if (ext === ".css") return "css";
  if (ext === ".js" || ext === ".mjs") return "js";
  return "other";
}

/** The inline stylesheet and script text of a page (already inside its HTML bytes). */
export function inlineAssets(html: string): { css: Bytes; js: Bytes } {
  const root = parse(html);
  const css = root
    .querySelectorAll("style")
    .map((s) => s.rawText)
    .join("\n");
  const js = root
    .querySelectorAll("script")
    .filter((s) => !s.hasAttribute("src") && !/json/.test(s.getAttribute("type") ?? ""))
    .map((s) => s.rawText)
    .join("\n");
  return { css: css ? sizeOf(css) : ZERO, js: js ? sizeOf(js) : ZERO };
}

/** Files of `dir` with their size; the median by size (the lower middle for an even count). */
export function medianBySize<T extends { size: number }>(items: readonly T[]): T | undefined {
  const sorted = [...items].sort((a, b) => a.size - b.size);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** /rules/<id>/ of the rule page whose HTML is the median size. */
export function medianRulePage(dist: string): string | undefined {
  const rulesDir = path.join(dist, "rules");
  const pages = readdirSync(rulesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => ({ id: e.name, size: statSync(path.join(rulesDir, e.name, "index.html")).size }));
  const median = medianBySize(pages);
  return median && `/rules/${median.id}/`;
}

/** Opens `page` of the site built in `dist` (base /) and sizes what it loads before any interaction. */
export async function measurePageWeight(dist: string, page: string): Promise<PageWeight> {
  const server = await serveStatic(dist, "/");
  const chromium = await launchChromium();
  try {
    const context = await chromium.browser.newContext();
    const tab = await context.newPage();
    const urls: string[] = [];
    tab.on("request", (request) => void urls.push(request.url()));
    await tab.goto(`${server.origin}${page}`, { waitUntil: "load" });
    await tab.waitForLoadState("networkidle");
    await context.close();

    const weight: PageWeight = {
      page,
      requests: urls.length,
      files: [],
      external: 0,
      html: ZERO,
      css: ZERO,
      js: ZERO,
      other: ZERO,
      total: ZERO,
    };
    for (const url of urls) {
      const parsed = new URL(url);
      if (parsed.origin !== server.origin) {
        if (!url.startsWith("data:")) weight.external++;
        continue;
      }
      const file = fileFor(dist, "/", parsed.pathname);
      if (!file) continue;
      weight.files.push(parsed.pathname);
      const content = readFileSync(file);
      const bytes = sizeOf(content);
      const kind = kindOf(file);
      weight[kind] = add(weight[kind], bytes);
      weight.total = add(weight.total, bytes);
      if (kind === "html") {
        const inline = inlineAssets(content.toString("utf8"));
        weight.css = add(weight.css, inline.css);
        weight.js = add(weight.js, inline.js);
      }
    }
    return weight;
  } finally {
    await chromium.close();
    await server.close();
  }
}
