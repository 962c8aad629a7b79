/**
 * Chinese numerals as used in regulation headings and article numbers
 * (第一章, 第二十三条, 第一百零五条). Only the forms that appear in Chinese
 * legal texts are supported: 零一二三四五六七八九十百千, plus 〇 and 两.
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Parses 二十三 → 23, 一百零五 → 105, 十 → 10. Units must fall from left to
 * right (一百一十, never 一十一百 or 一百一百); anything else is undefined.
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text === "") return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  for (const char of text) {
    const value = DIGITS[char];
    const unit = UNITS[char];
    if (value !== undefined) {
      // Two digits in a row are only allowed after 零 (一百零五).
      if (digit !== undefined && digit !== 0) return undefined;
      digit = value;
    } else if (unit !== undefined) {
      if (unit >= lastUnit || digit === 0) return undefined;
      // A bare 十 at the start means 一十 (十五 = 15).
      const multiplier = digit ?? (total === 0 && unit === 10 ? 1 : undefined);
      if (multiplier === undefined) return undefined;
      total += multiplier * unit;
      lastUnit = unit;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total + (digit ?? 0);
}

/** Formats 23 → 二十三, 105 → 一百零五, 10 → 十 (the way article numbers are written). */
export function toChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 9999) {
    throw new RangeError(`cannot write ${value} as a Chinese numeral`);
  }
  if (value === 0) return "零";
  const names = [..."零一二三四五六七八九"];
  const units = ["千", "百", "十", ""];
  const places = String(value).padStart(4, "0").split("").map(Number);
  let out = "";
  let pendingZero = false;
  places.forEach((d, i) => {
    if (d === 0) {
      if (out !== "") pendingZero = true;
      return;
    }
    if (pendingZero) out += "零";
    pendingZero = false;
    out += `${names[d] ?? ""}${units[i] ?? ""}`;
  });
  // 一十五 is written 十五 when it leads the number.
  return out.startsWith("一十") ? out.slice(1) : out;
}
