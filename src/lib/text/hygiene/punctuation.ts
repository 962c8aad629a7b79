/**
 * Punctuation and spacing slips in Chinese text, after GB/T 15834 and the
 * W3C's Chinese layout requirements (clreq): half-width marks between Chinese
 * characters, straight quotes around Chinese words, ... for ……, -- for ——,
 * a mark typed twice, spaces inside Chinese text, unbalanced 《》. Latin text,
 * numbers and code-like text around ASCII are left alone: every pattern needs
 * Chinese on at least one side.
 */
import { CJK_CLOSING, CJK_OPENING, CJK_PUNCTUATION, HAN, isHan, type Finding } from "./types.ts";

const P = CJK_PUNCTUATION.replace(/[-\]\\]/g, "\\$&");
/** A Chinese character or Chinese punctuation. */
const C = `(?:${HAN}|[${P}])`;
const CLOSE = `[${CJK_CLOSING}]`;
const OPEN = `[${CJK_OPENING}]`;
const SPACE = "[ \\u3000]";

const FULL: Record<string, string> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！" };

/** , ; : between Chinese (or a Chinese mark) and Chinese, a Chinese mark or a number. */
const COMMA_LIKE = new RegExp(`(?<=(?:${HAN}|${CLOSE}))([,;:])( *)(?=${HAN}|${OPEN}|\\d)`, "gu");
/** ? ! after Chinese, followed by Chinese, a mark, a space or the end. */
const QUESTION_LIKE = new RegExp(`(?<=(?:${HAN}|${CLOSE}))([?!])( *)(?=${C}|\\s|$)`, "gu");
/** A full stop after Chinese: at the end of a line it is 。; between two characters it may be a 间隔号. */
const PERIOD_END = new RegExp(`(?<=${HAN})\\.(?=[ \\t]*(?:\\r?\\n|$))`, "gu");
const PERIOD_MID = new RegExp(`(?<=${HAN})\\.(?=${HAN})`, "gu");
/** Half-width brackets around text with Chinese in it. */
const PARENS = new RegExp(`( *)\\(([^()\\n]*${HAN}[^()\\n]*)\\)( *)`, "gu");
const DOUBLE_QUOTES = new RegExp(`"([^"\\n\\s][^"\\n]*?)"`, "gu");
const SINGLE_QUOTES = new RegExp(`'(${HAN}[^'\\n]*?)'`, "gu");
const ELLIPSIS = new RegExp(`(?<=${C})(?:\\.{3,}|。{3,}|(?<!…)…(?!…))|(?:\\.{3,}|。{3,})(?=${C})`, "gu");
/** -- for ——. (A single — between two words is a 连接号, as in 秦岭—淮河, and stays.) */
const DASH = new RegExp(`(?<=${C}) *-{2,3} *(?=${C})`, "gu");
const DOUBLED_SAFE = /([，。、；：])\1+/gu;
const DOUBLED_OTHER = /([！？])\1+|[，、；：][。，、；：]|。[，、；：]/gu;
const SPACE_BETWEEN = new RegExp(`(?<=${HAN})${SPACE}+(?=${HAN})`, "gu");
const SPACE_BEFORE_MARK = new RegExp(`(?<=${C})${SPACE}+(?=[${P}])|(?<=[${P}])${SPACE}+(?=${C})`, "gu");
/** Spaces that belong: after a 第…章/节/条 number, as the site's own headings and articles are written. */
const NUMBERED =
  /第[零〇一二三四五六七八九十百千万两\d]+[编章节条款项目卷篇部讲课回](?:之[零〇一二三四五六七八九十]+)?$/u;
/** A two-character heading spread out, as official texts print them: 第一章 总 则. */
const SPREAD_HEADING = /第[零〇一二三四五六七八九十百千万两\d]+[编章节](?:[ \u3000]+\p{Script=Han}){2,}\s*$/u;
/** A line with sentence punctuation is prose; a space inside a title, a signature or a list of issuers is not reported. */
const PROSE = /[，。；？！]/u;

export function findHalfWidth(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(COMMA_LIKE)) {
    findings.push({
      kind: "half-width",
      start: m.index,
      end: m.index + m[0].length,
      replacement: FULL[m[1] as string],
    });
  }
  for (const m of text.matchAll(QUESTION_LIKE)) {
    const next = text[m.index + m[0].length];
    // Before a line break the space is trailing whitespace, not ours to change.
    const spaces = next === undefined || /\s/.test(next) ? "" : (m[2] as string);
    findings.push({
      kind: "half-width",
      start: m.index,
      end: m.index + 1 + spaces.length,
      replacement: FULL[m[1] as string],
    });
  }
  for (const m of text.matchAll(PERIOD_END)) {
    findings.push({ kind: "half-width", start: m.index, end: m.index + 1, replacement: "。" });
  }
  for (const m of text.matchAll(PERIOD_MID)) {
    findings.push({ kind: "half-width-period", start: m.index, end: m.index + 1, suggestion: "。" });
  }
  for (const m of text.matchAll(PARENS)) {
    const inner = m[2] as string;
    // Mostly Latin inside (“Windows(系统)”-like) is Latin text, left alone.
    if ((inner.match(/[A-Za-z]/g)?.length ?? 0) > [...inner].filter(isHan).length) continue;
    const before = text[m.index - 1];
    const after = text[m.index + m[0].length];
    // Spaces outside the brackets go when Chinese is on that side.
    const lead = isHan(before) || (before !== undefined && CJK_PUNCTUATION.includes(before)) ? m[1] : "";
    const trail = isHan(after) || (after !== undefined && CJK_PUNCTUATION.includes(after)) ? m[3] : "";
    const start = m.index + (m[1] as string).length - (lead as string).length;
    const end = m.index + m[0].length - (m[3] as string).length + (trail as string).length;
    findings.push({ kind: "half-width", start, end, replacement: `（${inner.trim()}）` });
  }
  return findings;
}

export function findStraightQuotes(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(DOUBLE_QUOTES)) {
    const inner = m[1] as string;
    if (!/\p{Script=Han}/u.test(inner) || /[=<>{}]/.test(inner) || /\s$/.test(inner)) continue;
    findings.push({
      kind: "straight-quotes",
      start: m.index,
      end: m.index + m[0].length,
      replacement: `“${inner}”`,
    });
  }
  for (const m of text.matchAll(SINGLE_QUOTES)) {
    findings.push({
      kind: "straight-quotes",
      start: m.index,
      end: m.index + m[0].length,
      replacement: `‘${m[1] as string}’`,
    });
  }
  return findings;
}

const CORNER: Record<string, string> = { "「": "“", "」": "”", "『": "‘", "』": "’" };

/** 「」 and 『』, to be reported where the same entry also uses “”. */
export function findCornerQuotes(text: string): Finding[] {
  return [...text.matchAll(/[「」『』]/gu)].map((m) => ({
    kind: "mixed-quotes" as const,
    start: m.index,
    end: m.index + 1,
    replacement: CORNER[m[0]],
  }));
}

export const hasCurlyQuotes = (text: string): boolean => /[“”]/u.test(text);

export function findDashesAndEllipses(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(ELLIPSIS)) {
    findings.push({ kind: "ellipsis", start: m.index, end: m.index + m[0].length, replacement: "……" });
  }
  for (const m of text.matchAll(DASH)) {
    // Not at the start of a line: --- there is Markdown (a rule, front matter).
    const lineStart = text.lastIndexOf("\n", m.index) + 1;
    if (text.slice(lineStart, m.index).trim() === "") continue;
    findings.push({ kind: "dash", start: m.index, end: m.index + m[0].length, replacement: "——" });
  }
  return findings;
}

export function findDoubled(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(DOUBLED_SAFE)) {
    // 。。。 is an ellipsis, reported as such.
    if (m[1] === "。" && m[0].length >= 3) continue;
    findings.push({ kind: "doubled", start: m.index, end: m.index + m[0].length, replacement: m[1] });
  }
  for (const m of text.matchAll(DOUBLED_OTHER)) {
    findings.push({ kind: "doubled", start: m.index, end: m.index + m[0].length });
  }
  return findings;
}

export function findSpaces(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(SPACE_BETWEEN)) {
    const lineStart = text.lastIndexOf("\n", m.index) + 1;
    if (NUMBERED.test(text.slice(lineStart, m.index))) continue;
    const lineEnd = text.indexOf("\n", m.index);
    const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
    if (SPREAD_HEADING.test(line) || !PROSE.test(line)) continue;
    findings.push({ kind: "space-between", start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(SPACE_BEFORE_MARK)) {
    const lineStart = text.lastIndexOf("\n", m.index) + 1;
    if (NUMBERED.test(text.slice(lineStart, m.index))) continue;
    findings.push({
      kind: "space-around-punctuation",
      start: m.index,
      end: m.index + m[0].length,
      replacement: "",
    });
  }
  return findings;
}

const BOOK_OPEN = "《〈";
const BOOK_CLOSE = "》〉";

/** 《 without its 》 (or the reverse), line by line. */
export function findUnbalancedBookTitles(text: string): Finding[] {
  const findings: Finding[] = [];
  let open: number[] = [];
  for (let i = 0; i <= text.length; i++) {
    const char = text[i];
    if (char === undefined || char === "\n") {
      for (const start of open) findings.push({ kind: "book-title", start, end: start + 1 });
      open = [];
      continue;
    }
    const o = BOOK_OPEN.indexOf(char);
    if (o >= 0) {
      open.push(i);
      continue;
    }
    const c = BOOK_CLOSE.indexOf(char);
    if (c >= 0) {
      const last = open.at(-1);
      if (last !== undefined && BOOK_OPEN.indexOf(text[last] as string) === c) open.pop();
      else findings.push({ kind: "book-title", start: i, end: i + 1 });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
