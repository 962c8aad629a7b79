/**
 * Text that was damaged on the way and cannot be read: 锟斤拷 (GBK bytes of
 * replacement characters read back as GBK), U+FFFD replacement characters,
 * and UTF-8 read as Latin-1/Windows-1252 (ï¼Œ for ，, ä¸­æ–‡ for 中文). The
 * last is decoded back as a suggestion; none of them is changed by --fix
 * (the first two have lost the original text).
 */
import type { Finding } from "./types.ts";

const LOST = /(?:锟斤拷)+|(?:烫){3,}|(?:屯){3,}|\uFFFD+/gu;

/** Windows-1252's characters for bytes 0x80–0x9F (the rest of 0x80–0xFF are Latin-1's). */
const CP1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
const CONTINUATION = `[\\u0080-\\u00BF${CP1252.replace(/[\u0080-\u009F]/g, "")}]`;
/** A UTF-8 lead byte (0xC2–0xEF) read as one character, then its continuation bytes. */
const LATIN_RUN = new RegExp(
  `(?:[\\u00C2-\\u00DF]${CONTINUATION}|[\\u00E0-\\u00EF]${CONTINUATION}{2})+`,
  "gu",
);

function byteOf(char: string): number | undefined {
  const code = char.charCodeAt(0);
  const index = CP1252.indexOf(char);
  if (index >= 0) return 0x80 + index;
  return code <= 0xff ? code : undefined;
}

/** The text a Latin-1 run was before it was misread, when it decodes as UTF-8. */
export function decodeLatin1Run(run: string): string | undefined {
  const bytes: number[] = [];
  for (const char of run) {
    const byte = byteOf(char);
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}

export function findMojibake(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(LOST)) {
    findings.push({ kind: "mojibake", start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(LATIN_RUN)) {
    const decoded = decodeLatin1Run(match[0]);
    // Only runs that decode to Chinese or punctuation are mojibake (×… decodes too, to a Hebrew point).
    if (decoded === undefined || !/[\u2010-\u206f\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u.test(decoded))
      continue;
    findings.push({
      kind: "mojibake",
      start: match.index,
      end: match.index + match[0].length,
      suggestion: decoded,
    });
  }
  return findings;
}
