/**
 * Queries typed in Traditional characters (個人重大事項報告) searched in
 * Simplified (个人重大事项报告), the script the site is written in. The build
 * makes the map from OpenCC's dictionaries (Taiwan variants, then Traditional
 * to Simplified, phrase-level: 乾淨 → 干净 but 乾坤 stays), kept to what can
 * help this site's index, and ships it in the search manifest, which the
 * search page loads once as it starts: no request per query, and a few
 * kilobytes rather than OpenCC's megabyte.
 *
 * Only a term (a part of the query between spaces) that holds a character
 * standing nowhere in the index is converted: as typed it finds nothing, so
 * converting it can only find more, and every query that finds something
 * finds exactly the same as before (Simplified input never changes; 著 in
 * 著作 stays). Such a term is converted in full, as OpenCC would, characters
 * the index also holds included (乾淨 → 干净 on a site that has 乾坤). An entry
 * is kept only when all of its Simplified form is in the index (else it could
 * not find anything either).
 *
 * This module is shared by the build and the browser: it takes the
 * dictionaries and OpenCC's converter as arguments and imports neither.
 */

/** The map as the search manifest holds it (characters: Traditional and Simplified alternating, one code point each). */
export interface TraditionalMap {
  /** Characters the index lacks, with their Simplified form: "個个們们"; a term holding one is converted. */
  chars: string;
  /** Characters the index holds that OpenCC converts all the same ("乾干"), only inside such a term. */
  shared: string;
  /** Phrases whose conversion differs from their characters' one by one: "乾坤 乾坤|顯著 显著". */
  phrases: string;
}

export const EMPTY_TRADITIONAL_MAP: TraditionalMap = { chars: "", shared: "", phrases: "" };

const HAN = /\p{Script=Han}/u;

const pairString = (map: ReadonlyMap<string, string>) =>
  [...map]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([t, s]) => t + s)
    .join("");

/**
 * The map for an index holding `indexChars`, from the keys of OpenCC's
 * dictionaries (characters and phrases, Traditional) and `convert`, OpenCC's
 * converter for whole texts (the reference: the map gives the same result on
 * every key it keeps).
 */
export function traditionalMap(
  keys: Iterable<string>,
  convert: (text: string) => string,
  indexChars: ReadonlySet<string>,
): TraditionalMap {
  const inIndex = (text: string) => [...text].every((c) => indexChars.has(c));
  const chars = new Map<string, string>();
  const shared = new Map<string, string>();
  const phraseKeys: string[] = [];
  for (const key of new Set(keys)) {
    if (!HAN.test(key)) continue;
    if ([...key].length > 1) {
      phraseKeys.push(key);
      continue;
    }
    const simplified = convert(key);
    if (simplified === key || [...simplified].length !== 1 || !inIndex(simplified)) continue;
    (indexChars.has(key) ? shared : chars).set(key, simplified);
  }
  const byChar = (text: string) => [...text].map((c) => chars.get(c) ?? shared.get(c) ?? c).join("");
  const phrases: string[] = [];
  for (const key of phraseKeys.sort()) {
    const simplified = convert(key);
    if (simplified !== byChar(key) && inIndex(simplified)) phrases.push(`${key} ${simplified}`);
  }
  return { chars: pairString(chars), shared: pairString(shared), phrases: phrases.join("|") };
}

const pairMap = (text: string) => {
  const codePoints = [...text];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < codePoints.length; i += 2)
    map.set(codePoints[i] as string, codePoints[i + 1] as string);
  return map;
};

/**
 * A converter from a map. Each term holding a character the index lacks is
 * converted: at each place the longest phrase that stands there, else the
 * character (OpenCC's own maximum forward matching). Other terms, and text the
 * map does not know (Latin, punctuation, spaces), are left as they are.
 */
export function simplifier(map: TraditionalMap): (text: string) => string {
  const chars = pairMap(map.chars);
  const shared = pairMap(map.shared);
  const phrases = new Map<string, string>();
  let longest = 0;
  for (const entry of map.phrases ? map.phrases.split("|") : []) {
    const [key, value] = entry.split(" ");
    if (!key || !value) continue;
    phrases.set(key, value);
    longest = Math.max(longest, [...key].length);
  }
  if (chars.size === 0) return (text) => text;
  const convertTerm = (term: string) => {
    const units = [...term];
    if (!units.some((unit) => chars.has(unit))) return term;
    let out = "";
    for (let i = 0; i < units.length;) {
      let matched = 0;
      for (let length = Math.min(longest, units.length - i); length > 1 && !matched; length--) {
        const value = phrases.get(units.slice(i, i + length).join(""));
        if (value !== undefined) {
          out += value;
          matched = length;
        }
      }
      if (matched) i += matched;
      else {
        const unit = units[i] as string;
        out += chars.get(unit) ?? shared.get(unit) ?? unit;
        i++;
      }
    }
    return out;
  };
  // Terms as the search splits them (typedTerms), the spaces between kept.
  return (text) =>
    text
      .split(/([\s\u3000]+)/u)
      .map(convertTerm)
      .join("");
}
