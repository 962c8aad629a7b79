/**
 * Turns a built page into the document Pagefind indexes: only the region
 * marked data-pagefind-body, every text node tokenized (see tokenize.ts),
 * each 第N条 paragraph and 第N章 heading anchored so a hit deep-links to it,
 * the page title kept readable as metadata and weighted highest for ranking.
 */
import { HTMLElement, NodeType, parse, TextNode, type Node } from "node-html-parser";
import { isRegulationId } from "../reading/regulation.ts";
import { INDEX_LANGUAGE, tokenizeForIndex } from "./tokenize.ts";

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, "&quot;");

/** Elements whose text is one flow: tokens must run across the inline elements inside them. */
const BLOCKS = new Set([
  "P",
  "LI",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "TD",
  "TH",
  "DT",
  "DD",
  "CAPTION",
  "FIGCAPTION",
  "BLOCKQUOTE",
  "PRE",
  "SUMMARY",
  "DIV",
  "SECTION",
  "ARTICLE",
  "TABLE",
  "UL",
  "OL",
  "DL",
]);

const isElement = (node: Node): node is HTMLElement => node.nodeType === NodeType.ELEMENT_NODE;
const hasBlockInside = (element: HTMLElement): boolean =>
  element.childNodes.some(
    (child) => isElement(child) && (BLOCKS.has(child.tagName) || hasBlockInside(child)),
  );

/**
 * Tokenizes text for the index. A block without blocks inside (a paragraph,
 * a table cell, a heading) becomes its tokenized plain text, so that a phrase
 * split by inline markup (规范<b>首问</b>) stays one run of characters;
 * elsewhere text nodes are tokenized one by one. Elements Pagefind is told to
 * ignore are left as they are.
 */
function tokenizeText(node: Node): void {
  for (const child of node.childNodes) {
    if (child.nodeType === NodeType.TEXT_NODE) {
      // .text is decoded; the tokenized text is escaped again for HTML.
      const tokenized = tokenizeForIndex(child.text);
      if (tokenized !== child.text) child.rawText = escapeText(tokenized);
    } else if (isElement(child)) {
      if (
        child.tagName === "SCRIPT" ||
        child.tagName === "STYLE" ||
        child.hasAttribute("data-pagefind-ignore")
      )
        continue;
      // A text node, not an HTML string: set_content would parse the string again.
      if (BLOCKS.has(child.tagName) && !hasBlockInside(child))
        child.set_content(new TextNode(escapeText(tokenizeForIndex(child.text)), child));
      else tokenizeText(child);
    }
  }
}

/** An empty <span> with these (escaped) attributes, made directly rather than parsed from HTML. */
const emptySpan = (attributes: string) => new HTMLElement("span", {}, attributes);

/** Whether a built page has a region to index (a cheap test before parsing it). */
export const isSearchable = (pageHtml: string): boolean => pageHtml.includes("data-pagefind-body");

/** The page's sort date (SearchFacets writes data-pagefind-sort="date:YYYY-MM-DD"), if any. */
export function pageSortDate(pageHtml: string): string | undefined {
  return /data-pagefind-sort="date:([^"]+)"/.exec(pageHtml)?.[1];
}

/** The text of the page's <title>, if it has one. */
function pageTitle(pageHtml: string): string | undefined {
  const element = /<title[\s>][\s\S]*?<\/title>/i.exec(pageHtml)?.[0];
  return element === undefined ? undefined : parse(element).querySelector("title")?.text;
}

/** The HTML to index for a page, or undefined when the page has no searchable region. */
export function toSearchDocument(pageHtml: string): string | undefined {
  // Only the region is parsed, from its start tag on (the head, header and navigation before it are
  // a large part of a short page); the page's <title> is read on its own when the region has no <h1>.
  const marker = pageHtml.indexOf("data-pagefind-body");
  if (marker < 0) return undefined;
  const body = parse(pageHtml.slice(pageHtml.lastIndexOf("<", marker))).querySelector("[data-pagefind-body]");
  if (!body) return undefined;
  const heading = body.querySelector("h1");
  const title = (heading?.text ?? pageTitle(pageHtml) ?? "").trim();

  heading?.setAttribute("data-pagefind-weight", "10");
  const anchored = body.querySelectorAll("[id]").filter((element) => isRegulationId(element.id));
  tokenizeText(body);
  // Articles and divisions (第N条, 第N章) are found by their anchors (src/lib/search/hit.ts), each an
  // empty element at the start of its paragraph or heading rather than the element itself: Pagefind
  // stores the text of every element with an id once more as anchor text (for a law, nearly as much
  // again as the page), and would make each one a sub-result with an excerpt of its own to build.
  for (const element of anchored) {
    const id = element.id;
    element.removeAttribute("id");
    element.prepend(emptySpan(`id="${escapeAttribute(id)}"`));
  }
  body.prepend(emptySpan(`data-pagefind-meta="title:${escapeAttribute(title)}"`));

  return `<!doctype html><html lang="${INDEX_LANGUAGE}"><head><title>${escapeText(title)}</title></head><body>${body.outerHTML}</body></html>`;
}
