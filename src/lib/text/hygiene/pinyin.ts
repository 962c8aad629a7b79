/**
 * Leftovers of a conversion tool that wrote each character's pinyin after it:
 * 漢濱區(qū)委, 業(yè)務, 創(chuàng)建. A bracket counts only when what is inside
 * is a reading of the character(s) just before it (tone marks, tone numbers
 * or none; ASCII or full-width brackets), so 方案(A) or 干部(cadre) are left
 * alone. Readings come from pinyin-pro's dictionary.
 */
import { pinyin } from "pinyin-pro";
import { HAN, type Finding } from "./types.ts";

const LEFTOVER = new RegExp(
  `(${HAN}{1,3})[(（]\\s*([a-zA-Züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ\\u0300-\\u036f]{1,20}[1-5]?)\\s*[)）]`,
  "gu",
);

/** A reading without tones, ü written v: "lǜ" → "lv", "qu1" → "qu". */
const plain = (reading: string): string =>
  reading
    .toLowerCase()
    .replace(/[1-5]$/, "")
    .replace(/ü|u\u0308/g, "v")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");

const readingsCache = new Map<string, Set<string>>();

/** Every toneless reading of one character (also "u" for "v", as converters often write lü as lu). */
function readingsOf(char: string): Set<string> {
  let readings = readingsCache.get(char);
  if (!readings) {
    const list = pinyin(char, { multiple: true, type: "array", toneType: "none", v: true });
    readings = new Set(list.flatMap((r) => [r, r.replace(/v/g, "u")]).filter((r) => /^[a-z]+$/.test(r)));
    readingsCache.set(char, readings);
  }
  return readings;
}

/** Whether `written` is the reading of the last `n` characters of `chars`. */
function readsAs(chars: readonly string[], written: string): number {
  for (let n = 1; n <= chars.length; n++) {
    const tail = chars.slice(chars.length - n);
    const matches = (index: number, rest: string): boolean => {
      if (index === tail.length) return rest === "";
      for (const r of readingsOf(tail[index] as string)) {
        if (rest.startsWith(r) && matches(index + 1, rest.slice(r.length))) return true;
      }
      return false;
    };
    if (matches(0, written)) return n;
  }
  return 0;
}

export function findPinyinLeftovers(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(LEFTOVER)) {
    const chars = [...(match[1] as string)];
    const written = plain(match[2] as string);
    if (written === "" || readsAs(chars, written) === 0) continue;
    // The bracket and what is inside go; the character stays.
    const start = match.index + (match[1] as string).length;
    findings.push({ kind: "pinyin", start, end: match.index + match[0].length, replacement: "" });
  }
  return findings;
}
