/**
 * The year of a 文号 in brackets (示例组发〔2024〕5号) and dates in headings
 * should be written one way within an entry. The standard 文号 form (GB/T
 * 9704) is 〔〕; when an entry mixes forms, the others are reported and can be
 * changed to 〔〕. Dates in headings written two ways are reported only.
 */
import type { Finding } from "./types.ts";

/** 组发〔2024〕5号, 组发[2024]5号, 组发（2024）5号 … */
const DOC_NUMBER =
  /(?<=\p{Script=Han})([〔[（(【［])\s*((?:19|20)\d{2})\s*([〕\]）)】］])(?=\s*(?:第\s*)?\d+\s*号)/gu;

export interface DocNumberForm {
  start: number;
  end: number;
  /** The brackets as written, e.g. "[]". */
  form: string;
  year: string;
}

export function docNumberForms(text: string): DocNumberForm[] {
  return [...text.matchAll(DOC_NUMBER)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    form: `${m[1] as string}${m[3] as string}`,
    year: m[2] as string,
  }));
}

/** Given every 文号 form of one entry, the findings for those not written 〔〕 (none when all agree). */
export function inconsistentDocNumbers(forms: readonly DocNumberForm[]): Finding[] {
  if (new Set(forms.map((f) => f.form)).size < 2) return [];
  return forms
    .filter((f) => f.form !== "〔〕")
    .map((f) => ({
      kind: "doc-number-forms" as const,
      start: f.start,
      end: f.end,
      replacement: `〔${f.year}〕`,
    }));
}

const CHINESE_DATE = /\d{4}年\d{1,2}月\d{1,2}日/u;
const NUMERIC_DATE = /\d{4}[-./]\d{1,2}[-./]\d{1,2}/u;

/** Which way a heading writes a date: "chinese" (2024年3月1日), "numeric" (2024-03-01) or undefined. */
export function headingDateForm(heading: string): "chinese" | "numeric" | undefined {
  if (CHINESE_DATE.test(heading)) return "chinese";
  if (NUMERIC_DATE.test(heading)) return "numeric";
  return undefined;
}
