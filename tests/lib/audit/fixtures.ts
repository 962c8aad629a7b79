/** Small built pages for the audit's unit tests. */
import { parseSitePage, type SitePage } from "../../../src/lib/audit/site-pages.ts";

export interface FixturePage {
  /** Relative to dist: rules/x/index.html. */
  file: string;
  column?: string;
  title?: string;
  pubDate?: string;
  /** Links inside <main>. */
  links?: string[];
  /** Links in the header, outside <main>. */
  navLinks?: string[];
  ids?: string[];
}

export function pageHtml(p: Omit<FixturePage, "file">): string {
  const meta = [
    '<meta name="SiteName" content="测试站点">',
    p.column ? `<meta name="ColumnName" content="${p.column}">` : "",
    p.title ? `<meta name="ArticleTitle" content="${p.title}">` : "",
    p.pubDate ? `<meta name="PubDate" content="${p.pubDate}">` : "",
  ].join("");
  const a = (href: string) => `<a href="${href}">链接</a>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${p.title ?? "页面"}</title>${meta}</head><body><header>${(p.navLinks ?? []).map(a).join("")}</header><main>${(p.ids ?? []).map((id) => `<p id="${id}">段落</p>`).join("")}${(p.links ?? []).map(a).join("")}</main></body></html>`;
}

export function sitePages(pages: readonly FixturePage[], base = "/"): SitePage[] {
  return pages.map((p) => parseSitePage(p.file, pageHtml(p), base));
}

/** A site with a home page, one list page per column and content pages dated as given. */
export function siteWith(columns: Record<string, { path: string; dates: string[] }>, base = "/"): SitePage[] {
  const pages: FixturePage[] = [{ file: "index.html" }];
  for (const [name, { path, dates }] of Object.entries(columns)) {
    const ids = dates.map((_, i) => `${path}item-${i}/`);
    pages.push({ file: `${path}index.html`, column: name, links: ids.map((id) => `${base}${id}`) });
    dates.forEach((date, i) =>
      pages.push({ file: `${ids[i]}index.html`, column: name, title: `${name}${i}`, pubDate: date }),
    );
  }
  return sitePages(pages, base);
}
