/** pillars.yaml describes each of the five pillars exactly once. */
import { PILLARS } from "../../model/fields.ts";
import { pillarsDocs } from "../../model/pillars.ts";
import type { Problem } from "../problem.ts";
import type { SourceEntry, ValidatedEntry } from "../types.ts";

/** pillars.yaml must describe each of the five pillars exactly once. */
export function pillarList(pillars: readonly ValidatedEntry[], entries: readonly SourceEntry[]): Problem[] {
  const file = entries.find((e) => e.collection === "pillars")?.file ?? "src/content/pillars.yaml";
  const names = pillars.map((p) => String(p.data["name"]));
  const problems: Problem[] = [];
  const invalidCount = entries.filter((e) => e.collection === "pillars").length - pillars.length;
  for (const pillar of PILLARS) {
    const count = names.filter((n) => n === pillar).length;
    if (count === 0 && invalidCount === 0) {
      problems.push({
        severity: "error",
        file,
        field: "name",
        fieldLabel: pillarsDocs.name.label,
        message: `缺少“${pillar}”的说明`,
        expected: `五型各一项：${PILLARS.join("、")}`,
        hint: `在 ${file} 中为“${pillar}”加上一项。`,
      });
    } else if (count > 1) {
      problems.push({
        severity: "error",
        file,
        field: "name",
        fieldLabel: pillarsDocs.name.label,
        message: `“${pillar}”出现了 ${count} 次`,
        expected: "每个五型名称只出现一次",
        hint: "删去重复的一项。",
      });
    }
  }
  return problems;
}
