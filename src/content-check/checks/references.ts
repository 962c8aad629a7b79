/** References from one collection to the ids of another (department, supersedes, related). */
import { COLLECTIONS, type CollectionName } from "../../model/collections.ts";
import { showValue, type Problem } from "../problem.ts";
import { closest } from "../suggest.ts";
import { lineIn, type ValidatedEntry } from "../types.ts";

export function references(
  items: readonly ValidatedEntry[],
  key: string,
  target: CollectionName,
  targets: readonly string[],
): Problem[] {
  const spec = COLLECTIONS[target];
  const targetLabel = spec.label;
  const where = `src/content/${spec.path}${spec.kind === "markdown" ? "/" : ""}`;
  const known = new Set(targets);
  const problems: Problem[] = [];
  for (const item of items) {
    const raw = item.data[key];
    // The schema has passed: a reference is an id string, or a list of them.
    const values = raw === undefined ? [] : Array.isArray(raw) ? raw.map(String) : [raw as string];
    for (const value of values) {
      if (known.has(value)) continue;
      const suggestion = closest(value, targets);
      problems.push({
        severity: "error",
        file: item.entry.file,
        line: lineIn(item.entry, key),
        field: key,
        fieldLabel: COLLECTIONS[item.entry.collection].docs[key as never]?.["label"],
        message: `引用的${targetLabel}不存在`,
        found: showValue(value),
        expected: `${where} 中已有的编号${targets.length ? `，例如 ${targets.slice(0, 5).join("、")}` : ""}`,
        hint: suggestion ? `是不是想写 ${suggestion}？` : `先在 ${where} 中添加它，或改成已有的编号。`,
      });
    }
  }
  return problems;
}
