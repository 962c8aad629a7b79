/**
 * How results are ordered. Pagefind ranks pages by BM25 over single
 * characters, which knows nothing of word order; pages where a typed phrase
 * does not stand together are dropped (common-chars.ts). Among the first
 * results, pages whose title is the query go first (a reader who types
 * 信访工作条例 wants that regulation, not the chapters that cite it).
 */
import { typedTerms } from "./tokenize.ts";

/** A title reduced to what readers type: no (2024-01-01) version date, no 中华人民共和国 prefix, letters and digits only. */
export function shortTitle(title: string): string {
  return title
    .replace(/[(（]\d{4}-\d{2}-\d{2}[)）]\s*$/u, "")
    .replace(/[^\p{L}\p{N}]/gu, "")
    .replace(/^中华人民共和国/u, "")
    .toLowerCase();
}

/** 0: the title is the query; 1: the title contains the query; 2: neither. */
export function titleMatchClass(title: string, query: string): 0 | 1 | 2 {
  const wanted = shortTitle(query);
  if (!wanted) return 2;
  const have = shortTitle(title);
  if (have === wanted) return 0;
  return have.includes(wanted) ? 1 : 2;
}

export interface Rankable {
  title: string;
  /** YYYY-MM-DD, when known. */
  date?: string | undefined;
}

/**
 * Reorders results for a query: titles equal to the query first, then titles
 * containing it (shorter titles first: closer to what was typed); among equal
 * titles (versions of one regulation) the newest first; then the rest. Ties
 * keep the incoming order.
 */
export function promoteTitleMatches<T extends Rankable>(items: readonly T[], query: string): T[] {
  // "公务员法 第二十三条": the title may be any one of the typed terms, or all of them together.
  const candidates = [query, ...typedTerms(query)].filter((q) => q.trim() !== "");
  const classOf = (title: string) => Math.min(...candidates.map((q) => titleMatchClass(title, q)));
  return items
    .map((item, index) => ({
      item,
      index,
      cls: classOf(item.title),
      length: shortTitle(item.title).length,
    }))
    .sort(
      (a, b) =>
        a.cls - b.cls ||
        (a.cls < 2 ? a.length - b.length : 0) ||
        (a.cls < 2 ? (b.item.date ?? "").localeCompare(a.item.date ?? "") : 0) ||
        a.index - b.index,
    )
    .map((x) => x.item);
}
