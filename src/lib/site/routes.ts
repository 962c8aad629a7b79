/**
 * Every path on the site, in one place. Paths here are root-relative without
 * the base path; `withBase` adds it, so the site works at / and under /portal/.
 */
import type { ColumnType } from "./gov-meta.ts";
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
  sessions: () => "/sessions/",
  session: (id: string) => `/sessions/${id}/`,
  /** 学习安排 as iCalendar: the subscription feed, and one file per session. */
  sessionsCalendar: () => "/sessions.ics",
  sessionCalendar: (id: string) => `/sessions/${id}.ics`,
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

/**
 * The main sections, in navigation order. Each one but the home page is a
 * column (栏目) to government-site tools: its description, keywords and
 * type go into the Column* meta of its pages (gov-meta.ts).
 */
export const SECTIONS = [
  { key: "home", title: "首页", path: paths.home(), column: undefined },
  {
    key: "programme",
    title: "五型建设",
    path: paths.programme(),
    column: {
      type: "专题专栏",
      description: "“五型”组工干部队伍建设：五看五比、五型的内涵、量化要求和各科室的成果统计。",
      keywords: ["五型组工干部", "五看五比", "队伍建设", "成果统计"],
    },
  },
  {
    key: "rules",
    title: COLLECTION_LABELS.rules,
    path: paths.rules(),
    column: {
      type: "信息公开",
      description: "部机关现行的工作制度和规范，附历次修订情况。",
      keywords: ["规章制度", "工作制度", "组织工作"],
    },
  },
  {
    key: "study",
    title: COLLECTION_LABELS.study,
    path: paths.study(),
    column: {
      type: "专题专栏",
      description: "组工干部业务学习用的法律法规和党内法规选编，可在线阅读和打印。",
      keywords: ["学习资料", "选编", "法律法规", "党内法规"],
    },
  },
  {
    key: "sessions",
    title: COLLECTION_LABELS.sessions,
    path: paths.sessions(),
    column: {
      type: "政务动态",
      description: "周五集中学习日的学习安排：专题、时间、地点、形式和学习材料，以及每次的学习小结。",
      keywords: ["周五集中学习日", "学习安排", "集中学习"],
    },
  },
  {
    key: "books",
    title: COLLECTION_LABELS.books,
    path: paths.books(),
    column: {
      type: "专题专栏",
      description: "每月一本推荐书目，附推荐理由和读书思考题。",
      keywords: ["推荐书目", "读书", "学习"],
    },
  },
  {
    key: "articles",
    title: COLLECTION_LABELS.articles,
    path: paths.articles(),
    column: {
      type: "政务动态",
      description: "部机关干部撰写并发表的调研文章。",
      keywords: ["调研文章", "调查研究", "组织工作"],
    },
  },
] as const satisfies readonly {
  key: string;
  title: string;
  path: string;
  column: { type: ColumnType; description: string; keywords: readonly string[] } | undefined;
}[];

export type SectionKey = (typeof SECTIONS)[number]["key"];

export function section(key: SectionKey) {
  return SECTIONS.find((s) => s.key === key) as (typeof SECTIONS)[number];
}
