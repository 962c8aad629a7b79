/** 每月读一本书: grouping by year and finding this month's book. */
import type { z } from "astro/zod";
import type { booksSchema } from "../../model/books.ts";

type BookData = z.output<ReturnType<typeof booksSchema>>;

export interface BookLike {
  id: string;
  data: Pick<BookData, "title" | "month">;
}

/** Books in calendar order of their months. */
export function booksInMonthOrder<B extends BookLike>(books: readonly B[]): B[] {
  return [...books].sort((a, b) => a.data.month.localeCompare(b.data.month));
}

/** Years newest first; within a year, months in calendar order. */
export function booksByYear<B extends BookLike>(books: readonly B[]) {
  const years = new Map<string, B[]>();
  for (const book of booksInMonthOrder(books)) {
    const year = book.data.month.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), book]);
  }
  return [...years].sort(([a], [b]) => b.localeCompare(a)).map(([year, list]) => ({ year, books: list }));
}

/**
 * The book for `month` (YYYY-MM); when that month has none, the most recent
 * earlier one, so the home page always shows something current.
 */
export function bookForMonth<B extends BookLike>(books: readonly B[], month: string) {
  const exact = books.find((b) => b.data.month === month);
  if (exact) return { book: exact, isCurrent: true };
  const earlier = books
    .filter((b) => b.data.month < month)
    .sort((a, b) => b.data.month.localeCompare(a.data.month))[0];
  return earlier ? { book: earlier, isCurrent: false } : undefined;
}
