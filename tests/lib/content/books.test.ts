import { describe, expect, it } from "vitest";
import { bookForMonth, booksByYear, type BookLike } from "../../../src/lib/content/books.ts";

const book = (id: string, month: string): BookLike => ({ id, data: { title: id, month } });

const books = [
  book("xiangtu", "2025-11"),
  book("lunyu", "2026-02"),
  book("sudongpo", "2025-03"),
  book("pingfan", "2026-01"),
  book("wanli", "2024-12"),
];

describe("booksByYear", () => {
  it("lists years newest first and months in calendar order within a year", () => {
    expect(booksByYear(books).map((y) => [y.year, y.books.map((b) => b.id)])).toEqual([
      ["2026", ["pingfan", "lunyu"]],
      ["2025", ["sudongpo", "xiangtu"]],
      ["2024", ["wanli"]],
    ]);
  });

  it("returns nothing for no books", () => {
    expect(booksByYear([])).toEqual([]);
  });
});

describe("bookForMonth", () => {
  it("returns the month's own book as current", () => {
    expect(bookForMonth(books, "2026-01")).toEqual({ book: books[3], isCurrent: true });
  });

  it("falls back to the latest earlier book, marked not current", () => {
    const result = bookForMonth(books, "2025-10");
    expect(result?.book.id).toBe("sudongpo");
    expect(result?.isCurrent).toBe(false);
  });

  it("falls back across a year boundary and ignores later books", () => {
    expect(bookForMonth(books, "2026-07")?.book.id).toBe("lunyu");
    expect(bookForMonth(books, "2025-01")?.book.id).toBe("wanli");
  });

  it("returns undefined when no book is recommended for that month or earlier", () => {
    expect(bookForMonth(books, "2024-11")).toBeUndefined();
    expect(bookForMonth([], "2026-01")).toBeUndefined();
  });
});
