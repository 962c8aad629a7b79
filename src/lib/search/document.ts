/**
 * Turns a built page into the document Pagefind indexes: only the region
 * marked data-pagefind-body, every text node tokenized (see tokenize.ts),
 * each 第N条 paragraph and 第N章 heading anchored so a hit deep-links to it,
 * the page title kept readable as metadata and weighted highest for ranking.
 *
 * Excerpts are cut from this text, so it keeps where blocks end: a heading,
 * a table cell or a list item that does not end in punctuation of its own
 * gets BLOCK_END (shown as a gap, never glued to the next block), and a list
 * of labels and values (a table of 文号 | 示例组发〔2024〕5号 rows, a dl of 作者,
 * 股室 …) is indexed as one sentence (文号：示例组发〔2024〕5号；发文机关：……。).
 * Such details right after the title (or a region marked data-search-details)
 * are searched like the rest, but an excerpt from the top of the page begins
 * after them (EXCERPT_START_ID).
 */
import { HTMLElement, NodeType, parse, TextNode, type Node } from "node-html-parser";
import { isRegulationId } from "../reading/regulation.ts";
import { EXCERPT_START_ID } from "./hit.ts";
import { BLOCK_END, INDEX_LANGUAGE, tokenizeForIndex } from "./tokenize.ts";

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

/** Text that ends a clause or sentence (closing quotes and brackets after it allowed): no BLOCK_END needed. */
const CLAUSE_END = /[。！？；：，、.!?;:,…—][”’」』"')）\]】]*\s*$/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

/** A block's text as indexed, with BLOCK_END where the text does not end a clause itself. */
const blockText = (text: string): string =>
  HAS_WORD.test(text) && !CLAUSE_END.test(text) ? text + BLOCK_END : text;

/** Whether the next sibling of `node` with content is a block: text before it ends there. */
function blockFollows(node: Node): boolean {
  const siblings = node.parentNode?.childNodes ?? [];
  for (const sibling of siblings.slice(siblings.indexOf(node) + 1)) {
    if (isElement(sibling)) return BLOCKS.has(sibling.tagName) || hasBlockInside(sibling);
    if (sibling.text.trim() !== "") return false;
  }
  return false;
}

/**
 * The label and value of each entry of a list of them: a table whose every row is one label cell
 * and one value cell (a rule's 文号, 发文机关 …), or a description list of dt, dd pairs (an
 * article's 作者, 股室 …); undefined for any other element.
 */
function labelValuePairs(element: HTMLElement): Array<[HTMLElement, HTMLElement]> | undefined {
  let pairs: HTMLElement[][];
  if (element.tagName === "TABLE")
    pairs = element.querySelectorAll("tr").map((row) => row.childNodes.filter(isElement));
  else if (element.tagName === "DL") {
    const items = element.querySelectorAll("dt, dd");
    pairs = items
      .filter((_, i) => i % 2 === 0)
      .map((dt, i) => [dt, items[2 * i + 1]].filter((e) => e !== undefined));
  } else return undefined;
  const label = element.tagName === "TABLE" ? "TH" : "DT";
  const value = element.tagName === "TABLE" ? "TD" : "DD";
  return pairs.length > 0 &&
    pairs.every((p) => p.length === 2 && p[0]?.tagName === label && p[1]?.tagName === value)
    ? (pairs as Array<[HTMLElement, HTMLElement]>)
    : undefined;
}

/**
 * A list of labels and values as one sentence: 文号：示例组发〔2024〕5号；发文机关：示例县委组织部。
 * Entries with no value (—) are left out.
 */
function labelValueSentence(pairs: ReadonlyArray<[HTMLElement, HTMLElement]>): void {
  const kept = pairs.filter(([label, value]) => {
    if (HAS_WORD.test(value.text)) return true;
    if (label.tagName === "TH") label.parentNode?.remove();
    else [label, value].forEach((e) => e.remove());
    return false;
  });
  kept.forEach(([label, value], i) => {
    label.set_content(new TextNode(escapeText(`${label.text.trim()}：`), label));
    const end = i === kept.length - 1 ? "。" : "；";
    value.set_content(new TextNode(escapeText(`${value.text.trim()}${end}`), value));
  });
}

/**
 * Where the page's own text begins: after the title and the details right after it (a region
 * marked data-search-details, or a list of labels and values), where an excerpt from the top of
 * the page starts. Text hidden from readers (aria-hidden: a drawn book cover) does not count.
 */
function textStartsAfter(body: HTMLElement, heading: HTMLElement | null): HTMLElement | null {
  if (!heading) return null;
  const blocks: Array<{ element: HTMLElement; details: boolean }> = [];
  const visit = (node: HTMLElement) => {
    for (const child of node.childNodes) {
      if (!isElement(child) || child.tagName === "SCRIPT" || child.tagName === "STYLE") continue;
      if (child.hasAttribute("data-pagefind-ignore") || child.getAttribute("aria-hidden") === "true")
        continue;
      if (child.hasAttribute("data-search-details") || labelValuePairs(child))
        blocks.push({ element: child, details: true });
      else if (BLOCKS.has(child.tagName) && !hasBlockInside(child)) {
        if (HAS_WORD.test(child.text)) blocks.push({ element: child, details: false });
      } else visit(child);
    }
  };
  visit(body);
  let at = blocks.findIndex((block) => block.element === heading);
  if (at < 0) return heading;
  while (blocks[at + 1]?.details) at++;
  return blocks[at]?.element ?? heading;
}

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
      const text = blockFollows(child) ? blockText(child.text) : child.text;
      const tokenized = tokenizeForIndex(text);
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
        child.set_content(new TextNode(escapeText(tokenizeForIndex(blockText(child.text))), child));
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
  // An excerpt from the top of the page shows neither the title (the result's own heading) nor the
  // details that follow it, but the text after them.
  textStartsAfter(body, heading)?.after(emptySpan(`id="${EXCERPT_START_ID}"`));
  for (const list of body.querySelectorAll("table, dl")) {
    const pairs = labelValuePairs(list);
    if (pairs) labelValueSentence(pairs);
  }
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
