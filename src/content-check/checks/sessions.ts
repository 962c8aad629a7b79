/**
 * 学习安排 across entries: the host department and every material resolve, a session
 * off a Friday is pointed out (sessions do move, so a warning), and two sessions at
 * the same place whose times overlap are pointed out (a warning: one may be a typo).
 */
import { COLLECTIONS } from "../../model/collections.ts";
import { MATERIAL_COLLECTIONS, type MaterialCollection, type SessionData } from "../../model/sessions.ts";
import { parseMaterial, sameTimeAndPlace, weekdayName } from "../../lib/content/sessions.ts";
import { toIsoDay } from "../../lib/text/dates.ts";
import { showValue, type Problem } from "../problem.ts";
import { closest } from "../suggest.ts";
import { lineIn, type ValidatedEntry } from "../types.ts";
import { references } from "./references.ts";

const docs = COLLECTIONS.sessions.docs;

export function sessionChecks(
  items: readonly ValidatedEntry[],
  ids: (collection: MaterialCollection | "departments") => readonly string[],
): Problem[] {
  const sessions = items as readonly ValidatedEntry<SessionData>[];
  return [
    ...references(items, "host", "departments", ids("departments")),
    ...sessions.flatMap((item) => materialProblems(item, ids)),
    ...sessions.flatMap(offFriday),
    ...overlaps(sessions),
  ];
}

function materialProblems(
  item: ValidatedEntry<SessionData>,
  ids: (collection: MaterialCollection) => readonly string[],
): Problem[] {
  return (item.data.materials ?? []).flatMap((material, index): Problem[] => {
    const { collection, id } = parseMaterial(material);
    const known = ids(collection);
    if (known.includes(id)) return [];
    const spec = COLLECTIONS[collection];
    const suggestion = closest(id, known);
    return [
      {
        severity: "error",
        file: item.entry.file,
        line: listItemLine(item, "materials", index),
        field: "materials",
        fieldLabel: docs.materials.label,
        message: `引用的${spec.label}不存在`,
        found: showValue(material),
        expected: `src/content/${spec.path}/ 中已有的文件名，写成 ${collection}/文件名（${MATERIAL_COLLECTIONS.map((c) => `${c}/ 为${COLLECTIONS[c].label}`).join("，")}）`,
        hint: suggestion
          ? `是不是想写 ${collection}/${suggestion}？`
          : `先在 src/content/${spec.path}/ 中添加它，或改成已有的文件名。`,
      },
    ];
  });
}

function offFriday(item: ValidatedEntry<SessionData>): Problem[] {
  const weekday = item.data.date.getUTCDay();
  if (weekday === 5) return [];
  return [
    {
      severity: "warning",
      file: item.entry.file,
      line: lineIn(item.entry, "date"),
      field: "date",
      fieldLabel: docs.date.label,
      message: `日期不是星期五（${toIsoDay(item.data.date)} 是${weekdayName(weekday)}）`,
      found: showValue(item.data.date),
      expected: docs.date.expected,
      hint: "周五集中学习日一般在星期五。日期写错了就改正；学习确实调整到了这一天，就不用改。",
    },
  ];
}

function overlaps(sessions: readonly ValidatedEntry<SessionData>[]): Problem[] {
  const problems: Problem[] = [];
  for (const item of sessions) {
    const others = sessions.filter((other) => other !== item && sameTimeAndPlace(item.data, other.data));
    if (others.length === 0) continue;
    problems.push({
      severity: "warning",
      file: item.entry.file,
      line: lineIn(item.entry, "start"),
      field: "start",
      fieldLabel: docs.start.label,
      message: `与 ${others.map((o) => o.entry.file).join("、")} 同一地点、时间重叠`,
      found: `${toIsoDay(item.data.date)} ${item.data.start}–${item.data.end}，${item.data.place}`,
      hint: "核对两次学习的日期、时间和地点；其中一次取消了，就在那个文件里加上 status: 取消。",
    });
  }
  return problems;
}

/** The line of item `index` of a block list under `key` (the key's own line for a flow list). */
function listItemLine(item: ValidatedEntry, key: string, index: number): number | undefined {
  const keyLine = lineIn(item.entry, key);
  if (keyLine === undefined) return undefined;
  const lines = item.entry.source.split(/\r?\n/);
  let seen = -1;
  for (let i = keyLine; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!/^\s+-(\s|$)/.test(line)) break;
    if (++seen === index) return i + 1;
  }
  return keyLine;
}
