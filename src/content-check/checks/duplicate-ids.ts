/** Two entries of a collection with one id would make one URL. */
import type { Problem } from "../problem.ts";
import type { SourceEntry } from "../types.ts";

export function duplicateIds(entries: readonly SourceEntry[]): Problem[] {
  const seen = new Map<string, SourceEntry>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const key = `${entry.collection}/${entry.id}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        severity: "error",
        file: entry.file,
        line: entry.startLine,
        message: `编号“${entry.id}”与 ${first.file} 重复，两者会生成同一个网址`,
        hint: "给其中一个换一个文件名（或 id）。",
      });
    } else {
      seen.set(key, entry);
    }
  }
  return problems;
}
