/** Revision chains of rules: a replaced rule is no longer in force, and chains do not loop. */
import { rulesDocs } from "../../model/rules.ts";
import { showValue, type Problem } from "../problem.ts";
import { lineIn, type ValidatedEntry } from "../types.ts";

/** A rule replaced by a newer one must not still claim to be in force, and chains must not loop. */
export function revisionChains(rules: readonly ValidatedEntry[]): Problem[] {
  const byId = new Map(rules.map((r) => [r.entry.id, r]));
  const problems: Problem[] = [];
  for (const rule of rules) {
    const oldId = rule.data["supersedes"] as string | undefined;
    if (!oldId) continue;
    if (oldId === rule.entry.id) {
      problems.push({
        severity: "error",
        file: rule.entry.file,
        line: lineIn(rule.entry, "supersedes"),
        field: "supersedes",
        fieldLabel: rulesDocs.supersedes.label,
        message: "制度不能替代它自己",
        found: showValue(oldId),
        hint: "填写旧版制度的编号，或删去这一行。",
      });
      continue;
    }
    const old = byId.get(oldId);
    if (old && old.data["status"] === "现行有效") {
      problems.push({
        severity: "error",
        file: old.entry.file,
        line: lineIn(old.entry, "status"),
        field: "status",
        fieldLabel: rulesDocs.status.label,
        message: `这项制度已被 ${rule.entry.file} 替代，却仍标为现行有效`,
        found: showValue(old.data["status"]),
        expected: "已修改 或 已废止",
        hint: "把旧版的 status 改为“已修改”（内容被修订）或“已废止”。",
      });
    }
    // Follow the chain; meeting the start again means a loop.
    const visited = new Set([rule.entry.id]);
    let next: string | undefined = oldId;
    while (next && byId.has(next)) {
      if (visited.has(next)) {
        problems.push({
          severity: "error",
          file: rule.entry.file,
          line: lineIn(rule.entry, "supersedes"),
          field: "supersedes",
          fieldLabel: rulesDocs.supersedes.label,
          message: "替代关系绕成了一个圈，无法确定哪一版是现行版本",
          found: showValue(oldId),
          hint: "只在新版上写 supersedes，指向紧邻的旧版。",
        });
        break;
      }
      visited.add(next);
      next = byId.get(next)?.data["supersedes"] as string | undefined;
    }
  }
  return problems;
}
