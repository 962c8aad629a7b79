/**
 * Chinese-text hygiene: the slips that pasted text brings (leftover pinyin,
 * mojibake, Traditional characters, half-width punctuation, stray spaces), as
 * pure functions over a string. The content checker decides which parts of a
 * file are text (not code, URLs or Markdown syntax) and how to report; `--fix`
 * and npm run import apply the safe replacements.
 */
import { findMojibake } from "./mojibake.ts";
import { findPinyinLeftovers } from "./pinyin.ts";
import {
  findDashesAndEllipses,
  findDoubled,
  findHalfWidth,
  findSpaces,
  findStraightQuotes,
  findUnbalancedBookTitles,
} from "./punctuation.ts";
import { findTraditional } from "./traditional.ts";
import { applyFindings, type Finding } from "./types.ts";

export { applyFindings, type Finding, type FindingKind } from "./types.ts";
export { findCornerQuotes, hasCurlyQuotes } from "./punctuation.ts";
export {
  docNumberForms,
  headingDateForm,
  inconsistentDocNumbers,
  type DocNumberForm,
} from "./doc-numbers.ts";
export { toSimplified } from "./traditional.ts";
export { decodeLatin1Run } from "./mojibake.ts";

export interface ScanOptions {
  /** Look for Traditional characters (off where Traditional text is intended). */
  traditional?: boolean;
}

/** Every finding in `text`, in order. The kinds that need the whole entry (mixed quotes, 文号 forms) are not here. */
export function findHygiene(text: string, options: ScanOptions = {}): Finding[] {
  // Cheap exit for text with no Chinese and nothing that could be mojibake.
  if (!/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u00c2-\u00ef\ufffd]/u.test(text)) return [];
  return [
    ...findPinyinLeftovers(text),
    ...findMojibake(text),
    ...(options.traditional === false ? [] : findTraditional(text)),
    ...findHalfWidth(text),
    ...findStraightQuotes(text),
    ...findDashesAndEllipses(text),
    ...findDoubled(text),
    ...findSpaces(text),
    ...findUnbalancedBookTitles(text),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * `text` with every safe fix applied, repeated until nothing changes (one fix
 * can make another possible: 看黨性, 比 → 看党性，比), so a second call is a no-op.
 */
export function fixHygiene(text: string, options: ScanOptions = {}): string {
  let current = text;
  for (let pass = 0; pass < 8; pass++) {
    const next = applyFindings(current, findHygiene(current, options));
    if (next === current) return current;
    current = next;
  }
  return current;
}
