/**
 * How results are ordered. Pagefind ranks single-character tokens by BM25,
 * which knows nothing of word order, and its exact-phrase mode finds the
 * pages where the characters stand together but gives them all one score. We
 * keep Pagefind's ranking order and drop every page that lacks a typed term
 * as a contiguous phrase; then, among the first results, pages whose title is
 * the query go first (a reader who types 信访工作条例 wants that regulation,
 * not the chapters that cite it).
 */

/** Ids from the ranked list that are in every exact-phrase set (no sets: all of them). */
export function keepExactMatches<T extends { id: string }>(
  ranked: readonly T[],
  exactSets: readonly Set<string>[],
): T[] {
  return ranked.filter((r) => exactSets.every((set) => set.has(r.id)));
}

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
 * Reorders results for a query: titles equal to the query first (several
 * versions of one regulation: the newest first), then titles containing it
 * (shorter titles first: closer to what was typed), then the rest; ties keep
 * the incoming order.
 */
export function promoteTitleMatches<T extends Rankable>(items: readonly T[], query: string): T[] {
  return items
    .map((item, index) => ({
      item,
      index,
      cls: titleMatchClass(item.title, query),
      length: shortTitle(item.title).length,
    }))
    .sort(
      (a, b) =>
        a.cls - b.cls ||
        (a.cls === 0 ? (b.item.date ?? "").localeCompare(a.item.date ?? "") : 0) ||
        (a.cls === 1 ? a.length - b.length : 0) ||
        a.index - b.index,
    )
    .map((x) => x.item);
}
