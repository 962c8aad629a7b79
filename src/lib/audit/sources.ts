/** Which page shows a content source file, so findings in sources can name the page too. */
import { paths, withBase } from "../site/routes.ts";

const MARKDOWN_PAGES: Record<string, (id: string) => string> = {
  rules: paths.rule,
  study: paths.chapter,
  books: paths.book,
  articles: paths.article,
};

/** Data files and the page that shows them. */
const DATA_PAGES: Record<string, string> = {
  "pillars.yaml": paths.programme(),
  "wukan-wubi.yaml": paths.programme(),
  "commitments.yaml": paths.programme(),
  "departments.yaml": paths.articles(),
};

/**
 * The URL path (with base) of the page built from `file` (relative to the
 * project root, forward slashes): src/content/rules/x.md → /rules/x/.
 * site.config.ts shows on every page; the home page stands for them.
 */
export function pageOfSource(file: string, base: string): string | undefined {
  if (file === "site.config.ts") return withBase(base, paths.home());
  const match = /^src\/content\/(?:([a-z-]+)\/([^/]+)\.mdx?|([^/]+\.ya?ml))$/.exec(file);
  if (!match) return undefined;
  if (match[3]) {
    const page = DATA_PAGES[match[3]];
    return page && withBase(base, page);
  }
  const route = MARKDOWN_PAGES[match[1] as string];
  return route && withBase(base, route(match[2] as string));
}
