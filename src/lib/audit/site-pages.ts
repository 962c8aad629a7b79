/**
 * A built page as the audit reads it: its URL, its government-site meta
 * (SiteName, ColumnName, ArticleTitle, PubDate…), the ids it defines and the
 * links it makes. Parsing only; reading dist/ is the caller's.
 */
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";

export interface PageLink {
  /** As written in the attribute. */
  href: string;
  /** Inside <main>: the page's own content rather than the header, navigation or footer. */
  inMain: boolean;
}

export interface SitePage {
  /** Relative to dist, forward slashes: rules/x/index.html. */
  file: string;
  /** The URL path it is served at, with the base: /portal/rules/x/. */
  urlPath: string;
  /** <meta name=… content=…>, the first of each name. */
  meta: Readonly<Record<string, string>>;
  ids: ReadonlySet<string>;
  links: PageLink[];
  /** <link rel="canonical">, when there is one. */
  canonical?: string | undefined;
}

/** The URL path a file is served at: rules/x/index.html → /portal/rules/x/. */
export function urlPathOf(relativeFile: string, base: string): string {
  const withoutIndex = relativeFile.replace(/(^|\/)index\.html$/, "$1");
  return `${base}${withoutIndex}`;
}

const LINKING = "a[href], link[href], img[src], script[src]";
const attributeOf = (el: HTMLElement) =>
  el.getAttribute(el.tagName === "IMG" || el.tagName === "SCRIPT" ? "src" : "href") ?? "";

export function parseSitePage(file: string, html: string, base: string): SitePage {
  const doc = parse(html);
  const meta: Record<string, string> = {};
  for (const el of doc.querySelectorAll("meta[name]")) {
    const name = el.getAttribute("name") as string;
    if (!(name in meta)) meta[name] = (el.getAttribute("content") ?? "").trim();
  }
  const ids = new Set<string>();
  for (const el of doc.querySelectorAll("[id]")) ids.add(el.getAttribute("id") as string);
  const inMain = new Set(doc.querySelectorAll("main").flatMap((m) => m.querySelectorAll(LINKING)));
  const links = doc
    .querySelectorAll(LINKING)
    .map((el) => ({ href: attributeOf(el), inMain: inMain.has(el) }));
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href");
  return { file, urlPath: urlPathOf(file, base), meta, ids, links, canonical };
}

/**
 * The file (relative to dist) that a same-site URL path resolves to, given
 * every file in dist, as a plain static server resolves it: a directory path
 * serves its index.html, a path without a trailing slash may name a file or a
 * directory. Undefined when nothing matches or the path is outside the base.
 */
export function resolveSitePath(
  files: ReadonlySet<string>,
  base: string,
  urlPath: string,
): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  let rest: string;
  try {
    rest = decodeURIComponent(urlPath.slice(base.length));
  } catch {
    return undefined;
  }
  const candidates = rest === "" || rest.endsWith("/") ? [`${rest}index.html`] : [rest, `${rest}/index.html`];
  for (const candidate of candidates) {
    const normal = path.posix.normalize(candidate).replace(/^\/+/, "");
    if (normal.startsWith("../")) continue;
    if (files.has(normal)) return normal;
  }
  return undefined;
}

/**
 * The base path a site was built for, read from its home page's canonical
 * link (https://example.gov.cn/portal/ → /portal/), or undefined.
 */
export function baseFromHome(home: Pick<SitePage, "canonical"> | undefined): string | undefined {
  if (!home?.canonical) return undefined;
  try {
    const pathname = new URL(home.canonical).pathname;
    return pathname.endsWith("/") ? pathname : `${pathname}/`;
  } catch {
    return undefined;
  }
}
