/**
 * Readable ASCII ids (file names) from Chinese titles: toneless pinyin, one
 * syllable group per word, words joined by hyphens — 首问负责制度 →
 * shouwen-fuze-zhidu. Words come from the runtime's Chinese word segmenter
 * (Intl.Segmenter, dictionary based); single characters it leaves alone are
 * paired, since most Chinese words have two syllables.
 */
import { pinyin } from "pinyin-pro";
import { ID_PATTERN } from "../../../src/model/fields.ts";

/** Words that add nothing to an id. */
const STOP_WORDS = new Set(["关于", "的", "之", "与", "和", "及", "以及", "对", "在"]);
/** A prefix that almost every national law carries. */
const STATE_PREFIX = /^中华人民共和国/;

const segmenter = new Intl.Segmenter("zh-CN", { granularity: "word" });
const isHan = (text: string) => /^\p{Script=Han}+$/u.test(text);

/** Words of a title, single Han characters paired up. */
function words(title: string): string[] {
  const raw = [...segmenter.segment(title.replace(STATE_PREFIX, ""))]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment);
  const result: string[] = [];
  let singles: string[] = [];
  const flush = () => {
    for (let i = 0; i < singles.length; i += 2) {
      // An odd one out joins the pair before it (三个字 stays one word).
      if (i + 3 === singles.length) {
        result.push(singles.slice(i).join(""));
        break;
      }
      result.push(singles.slice(i, i + 2).join(""));
    }
    singles = [];
  };
  for (const word of raw) {
    if (STOP_WORDS.has(word)) {
      flush();
      continue;
    }
    if (word.length === 1 && isHan(word)) {
      singles.push(word);
      continue;
    }
    flush();
    result.push(word);
  }
  flush();
  return result;
}

/** One word in ASCII: pinyin without tones (ü as v) for Han, lower-case letters and digits otherwise. */
function wordToAscii(word: string): string {
  const parts: string[] = [];
  for (const chunk of word.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? []) {
    if (isHan(chunk)) {
      parts.push(pinyin(chunk, { toneType: "none", type: "array", v: true }).join(""));
    } else {
      parts.push(
        chunk
          .normalize("NFKC")
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-"),
      );
    }
  }
  return parts.join("-").replace(/-+/g, "-").replace(/^-|-$/g, "");
}

export interface SlugOptions {
  /** At most this many characters, cut at a word boundary. */
  maxLength?: number;
  /** At most this many words. */
  maxWords?: number;
}

/** An id for a title, e.g. 首问负责制度 → shouwen-fuze-zhidu; "" when nothing readable is left. */
export function titleToId(title: string, options: SlugOptions = {}): string {
  const { maxLength = 40, maxWords = 6 } = options;
  const kept: string[] = [];
  for (const word of words(title.replace(/[《》〈〉“”"'‘’]/g, ""))) {
    const ascii = wordToAscii(word);
    if (ascii === "") continue;
    const next = [...kept, ascii].join("-");
    if (kept.length >= maxWords || (next.length > maxLength && kept.length > 0)) break;
    kept.push(ascii);
  }
  const id = kept.join("-").slice(0, maxLength).replace(/-+$/, "");
  return ID_PATTERN.test(id) ? id : "";
}

/** `id`, or id-2, id-3, … when it is taken. */
export function uniqueId(id: string, isTaken: (id: string) => boolean): string {
  let candidate = id;
  for (let n = 2; isTaken(candidate); n++) candidate = `${id}-${n}`;
  return candidate;
}

/** Whether an id an editor typed is usable as a file name. */
export const isValidId = (id: string): boolean => ID_PATTERN.test(id);
