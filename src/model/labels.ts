/**
 * The Chinese name of each collection, said once: the content table
 * (collections.ts), the navigation (lib/site/routes.ts), the search filters and
 * npm run new all read it. No schema here, so browser code may import it too.
 */
export const COLLECTION_LABELS = {
  rules: "规章制度",
  study: "学习资料选编",
  books: "推荐书目",
  articles: "调研文章",
  sessions: "学习安排",
  departments: "股室",
  pillars: "五型",
  wukanWubi: "五看五比",
  commitments: "量化要求",
} as const;

export type CollectionName = keyof typeof COLLECTION_LABELS;
