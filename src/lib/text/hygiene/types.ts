/**
 * What the Chinese-text hygiene checks find in a piece of text: a span, what
 * kind of slip it is, and the replacement when one is safe. Offsets are UTF-16
 * indexes into the text that was scanned.
 */
export type FindingKind =
  | "pinyin"
  | "mojibake"
  | "traditional"
  | "half-width"
  | "half-width-period"
  | "straight-quotes"
  | "mixed-quotes"
  | "ellipsis"
  | "dash"
  | "doubled"
  | "space-between"
  | "space-around-punctuation"
  | "book-title"
  | "doc-number-forms";

export interface Finding {
  kind: FindingKind;
  start: number;
  end: number;
  /** The replacement for text[start, end), or undefined when no fix is safe. */
  replacement?: string | undefined;
  /** A suggestion shown to the editor when there is no safe fix (e.g. a decoded mojibake). */
  suggestion?: string | undefined;
}

/** Han characters (CJK ideographs, 〇 included). */
export const HAN = "\\p{Script=Han}";
export const isHan = (char: string | undefined): boolean =>
  char !== undefined && /\p{Script=Han}/u.test(char);

/** Chinese (full-width) punctuation. */
export const CJK_PUNCTUATION = "，。、；：？！“”‘’（）《》〈〉「」『』【】〔〕…—～·";
export const CJK_OPENING = "“‘（《〈「『【〔";
export const CJK_CLOSING = "”’）》〉」』】〕";

/**
 * Applies the fixable findings to `text`, later ones first; overlapping
 * findings after the first are left for the next pass.
 */
export function applyFindings(text: string, findings: readonly Finding[]): string {
  const fixable = findings
    .filter((f) => f.replacement !== undefined)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: Finding[] = [];
  let reached = -1;
  for (const f of fixable) {
    if (f.start < reached) continue;
    chosen.push(f);
    reached = f.end;
  }
  let out = text;
  for (const f of chosen.reverse())
    out = out.slice(0, f.start) + (f.replacement as string) + out.slice(f.end);
  return out;
}
