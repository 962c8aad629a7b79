/**
 * The <meta> tags that government-website inspection and census tools read,
 * as 《政府网站发展指引》(国办发〔2017〕47号) lists them for each kind of page:
 * the site's tags on every page, the column's on its list page and on the
 * content pages in it, the article's on content pages. This table is the one
 * place that says which tag goes where; the layout writes the tags from it and
 * tests/site/gov-meta.test.ts checks every built page against it.
 */
import { toIsoDay } from "../text/dates.ts";

/** 站点页 (home, search, site map, 404), 栏目页 (a column's list or other page), 内容页. */
export type PageKind = "site" | "column" | "article";

/**
 * ColumnType values: the kinds of column the 发展指引 describes under 网站功能
 * (信息发布 as 概况信息, 政务动态 and 信息公开; 解读回应; 办事服务; 互动交流)
 * plus 专题专栏. The inspection tools group columns by them.
 */
export const COLUMN_TYPES = [
  "概况信息",
  "政务动态",
  "信息公开",
  "解读回应",
  "办事服务",
  "互动交流",
  "专题专栏",
] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

export interface MetaSpec {
  name: string;
  /** What it holds, in the words of the 发展指引. */
  label: string;
  /** The kinds of page that carry it. */
  on: readonly PageKind[];
  /** Carried whenever the page kind has it; the others only where the value is known. */
  required: boolean;
  /** The form the content must have. */
  pattern?: RegExp;
  /** The only values allowed. */
  values?: readonly string[];
}

const ALL: readonly PageKind[] = ["site", "column", "article"];
const IN_COLUMN: readonly PageKind[] = ["column", "article"];
const ARTICLE: readonly PageKind[] = ["article"];

/** PubDate: 2026-03-01 09:30. */
export const PUB_DATE_PATTERN = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;

export const GOV_META: readonly MetaSpec[] = [
  { name: "SiteName", label: "网站名称", on: ALL, required: true },
  { name: "SiteDomain", label: "网站域名", on: ALL, required: true, pattern: /^[a-z0-9.-]+(:\d+)?$/i },
  // Required by the rules, but only known once the 标识码 is issued (the production profile insists on it).
  { name: "SiteIDCode", label: "网站标识码", on: ALL, required: false, pattern: /^(\d{10}|bm\d{8})$/ },
  { name: "ColumnName", label: "栏目名称", on: IN_COLUMN, required: true },
  { name: "ColumnDescription", label: "栏目描述", on: IN_COLUMN, required: true },
  { name: "ColumnKeywords", label: "栏目关键词", on: IN_COLUMN, required: true },
  { name: "ColumnType", label: "栏目类型", on: IN_COLUMN, required: true, values: COLUMN_TYPES },
  { name: "ArticleTitle", label: "文章标题", on: ARTICLE, required: true },
  { name: "PubDate", label: "发布时间", on: ARTICLE, required: true, pattern: PUB_DATE_PATTERN },
  { name: "ContentSource", label: "文章来源", on: ARTICLE, required: true },
  { name: "Keywords", label: "关键词", on: ARTICLE, required: false },
  { name: "Author", label: "作者", on: ARTICLE, required: false },
  { name: "Description", label: "摘要", on: ARTICLE, required: false },
  { name: "Image", label: "图片", on: ARTICLE, required: false, pattern: /^https?:\/\// },
  { name: "Url", label: "页面地址", on: ARTICLE, required: true, pattern: /^https?:\/\// },
];

export interface PageMetaInput {
  site: { name: string; domain: string; idCode?: string | undefined };
  /** The column the page belongs to (its list page, or a content page in it). */
  column?: { name: string; description: string; keywords: readonly string[]; type: ColumnType } | undefined;
  /** Content pages. */
  article?: ArticleMeta | undefined;
  /** The page's absolute address (the Url tag on content pages). */
  url: string;
}

export interface ArticleMeta {
  title: string;
  published?: Date | undefined;
  source?: string | undefined;
  author?: string | undefined;
  keywords?: readonly string[] | undefined;
  description?: string | undefined;
  /** Absolute address of the page's image (a book cover). */
  image?: string | undefined;
}

export interface MetaTag {
  name: string;
  content: string;
}

export function pageKind(input: Pick<PageMetaInput, "column" | "article">): PageKind {
  if (input.article) return "article";
  return input.column ? "column" : "site";
}

/** Content dates are days; the tag wants a time as well, so a day is written as its start. */
export const formatPubDate = (date: Date) => `${toIsoDay(date)} 00:00`;

function values(input: PageMetaInput): Record<string, string | undefined> {
  const a = input.article;
  return {
    SiteName: input.site.name,
    SiteDomain: input.site.domain,
    SiteIDCode: input.site.idCode,
    ColumnName: input.column?.name,
    ColumnDescription: input.column?.description,
    ColumnKeywords: input.column?.keywords.join(","),
    ColumnType: input.column?.type,
    ArticleTitle: a?.title,
    PubDate: a?.published && formatPubDate(a.published),
    ContentSource: a?.source,
    Keywords: a?.keywords?.join(","),
    Author: a?.author,
    Description: a?.description?.replace(/\s+/g, " "),
    Image: a?.image,
    Url: input.url,
  };
}

/** The tags of one page, in the table's order; a tag whose value is unknown is left out, never written empty. */
export function govMetaTags(input: PageMetaInput): MetaTag[] {
  const kind = pageKind(input);
  const known = values(input);
  return GOV_META.filter((spec) => spec.on.includes(kind)).flatMap((spec) => {
    const content = known[spec.name]?.trim();
    return content ? [{ name: spec.name, content }] : [];
  });
}

/**
 * What is wrong with a page's tags for its kind, in Chinese: a missing required
 * tag, a tag the kind must not carry, a malformed value, a duplicate.
 */
export function govMetaProblems(kind: PageKind, tags: readonly MetaTag[]): string[] {
  const problems: string[] = [];
  const byName = new Map<string, string[]>();
  for (const tag of tags) byName.set(tag.name, [...(byName.get(tag.name) ?? []), tag.content]);
  for (const spec of GOV_META) {
    const found = byName.get(spec.name) ?? [];
    const applies = spec.on.includes(kind);
    if (!applies && found.length > 0) problems.push(`${spec.name}（${spec.label}）不应出现在这类页面`);
    if (applies && spec.required && found.length === 0) problems.push(`缺少 ${spec.name}（${spec.label}）`);
    if (found.length > 1) problems.push(`${spec.name} 出现了 ${found.length} 次`);
    for (const content of found) {
      if (content.trim() === "") problems.push(`${spec.name} 为空`);
      else if (spec.pattern && !spec.pattern.test(content))
        problems.push(`${spec.name} 的值“${content}”格式不对`);
      else if (spec.values && !spec.values.includes(content))
        problems.push(`${spec.name} 的值“${content}”不在允许的取值中（${spec.values.join("、")}）`);
    }
  }
  return problems;
}
