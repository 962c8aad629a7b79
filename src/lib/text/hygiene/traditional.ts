/**
 * Traditional characters in Simplified text, found with OpenCC's
 * Traditional → Simplified dictionaries (phrases first, then characters), so a
 * character is judged in its word: 乾燥 → 干燥 but 乾坤 stays, 後來 → 后来 but
 * 皇后 stays. Characters written the same in both scripts never change, so
 * they are never reported.
 *
 * The Hong Kong variants table comes first (説, 衞, 綫 are Traditional too, and
 * it leaves Simplified text as it is), then OpenCC's Traditional → Simplified.
 *
 * Additions to OpenCC's data, all for text that is meant to be Simplified:
 * - variant forms OpenCC does not list, found in real pasted text (陜 for 陝 in
 *   the source article's 陜西省);
 * - 著 is left alone by OpenCC (it is also Simplified: 著名, 显著); here it
 *   becomes 着 where it is the aspect particle or the verb (随著, 看著, 著手),
 *   from a short list of contexts that are never 著名-like.
 * - Mappings that would report correct Simplified text are skipped: 坏 (a
 *   Simplified character; OpenCC's phrases read 破坏土地 as 坯土) and any target
 *   outside the Basic Multilingual Plane (白鱀豚 → 𬶨, a character few fonts
 *   have; official Simplified texts keep 鱀).
 */
import * as OpenCC from "opencc-js/t2cn";
import type { Finding } from "./types.ts";

type Convert = (text: string) => string;
let converter: Convert | undefined;
const toSimplifiedRaw = (text: string): string => {
  converter ??= (OpenCC as unknown as { Converter: (o: { from: string; to: string }) => Convert }).Converter({
    from: "hk",
    to: "cn",
  });
  return converter(text);
};

/** 著 as a particle after these verbs and prepositions (随著 → 随着), unless 著名, 著作 … follows. */
const ZHE_AFTER =
  /([随接沿朝向为带有看睡顺跟照绕等想说做拿走站坐住活写记听抱忙笑望盯靠对趁凭怀起标临行挥响动担负含历穿本衣附执沉藏守盼载盛装])著(?![名作称述录书者文])/gu;
/** 著 starting a word that is 着 in Simplified (著手, 著急 …), unless it ends a 显著-like word. */
const ZHE_BEFORE = /(?<![显名土论编专巨原遗合卓译拙大昭])著(?=[急手力重眼想落实陆迷火凉装色])/gu;

const KEEP_SOURCE = new Set(["坏"]);
const VARIANTS: Record<string, string> = { 陜: "陕" };

/** `text` in Simplified characters (OpenCC plus the 著 contexts above). Length in code points is kept. */
export function toSimplified(text: string): string {
  const source = [...text];
  const converted = [...toSimplifiedRaw(text)];
  if (converted.length !== source.length) return text;
  const kept = converted.map((char, i) => {
    const original = source[i] as string;
    if (char === original) return VARIANTS[original] ?? char;
    if (KEEP_SOURCE.has(original) || (char.codePointAt(0) as number) > 0xffff) return original;
    return char;
  });
  return kept.join("").replace(ZHE_AFTER, "$1着").replace(ZHE_BEFORE, "着");
}

/** At most this many unchanged characters between two Traditional ones keep them one finding (學習型機關). */
const JOIN_GAP = 2;

/** Runs of Traditional characters (a phrase: 學習型機關 is one), each with its Simplified form. */
export function findTraditional(text: string): Finding[] {
  // Nothing outside the CJK ranges can change: skip the dictionary for Latin-only text.
  if (!/[\u3400-\u9fff\uf900-\ufaff]/u.test(text)) return [];
  const simplified = toSimplified(text);
  if (simplified === text) return [];
  const a = [...text];
  const b = [...simplified];
  // Offsets (UTF-16) of each code point, and the runs of changed ones.
  const offsets: number[] = [];
  let offset = 0;
  for (const char of a) {
    offsets.push(offset);
    offset += char.length;
  }
  offsets.push(offset);
  const runs: Array<{ from: number; to: number }> = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    const last = runs.at(-1);
    const between = last ? a.slice(last.to, i) : [];
    if (last && between.length <= JOIN_GAP && between.every((c) => /\p{Script=Han}/u.test(c)))
      last.to = i + 1;
    else runs.push({ from: i, to: i + 1 });
  }
  const findings: Finding[] = runs.map(({ from, to }) => ({
    kind: "traditional",
    start: offsets[from] as number,
    end: offsets[to] as number,
    replacement: b.slice(from, to).join(""),
  }));
  return findings;
}
