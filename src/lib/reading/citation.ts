/**
 * 复制引用: a reference to a research article in the style of GB/T 7714-2015
 * (信息与文献 参考文献著录规则), the standard Chinese journals ask for.
 *   Published:  作者. 题名[J]. 刊名, 年.            (a newspaper: [N]. 报名, YYYY-MM-DD.)
 *   Online:     作者. 题名[EB/OL]. (发布日期)[引用日期]. 网址.
 * Up to three authors are named; more become “前三人, 等”.
 */
import { toIsoDay } from "../text/dates.ts";

export interface CitationInput {
  authors: readonly string[];
  title: string;
  /** The article's date on this site. */
  date: Date;
  /** The article's address on this site. */
  url: string;
  published?: { outlet: string; date: Date; url?: string | undefined } | undefined;
}

export function citeAuthors(authors: readonly string[]): string {
  const named = authors.slice(0, 3).join(", ");
  return authors.length > 3 ? `${named}, 等` : named;
}

/**
 * The publication's own name: editors write 《示例组工通讯》 or 某部内刊《组工研究》,
 * and a reference gives just 示例组工通讯 / 组工研究, without the 书名号.
 */
export function outletName(outlet: string): string {
  return (outlet.match(/《([^》]+)》/)?.[1] ?? outlet).trim();
}

/** 报 at the end of a publication's name (人民日报, 组织人事报) marks a newspaper. */
export function isNewspaper(outlet: string): boolean {
  return /报$/.test(outletName(outlet));
}

/**
 * The reference text. `accessed` is the day the reader cites it (引用日期),
 * required by GB/T 7714 for online sources; without it that part is left out.
 */
export function articleCitation(article: CitationInput, accessed?: Date): string {
  const authors = citeAuthors(article.authors);
  const head = authors ? `${authors}. ${article.title}` : article.title;
  const published = article.published;
  if (published) {
    const outlet = outletName(published.outlet);
    if (isNewspaper(outlet)) return `${head}[N]. ${outlet}, ${toIsoDay(published.date)}.`;
    return `${head}[J]. ${outlet}, ${published.date.getUTCFullYear()}.`;
  }
  const accessedPart = accessed ? `[${toIsoDay(accessed)}]` : "";
  return `${head}[EB/OL]. (${toIsoDay(article.date)})${accessedPart}. ${article.url}.`;
}
