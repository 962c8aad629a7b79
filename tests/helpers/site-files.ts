/** Reading a built site: its pages, their links, and whether each link resolves. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { fileFor } from "../../scripts/common/static-server.ts";

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

/** The URL path a file is served at: rules/x/index.html → /portal/rules/x/. */
export function urlPathOf(relativeFile: string, base: string): string {
  const withoutIndex = relativeFile.replace(/(^|\/)index\.html$/, "$1");
  return `${base}${withoutIndex}`;
}

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

const ORIGIN = "http://site.invalid";

/** Every internal href/src on every page that does not resolve to a file, or to an id in that file. */
export function brokenLinks(dist: string, base: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const file of htmlFiles(dist)) {
    const pageUrl = new URL(urlPathOf(file, base), ORIGIN);
    const page = readPage(path.join(dist, file));
    const links = [
      ...page.querySelectorAll("a[href], link[href]").map((el) => el.getAttribute("href") as string),
      ...page.querySelectorAll("img[src], script[src]").map((el) => el.getAttribute("src") as string),
    ];
    for (const link of links) {
      const target = new URL(link, pageUrl);
      if (target.origin !== ORIGIN) continue; // another site, or mailto:
      const targetFile = fileFor(dist, base, target.pathname);
      if (!targetFile) {
        broken.push({ page: file, link, reason: "no such file" });
        continue;
      }
      if (target.hash && targetFile.endsWith(".html")) {
        const id = decodeURIComponent(target.hash.slice(1));
        const targetPage = readPage(targetFile);
        if (!targetPage.getElementById(id))
          broken.push({ page: file, link, reason: `no element with id "${id}"` });
      }
    }
  }
  return broken;
}
