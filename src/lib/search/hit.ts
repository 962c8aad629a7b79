/**
 * Where a search hit lands and what it shows, worked out from the indexed
 * text of the page (tokens separated by spaces) and its anchors, as Pagefind
 * returns them in a result's data. Pagefind could make each article a
 * sub-result, but it then builds an excerpt for every article holding a
 * matched character by splitting the whole page text again, hundreds of
 * times for a long law (most of the time a search took, measured); here the
 * page text is read once, at the match.
 */
import { anchorLabel, isRegulationId } from "../reading/regulation.ts";

/**
 * The anchor where a page's own text begins, after its title and the details that follow it (a
 * rule's 文号, 发文机关 …; document.ts): an excerpt from the top of the page starts here.
 */
export const EXCERPT_START_ID = "zg-search-text";

export interface PageAnchor {
  id: string;
  /** Word position where the anchored element begins. */
  location: number;
}

/** The number of words (space-separated tokens) that start before `charIndex`. */
export function wordIndexAt(text: string, charIndex: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < charIndex && i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return inWord ? words - 1 : words;
}

/** The innermost article or division (编/章/节) that holds word `position`, if any. */
export function sectionAt(anchors: readonly PageAnchor[], position: number): PageAnchor | undefined {
  let found: PageAnchor | undefined;
  for (const anchor of anchors)
    if (
      isRegulationId(anchor.id) &&
      anchor.location <= position &&
      (!found || anchor.location >= found.location)
    )
      found = anchor;
  return found;
}

/** The anchor of the article a query names (第二十三条 → art-23), if the page has it. */
export const namedSection = (anchors: readonly PageAnchor[], label: string): PageAnchor | undefined =>
  anchors.find((anchor) => isRegulationId(anchor.id) && anchorLabel(anchor.id) === label);

/** The char index where word `position` starts (the text's length when there are fewer words). */
export function charIndexOfWord(text: string, position: number): number {
  let words = -1;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord && ++words === position) return i;
    inWord = !space;
  }
  return text.length;
}

/**
 * About `length` words of indexed text from a few words before `charIndex`
 * (but not before `notBefore`, a char index), HTML-escaped for display.
 */
export function excerptAround(text: string, charIndex: number, length = 40, notBefore = 0): string {
  const lead = text.slice(Math.max(notBefore, charIndex - 120), charIndex);
  const before = /(?:\S+\s+){0,6}$/u.exec(lead)?.[0] ?? "";
  const after =
    new RegExp(`^(?:\\s*\\S+){0,${length}}`, "u").exec(text.slice(charIndex, charIndex + length * 16))?.[0] ??
    "";
  return `${before}${after}`.trim().replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
