/**
 * Rules of the programme data files that span items: 五看五比 has five distinct
 * pairs, and a commitment's measure counts by the commitment's own period.
 */
import { MEASURES, type CommitmentData } from "../model/commitments.ts";
import { WUKAN_WUBI_COUNT, type WukanWubiData } from "../model/wukan-wubi.ts";
import type { SourceEntry } from "./load.ts";
import { showValue, type Problem } from "./problem.ts";
import { lineOfKey } from "./source-lines.ts";

interface Valid<T> {
  entry: SourceEntry;
  data: T;
}

const lineIn = (entry: SourceEntry, key: string) =>
  lineOfKey(entry.source, [key], { startLine: entry.startLine });

/** Five pairs, none repeated. Counted only when every item is valid (invalid ones are reported already). */
export function wukanWubiPairs(
  pairs: readonly Valid<WukanWubiData>[],
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
    const seen = new Map<string, Valid<WukanWubiData>>();
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
        fieldLabel: key === "look" ? "看" : "比",
        message: `与第 ${pairs.indexOf(first) + 1} 项重复`,
        found: showValue(pair.data[key]),
        hint: "五项各不相同；检查是不是把一项复制了两次。",
      });
    }
  }
  return problems;
}

/** A measure counts per year or per month; the commitment that uses it must have that period. */
export function commitmentMeasures(commitments: readonly Valid<CommitmentData>[]): Problem[] {
  return commitments.flatMap(({ entry, data }) => {
    if (!data.measure) return [];
    const period = MEASURES[data.measure].period;
    if (period === data.period) return [];
    return [
      {
        severity: "error" as const,
        file: entry.file,
        line: lineIn(entry, "period"),
        field: "period",
        fieldLabel: "周期",
        message: `统计方法“${data.measure}”按${period.slice(1)}统计，与这项要求的周期不一致`,
        found: showValue(data.period),
        expected: `“${period}”`,
        hint: `把 period 改为 ${period}，或删去 measure 这一行（网站就不统计这一项）。`,
      },
    ];
  });
}
