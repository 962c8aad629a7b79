/**
 * Every path on the site, in one place. Paths here are root-relative without
 * the base path; `withBase` adds it, so the site works at / and under /portal/.
 */
import { COLLECTION_LABELS } from "../../model/labels.ts";

export const paths = {
  home: () => "/",
  programme: () => "/programme/",
  pillar: (pillarId: string) => `/programme/#${pillarId}`,
  /** 成果统计: the list of years, one page per year, one CSV per table. */
  stats: () => "/programme/stats/",
  statsYear: (year: number) => `/programme/stats/${year}/`,
  statsCsv: (year: number, table: string) => `/programme/stats/${year}/${table}.csv`,
  rules: () => "/rules/",
  rule: (id: string) => `/rules/${id}/`,
  ruleArticle: (id: string, articleAnchor: string) => `/rules/${id}/#${articleAnchor}`,
  study: () => "/study/",
  chapter: (id: string) => `/study/${id}/`,
  /** The whole compilation on one page, for printing. */
  studyPrint: () => "/study/print/",
  books: () => "/books/",
  book: (id: string) => `/books/${id}/`,
  articles: () => "/articles/",
  article: (id: string) => `/articles/${id}/`,
  siteMap: () => "/sitemap/",
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : "/search/"),
  rss: () => "/rss.xml",
  sitemapXml: () => "/sitemap.xml",
} as const;

/** Joins the configured base path ("/" or "/portal/") and a root-relative path. */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith("/") ? base.slice(0, -1) : base;
  const rooted = path.startsWith("/") ? path : `/${path}`;
  return `${trimmedBase}${rooted}`;
}

/** An absolute URL for feeds and sitemaps: site address + base + path. */
export function absoluteUrl(siteUrl: string, base: string, path: string): string {
  return new URL(withBase(base, path), siteUrl).href;
}

/** The main sections, in navigation order, with the names government-site tools read. */
export const SECTIONS = [
  { key: "home", title: "首页", path: paths.home(), columnType: "首页" },
  { key: "programme", title: "五型建设", path: paths.programme(), columnType: "工作动态" },
  { key: "rules", title: COLLECTION_LABELS.rules, path: paths.rules(), columnType: "政策文件" },
  { key: "study", title: COLLECTION_LABELS.study, path: paths.study(), columnType: "学习资料" },
  { key: "books", title: COLLECTION_LABELS.books, path: paths.books(), columnType: "学习资料" },
  { key: "articles", title: COLLECTION_LABELS.articles, path: paths.articles(), columnType: "调查研究" },
] as const;

export type SectionKey = (typeof SECTIONS)[number]["key"];

export function section(key: SectionKey) {
  return SECTIONS.find((s) => s.key === key) as (typeof SECTIONS)[number];
}
