/**
 * The compilation as one HTML document for a paged-media engine (Paged.js in
 * headless Chromium): cover, 编印说明, contents whose page numbers the engine
 * fills in (target-counter), each part on a new right-hand page, running heads
 * (string-set), footnotes at the foot of their page (float: footnote), and a
 * heading outline — parts h1, chapters h2, a chapter's 章 h3 and 节 h4 — from
 * which Chromium writes the PDF's bookmarks.
 */
import { parse, type HTMLElement } from "node-html-parser";
import { chineseDate, editorialNote, type BookMeta } from "./epub.ts";
import type { Book, BookChapter } from "./source.ts";
import { childrenToXhtml, escapeXml } from "./xhtml.ts";

export type Paper = "A5" | "A4";

/**
 * Page size and margins. The inside margin (by the binding: left on a right-hand
 * page, right on a left-hand page) is wider so that text is not lost in the fold.
 */
export function pageCss(paper: Paper): string {
  const m =
    paper === "A5"
      ? { top: 18, bottom: 18, outside: 14, inside: 20 }
      : { top: 25, bottom: 25, outside: 20, inside: 28 };
  return `@page { size: ${paper}; margin: ${m.top}mm ${m.outside}mm ${m.bottom}mm ${m.inside}mm; }
@page :left { margin-left: ${m.outside}mm; margin-right: ${m.inside}mm; }
@page :right { margin-left: ${m.inside}mm; margin-right: ${m.outside}mm; }
`;
}

/**
 * Paged.js names footnotes and other generated elements with UUIDs made from
 * the clock and Math.random, and they end up as link targets in the PDF. A
 * fixed clock and a seeded generator make them, and so the PDF, the same on
 * every run; nothing in the layout depends on either.
 */
const DETERMINISTIC_IDS =
  "let seed = 20251130; Math.random = () => (seed = (seed * 16807) % 2147483647) / 2147483647; " +
  "Date.prototype.getTime = () => 0; performance.now = () => 0; ";

const chapterAnchor = (id: string) => `chapter-${id}`;
const partAnchor = (index: number) => `part-${index + 1}`;

/**
 * GFM footnotes (a list at the chapter's end) as notes at their reference, which
 * the engine floats to the foot of the page: the note's text without its back-link.
 */
function inlineFootnotes(body: HTMLElement): void {
  for (const ref of body.querySelectorAll("sup > a[data-footnote-ref]")) {
    const id = decodeURIComponent((ref.getAttribute("href") ?? "").slice(1));
    const note = body.querySelectorAll("li").find((li) => li.getAttribute("id") === id);
    if (!note) continue;
    for (const back of note.querySelectorAll("[data-footnote-backref]")) back.remove();
    const text = note
      .querySelectorAll("p")
      .map((p) => p.innerHTML.trim())
      .join(" ");
    ref.parentNode?.replaceWith(...parse(`<span class="footnote">${text}</span>`).childNodes);
  }
  for (const section of body.querySelectorAll("section.footnotes")) section.remove();
}

/** A chapter's 章/节 headings one level down, under the chapter's h2; its table-scroll wrappers unwrapped. */
function chapterBody(chapter: BookChapter, siteUrl: string): string {
  const body = parse(chapter.body.toString()).querySelector(".prose") ?? chapter.body;
  inlineFootnotes(body);
  for (const level of [4, 3, 2] as const) {
    for (const heading of body.querySelectorAll(`h${level}`)) heading.tagName = `H${level + 1}`;
  }
  for (const scroll of body.querySelectorAll(".table-scroll")) scroll.replaceWith(...scroll.childNodes);
  // Anchors stay inside the book; links to the site get its full address, which the PDF can open.
  return childrenToXhtml(body, { href: (href) => (href.startsWith("/") ? `${siteUrl}${href}` : href) });
}

/** The book's HTML document; `css` is the book's stylesheet (pdf.css), `engine` the engine's script. */
export function pdfDocument(book: Book, meta: BookMeta, paper: Paper, css: string, engine: string): string {
  const mark = meta.sample ? `<p class="sample-mark">示例</p>` : "";
  const contents = book.parts
    .map(
      (part, index) =>
        `<li class="toc-part"><a href="#${partAnchor(index)}">${escapeXml(part.title)}</a></li>\n${part.chapters
          .map(
            (chapter) =>
              `<li class="toc-chapter"><a href="#${chapterAnchor(chapter.id)}">${escapeXml(chapter.title)}</a></li>`,
          )
          .join("\n")}`,
    )
    .join("\n");
  const parts = book.parts
    .map(
      (part, index) =>
        `<section class="part" id="${partAnchor(index)}"><h1 class="part-title">${escapeXml(part.title)}</h1></section>\n${part.chapters
          .map((chapter) => {
            const source = chapter.source ? `<p class="source">出处：${escapeXml(chapter.source)}</p>` : "";
            return `<section class="chapter" id="${chapterAnchor(chapter.id)}"><h2 class="chapter-title">${escapeXml(chapter.title)}</h2>${source}<div class="prose">${chapterBody(chapter, meta.siteUrl)}</div></section>`;
          })
          .join("\n")}`,
    )
    .join("\n");
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeXml(book.title)}</title>
<style>${pageCss(paper)}${css}</style>
<script>${DETERMINISTIC_IDS}window.PagedConfig = { auto: true, after: () => { window.bookReady = true; } };</script>
<script>${engine.replaceAll("</script", "<\\/script")}</script>
</head>
<body>
<section class="cover">${mark}<p class="cover-title">${escapeXml(book.title)}</p><p class="cover-compiler">${escapeXml(meta.compiler)} 编印</p><p class="cover-date">${escapeXml(chineseDate(meta.date))}</p></section>
<section class="editorial"><p class="front-title">编印说明</p>${editorialNote(book, meta)
    .map((line) => `<p>${escapeXml(line)}</p>`)
    .join("")}</section>
<nav class="contents"><p class="front-title">目录</p><ol>
${contents}
</ol></nav>
${parts}
</body>
</html>
`;
}
