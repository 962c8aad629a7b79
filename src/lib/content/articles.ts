/** 调研文章: ordering and grouping by year. */
import type { ArticleData } from "../../model/articles.ts";

export interface ArticleLike {
  id: string;
  data: Pick<ArticleData, "title" | "date">;
}

export function newestFirst<A extends ArticleLike>(articles: readonly A[]): A[] {
  return [...articles].sort(
    (a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id),
  );
}

/** Years newest first, articles newest first within a year. */
export function articlesByYear<A extends ArticleLike>(articles: readonly A[]) {
  const years = new Map<number, A[]>();
  for (const article of newestFirst(articles)) {
    const year = article.data.date.getUTCFullYear();
    years.set(year, [...(years.get(year) ?? []), article]);
  }
  return [...years].map(([year, list]) => ({ year, articles: list }));
}
