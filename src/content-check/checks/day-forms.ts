/**
 * Dates written in another accepted form get a warning with the standard one;
 * an unquoted YYYY-MM-DD that does not exist is an error.
 */
import { COLLECTIONS } from "../../model/collections.ts";
import { parseIsoDay, toIsoDay } from "../../lib/text/dates.ts";
import { valueAt } from "../issues.ts";
import { showValue, type Problem } from "../problem.ts";
import type { SourceEntry } from "../types.ts";

const ISO_TEXT = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Dates written in another accepted form (2024年3月1日, 2024/3/1) get a
 * warning with the standard form; an unquoted YYYY-MM-DD that does not exist
 * (YAML would silently roll 2024-02-30 over to 2024-03-01) is an error.
 */
export function dayForms(
  entry: SourceEntry,
  parsed: unknown,
  lineOf: (keyPath: readonly PropertyKey[]) => number | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const docs = COLLECTIONS[entry.collection].docs as Record<string, { label: string; expected: string }>;
  const visit = (value: unknown, keyPath: PropertyKey[]) => {
    if (value instanceof Date) {
      const key = keyPath.filter((k) => typeof k === "string").join(".");
      const raw = valueAt(entry.data, keyPath);
      const line = lineOf(keyPath);
      const base = { file: entry.file, line, field: key, fieldLabel: docs[key]?.label };
      if (typeof raw === "string" && !ISO_TEXT.test(raw.trim())) {
        problems.push({
          ...base,
          severity: "warning",
          message: `日期不是标准写法，已按 ${toIsoDay(value)} 理解`,
          found: showValue(raw),
          expected: "YYYY-MM-DD，例如 2024-03-01",
          hint: `建议改为 ${toIsoDay(value)}。`,
        });
      } else if (raw instanceof Date && line !== undefined) {
        const written = /:\s*["']?(\d{4}-\d{2}-\d{2})\b/.exec(
          entry.source.split(/\r?\n/)[line - 1] ?? "",
        )?.[1];
        if (written && !parseIsoDay(written)) {
          problems.push({
            ...base,
            severity: "error",
            message: "这一天不存在",
            found: `“${written}”`,
            expected: docs[key]?.expected,
            hint: "核对月份和日期（例如 2 月没有 30 日，4、6、9、11 月没有 31 日）。",
          });
        }
      }
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...keyPath, i]));
    else if (value !== null && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) visit(v, [...keyPath, k]);
    }
  };
  visit(parsed, []);
  return problems;
}
