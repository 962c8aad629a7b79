/**
 * Finding typed phrases in page text by scanning, not with a regular
 * expression per query. A pattern with Unicode property classes (\p{L})
 * between every two characters took Chromium 10–30 ms to compile for each new
 * query, more than running it over 40 laws (BENCHMARKS.md); a scan needs no
 * setup and stops early. Units are what queryTerms gives: letters and digits,
 * lower-cased.
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the code point `code` is a letter or a digit; the common cases without a regular expression. */
function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  return WORD_CHAR.test(String.fromCodePoint(code));
}

/** Whether a letter or digit begins at `i`. */
const wordStartsAt = (text: string, i: number): boolean =>
  i < text.length && isWordCode(text.codePointAt(i) ?? 0);

/** Whether a letter or digit ends just before `i` (a surrogate pair counts as one character). */
function wordEndsBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  const pair = i >= 2 && low >= 0xdc00 && low <= 0xdfff;
  return isWordCode((pair ? text.codePointAt(i - 2) : low) ?? 0);
}

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);

/** Whether `unit` (lower-cased) stands in `text` at `at`, in any letter case. */
function unitAt(text: string, unit: string, at: number): boolean {
  if (text.startsWith(unit, at)) return true;
  return unit !== unit.toUpperCase() && text.slice(at, at + unit.length).toLowerCase() === unit;
}

/** Finds where `unit` stands in a text from a given index, in any letter case (-1 when it does not). */
function unitFinder(unit: string): (text: string, from: number) => number {
  if (unit === unit.toUpperCase()) return (text, from) => text.indexOf(unit, from);
  // A Latin word (rare as the first unit): a short pattern without Unicode classes compiles at once.
  const pattern = new RegExp(unit.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi");
  return (text, from) => {
    pattern.lastIndex = from;
    return pattern.exec(text)?.index ?? -1;
  };
}

/**
 * How the units of a phrase may be separated: in indexed text (`spaced`),
 * by whitespace with punctuation attached on either side, the phrase standing
 * as whole tokens; in a readable excerpt (`tight`), by punctuation alone
 * (〔2024〕5号), where HTML entities (&amp;) count as punctuation and tags
 * end a match.
 */
export type PhraseLayout = "spaced" | "tight";

/** The end of the separator between two units that begins at `at`, or -1 when there is none to skip. */
function skipSeparator(text: string, at: number, layout: PhraseLayout): number {
  let i = at;
  const skipPunctuation = () => {
    for (;;) {
      const char = text[i];
      if (char === undefined || isSpace(char) || wordStartsAt(text, i)) return;
      if (layout === "tight") {
        if (char === "<" || char === ">") return;
        if (char === "&") {
          const entity = /^&[#a-z0-9]+;/i.exec(text.slice(i, i + 12));
          if (!entity) return;
          i += entity[0].length;
          continue;
        }
      }
      i++;
    }
  };
  skipPunctuation();
  if (layout === "tight") return i;
  if (!isSpace(text[i])) return -1;
  while (isSpace(text[i])) i++;
  skipPunctuation();
  return i;
}

/** Where the phrase `units` is at `start`, where it ends; -1 when it is not there. */
function phraseEndAt(text: string, units: readonly string[], start: number, layout: PhraseLayout): number {
  let at = start + (units[0] as string).length;
  for (let u = 1; u < units.length; u++) {
    at = skipSeparator(text, at, layout);
    if (at < 0 || !unitAt(text, units[u] as string, at)) return -1;
    at += (units[u] as string).length;
  }
  return at;
}

/** The first place from `from` where the phrase stands, as [start, end), or undefined. */
export function findPhrase(
  text: string,
  units: readonly string[],
  layout: PhraseLayout,
  from = 0,
): [number, number] | undefined {
  const first = units[0];
  if (first === undefined) return undefined;
  const next = unitFinder(first);
  for (let start = next(text, from); start >= 0; start = next(text, start + 1)) {
    // In indexed text a phrase is whole tokens: a Latin word must not be part of a longer one.
    if (layout === "spaced" && wordEndsBefore(text, start)) continue;
    const end = phraseEndAt(text, units, start, layout);
    if (end < 0 || (layout === "spaced" && wordStartsAt(text, end))) continue;
    return [start, end];
  }
  return undefined;
}

/**
 * Finds the token sequence `phrase` in indexed text (tokens separated by
 * spaces, each with its punctuation attached): the char index where it
 * begins, or -1. An empty phrase is found at once.
 */
export function phraseFinder(phrase: readonly string[]): (indexedText: string) => number {
  if (phrase.length === 0) return () => 0;
  return (indexedText) => findPhrase(indexedText, phrase, "spaced")?.[0] ?? -1;
}

/**
 * Marks where any of the phrases stand in a readable excerpt (HTML with its
 * text escaped), with <mark>; overlapping matches are marked as one.
 */
export function markPhrases(html: string, phrases: ReadonlyArray<readonly string[]>): string {
  const spans: Array<[number, number]> = [];
  for (const units of phrases) {
    for (
      let found = findPhrase(html, units, "tight");
      found;
      found = findPhrase(html, units, "tight", found[1])
    )
      spans.push(found);
  }
  if (spans.length === 0) return html;
  spans.sort((a, b) => a[0] - b[0]);
  let out = "";
  let done = 0;
  for (let i = 0; i < spans.length;) {
    const [start] = spans[i] as [number, number];
    let end = (spans[i] as [number, number])[1];
    for (i++; i < spans.length && (spans[i] as [number, number])[0] <= end; i++)
      end = Math.max(end, (spans[i] as [number, number])[1]);
    out += `${html.slice(done, start)}<mark>${html.slice(start, end)}</mark>`;
    done = end;
  }
  return out + html.slice(done);
}
