/**
 * <meta> tags read by government-website inspection tools (政府网站普查/监测).
 * Empty values are left out rather than written as empty tags.
 */
import { toIsoDay } from "../text/dates.ts";

export interface PageMetaInput {
  siteName: string;
  siteDomain: string;
  siteIdCode?: string | undefined;
  /** List pages: the column (栏目) name and type. */
  column?: { name: string; type: string } | undefined;
  /** Content pages. */
  article?:
    | {
        title: string;
        published?: Date | undefined;
        source?: string | undefined;
        author?: string | undefined;
        keywords?: readonly string[] | undefined;
        description?: string | undefined;
      }
    | undefined;
}

export interface MetaTag {
  name: string;
  content: string;
}

export function govMetaTags(input: PageMetaInput): MetaTag[] {
  const tags: Array<[string, string | undefined]> = [
    ["SiteName", input.siteName],
    ["SiteDomain", input.siteDomain],
    ["SiteIDCode", input.siteIdCode],
    ["ColumnName", input.column?.name],
    ["ColumnType", input.column?.type],
  ];
  if (input.article) {
    const a = input.article;
    tags.push(
      ["ArticleTitle", a.title],
      ["PubDate", a.published && toIsoDay(a.published)],
      ["ContentSource", a.source],
      ["Author", a.author],
      ["Keywords", a.keywords?.join(",")],
      ["Description", a.description],
    );
  }
  return tags
    .filter((tag): tag is [string, string] => typeof tag[1] === "string" && tag[1].trim() !== "")
    .map(([name, content]) => ({ name, content: content.trim() }));
}
