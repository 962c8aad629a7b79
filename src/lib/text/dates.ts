/**
 * Dates in content are calendar days (YYYY-MM-DD) stored as UTC midnight,
 * so every formatter here reads UTC fields: the page never shifts a day
 * with the build machine's time zone.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a strict YYYY-MM-DD string into a UTC-midnight Date, or undefined. */
export function parseIsoDay(text: string): Date | undefined {
  const match = ISO_DAY.exec(text);
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written.
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  // Rejects 2024-02-30 and the like, which Date would roll over.
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? date
    : undefined;
}

/** 2024-03-01 */
export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** 2024年3月1日 */
export function formatChineseDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** "2024-03" → "2024年3月" */
export function formatChineseMonth(month: string): string {
  const [y, m] = month.split("-");
  return `${y}年${Number(m)}月`;
}

/** The YYYY-MM of a date (UTC). */
export function toMonthKey(date: Date): string {
  return toIsoDay(date).slice(0, 7);
}

/**
 * The first date written 2022年2月25日 in a text (e.g. a study chapter's 出处),
 * as a UTC-midnight Date.
 */
export function firstChineseDate(text: string): Date | undefined {
  const match = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(text);
  if (!match) return undefined;
  const [, y, m, d] = match;
  return parseIsoDay(`${y}-${(m as string).padStart(2, "0")}-${(d as string).padStart(2, "0")}`);
}

/** Ways editors write a day besides YYYY-MM-DD: 2024年3月1日, 2024/3/1, 2024.3.1, 2024-3-1. */
const LOOSE_DAY =
  /^(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[/.](\d{1,2})[/.](\d{1,2})|-(\d{1,2})-(\d{1,2}))$/;

/**
 * Parses a day written YYYY-MM-DD or in one of the common Chinese office
 * forms (2024年3月1日, 2024/3/1, 2024.3.1, 2024-3-1), with full-width digits
 * allowed. `standard` tells whether it was already written YYYY-MM-DD, so the
 * content check can suggest the standard form. Days that do not exist are undefined.
 */
export function parseLooseDay(text: string): { date: Date; standard: boolean } | undefined {
  const trimmed = text.trim();
  const iso = parseIsoDay(trimmed);
  if (iso) return { date: iso, standard: true };
  const ascii = trimmed.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const match = LOOSE_DAY.exec(ascii);
  if (!match) return undefined;
  const [, y, ...rest] = match;
  const [m, d] = rest.filter((part) => part !== undefined) as [string, string];
  const date = parseIsoDay(`${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`);
  return date ? { date, standard: false } : undefined;
}
