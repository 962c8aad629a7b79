/** 五看五比 has five distinct pairs (wukan-wubi.yaml). */
import { WUKAN_WUBI_COUNT, wukanWubiDocs, type WukanWubiData } from "../../model/wukan-wubi.ts";
import { showValue, type Problem } from "../problem.ts";
import { lineIn, type SourceEntry, type ValidatedEntry } from "../types.ts";

/** Five pairs, none repeated. Counted only when every item is valid (invalid ones are reported already). */
export function wukanWubiPairs(
  pairs: readonly ValidatedEntry<WukanWubiData>[],
  entries: readonly SourceEntry[],
): Problem[] {
  const items = entries.filter((e) => e.collection === "wukanWubi");
  const file = items[0]?.file ?? "src/content/wukan-wubi.yaml";
  const problems: Problem[] = [];
  if (items.length === pairs.length && pairs.length !== WUKAN_WUBI_COUNT) {
    problems.push({
      severity: "error",
      file,
      message: `“五看五比”应为五项，现在有 ${pairs.length} 项`,
      found: pairs.map((p) => `${p.data.look}，${p.data.compare}`).join("；") || "（没有）",
      expected: "五项，按顺序：看党性，比政治素质高低；看能力……；看态度……；看作风……；看实绩……",
      hint:
        pairs.length > WUKAN_WUBI_COUNT ? "删去多出的一项。" : "补上缺少的一项（每项写 id、look、compare）。",
    });
  }
  for (const key of ["look", "compare"] as const) {
    const seen = new Map<string, ValidatedEntry<WukanWubiData>>();
    for (const pair of pairs) {
      const first = seen.get(pair.data[key]);
      if (!first) {
        seen.set(pair.data[key], pair);
        continue;
      }
      problems.push({
        severity: "error",
        file: pair.entry.file,
        line: lineIn(pair.entry, key),
        field: key,
        fieldLabel: wukanWubiDocs[key].label,
        message: `与第 ${pairs.indexOf(first) + 1} 项重复`,
        found: showValue(pair.data[key]),
        hint: "五项各不相同；检查是不是把一项复制了两次。",
      });
    }
  }
  return problems;
}
