/** Reading a built site: its pages, their links, and whether each link resolves. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { fileFor } from "../../scripts/common/static-server.ts";
import { brokenLinks as findBrokenLinks, type BrokenLink } from "../../src/lib/audit/links.ts";
import { parseSitePage, urlPathOf } from "../../src/lib/audit/site-pages.ts";

export { fileFor };

/** Every .html file under `dist`, as paths relative to it with forward slashes. */
export function htmlFiles(dist: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".html")) found.push(path.relative(dist, full).split(path.sep).join("/"));
    }
  };
  walk(dist);
  return found.sort();
}

const pageCache = new Map<string, HTMLElement>();
export function readPage(file: string): HTMLElement {
  let page = pageCache.get(file);
  if (!page) {
    page = parse(readFileSync(file, "utf8"));
    pageCache.set(file, page);
  }
  return page;
}

export { urlPathOf };

/**
 * Every internal href/src on every page that does not resolve to a file, or to
 * an id in that file (the same check as npm run audit, src/lib/audit/links.ts).
 */
export function brokenLinks(dist: string, base: string): BrokenLink[] {
  const all = allFiles(dist);
  const pages = all
    .filter((f) => f.endsWith(".html"))
    .map((f) => parseSitePage(f, readFileSync(path.join(dist, f), "utf8"), base));
  return findBrokenLinks(pages, new Set(all), base);
}

/** Every file under `dist`, relative with forward slashes. */
function allFiles(dist: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else found.push(path.relative(dist, full).split(path.sep).join("/"));
    }
  };
  walk(dist);
  return found;
}

export type { BrokenLink };
