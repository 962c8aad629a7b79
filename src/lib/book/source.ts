/**
 * The compilation as a book, read from the whole-book print page that Astro
 * built (`/study/print/`): the same content through the same Markdown pipeline
 * as the site, so the PDF and the EPUB never drift from what readers see online.
 */
import { parse, type HTMLElement } from "node-html-parser";

export interface BookChapter {
  /** The chapter's entry id (its file name), e.g. `baomi-fa`. */
  id: string;
  title: string;
  source: string | undefined;
  /** The chapter's rendered text (the print page's `.prose`), ids prefixed `<id>--`. */
  body: HTMLElement;
}

export interface BookPart {
  title: string;
  chapters: BookChapter[];
}

export interface Book {
  title: string;
  parts: BookPart[];
}

const CHAPTER_ID_PREFIX = "chapter-";

/** The book in the print page's HTML; throws, naming what is missing, on a page that is not one. */
export function readPrintPage(html: string): Book {
  const root = parse(html);
  const title = root.querySelector(".book-title h1")?.text.trim();
  if (!title) throw new Error("打印页中没有书名（.book-title h1）：先运行 npm run build。");
  const parts: BookPart[] = [];
  for (const article of root.querySelectorAll("article.book-chapter")) {
    const anchor = article.getAttribute("id") ?? "";
    const id = anchor.startsWith(CHAPTER_ID_PREFIX) ? anchor.slice(CHAPTER_ID_PREFIX.length) : anchor;
    const part = article.querySelector(".book-part")?.text.trim();
    if (part) parts.push({ title: part, chapters: [] });
    const current = parts.at(-1);
    const body = article.querySelector(".prose");
    const chapterTitle = article.querySelector(".chapter-title")?.text.trim();
    if (!current || !body || !chapterTitle) {
      throw new Error(`打印页中的章节 ${anchor} 缺少编名、标题或正文。`);
    }
    const source = article
      .querySelector(".source")
      ?.text.trim()
      .replace(/^出处：/, "");
    current.chapters.push({ id, title: chapterTitle, source: source || undefined, body });
  }
  if (parts.length === 0) throw new Error("打印页中没有任何章节。");
  return { title, parts };
}

/** Every chapter of the book in reading order. */
export function bookChapters(book: Book): BookChapter[] {
  return book.parts.flatMap((part) => part.chapters);
}
