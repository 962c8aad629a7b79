/**
 * 错别字与规范词形: the wording list (audit/wording.yaml, entries `wrong → right`)
 * and the search for its wrong forms in the content, line by line.
 */
import yaml from "js-yaml";
import { SEVERITIES, type AuditItem, type Severity } from "./types.ts";

export interface WordingEntry {
  wrong: string;
  right: string;
  note?: string | undefined;
  source?: string | undefined;
  severity: Severity;
  /**
   * Longer correct texts that contain `wrong` (既使 in 既使用): a match inside
   * one of them is not reported. `right` is always one of them.
   */
  except: string[];
  /** The entry's line in the list file. */
  line?: number | undefined;
}

export interface WordingList {
  entries: WordingEntry[];
  /** Problems with the list itself, in Chinese, each with the file and line. */
  errors: string[];
}

const KEYS = ["wrong", "right", "note", "source", "severity", "except"] as const;
const DEFAULT_SEVERITY: Severity = "扣分项";

const text = (value: unknown) => (typeof value === "string" ? value.trim() : undefined);

/** Parses and checks a wording list; `file` names it in the messages. */
export function parseWordingList(source: string, file: string): WordingList {
  let data: unknown;
  try {
    data = yaml.load(source, { filename: file });
  } catch (error) {
    const e = error as { mark?: { line?: number }; reason?: string; message: string };
    const line = e.mark?.line !== undefined ? ` 第 ${e.mark.line + 1} 行` : "";
    return {
      entries: [],
      errors: [`${file}${line}：YAML 格式错误（${e.reason ?? e.message}），请检查缩进、冒号和引号`],
    };
  }
  if (data === undefined || data === null) return { entries: [], errors: [] };
  if (!Array.isArray(data))
    return {
      entries: [],
      errors: [`${file}：应是一个列表，每项以“- wrong: 错误写法”开头，下一行“right: 正确写法”`],
    };
  // The line of each top-level "- " item, in order (block-style lists, as the file is written).
  const itemLines = source
    .split(/\r?\n/)
    .map((line, i) => (/^-(\s|$)/.test(line) ? i + 1 : 0))
    .filter((n) => n > 0);
  const entries: WordingEntry[] = [];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  data.forEach((raw: unknown, index) => {
    const line = itemLines[index];
    const at = `${file}${line ? ` 第 ${line} 行` : ""}（第 ${index + 1} 项）`;
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      errors.push(`${at}：应是含 wrong（错误写法）和 right（正确写法）的条目`);
      return;
    }
    const item = raw as Record<string, unknown>;
    const problems: string[] = [];
    for (const key of Object.keys(item))
      if (!(KEYS as readonly string[]).includes(key))
        problems.push(`未知字段“${key}”，可用的字段是 ${KEYS.join("、")}`);
    const wrong = text(item["wrong"]);
    const right = text(item["right"]);
    if (!wrong) problems.push("缺少 wrong（错误写法），或它不是文字");
    if (!right) problems.push("缺少 right（正确写法），或它不是文字");
    if (wrong && right && wrong === right) problems.push(`wrong 和 right 相同（“${wrong}”）`);
    const severity = item["severity"] ?? DEFAULT_SEVERITY;
    if (!(SEVERITIES as readonly unknown[]).includes(severity))
      problems.push(
        `severity 应为 ${SEVERITIES.join("、")} 之一（不填为${DEFAULT_SEVERITY}），现为“${JSON.stringify(severity)}”`,
      );
    for (const key of ["note", "source"] as const)
      if (item[key] !== undefined && typeof item[key] !== "string") problems.push(`${key} 应是文字`);
    const except = item["except"] ?? [];
    if (!Array.isArray(except) || except.some((e) => typeof e !== "string"))
      problems.push("except 应是文字列表，例如 except: [既使用]");
    else if (wrong)
      for (const e of except as string[])
        if (!e.includes(wrong)) problems.push(`except 中的“${e}”不包含 wrong“${wrong}”，不起作用`);
    if (wrong && seen.has(wrong)) problems.push(`wrong“${wrong}”与第 ${seen.get(wrong)} 项重复`);
    if (problems.length > 0) {
      errors.push(...problems.map((p) => `${at}：${p}`));
      return;
    }
    seen.set(wrong as string, index + 1);
    entries.push({
      wrong: wrong as string,
      right: right as string,
      note: text(item["note"]) || undefined,
      source: text(item["source"]) || undefined,
      severity: severity as Severity,
      except: [
        ...new Set([
          ...(except as string[]).map((e) => e.trim()),
          ...((right as string).includes(wrong as string) ? [right as string] : []),
        ]),
      ],
      line,
    });
  });
  return { entries, errors };
}

export interface WordingHit {
  entry: WordingEntry;
  /** 1-based line and column (in characters) of the wrong form. */
  line: number;
  column: number;
  /** The line around the hit, shortened. */
  context: string;
}

/** Whether the occurrence of `wrong` at `at` in `line` lies inside one of the entry's exceptions. */
function excepted(line: string, at: number, entry: WordingEntry): boolean {
  return entry.except.some((e) => {
    for (let k = e.indexOf(entry.wrong); k >= 0; k = e.indexOf(entry.wrong, k + 1))
      if (line.startsWith(e, at - k)) return true;
    return false;
  });
}

const around = (line: string, at: number, length: number) => {
  const from = Math.max(0, at - 12);
  const to = Math.min(line.length, at + length + 12);
  return `${from > 0 ? "…" : ""}${line.slice(from, to).trim()}${to < line.length ? "…" : ""}`;
};

/** Every occurrence of every entry's wrong form in `source`, by line (a form broken across lines is not found). */
export function findWording(source: string, entries: readonly WordingEntry[]): WordingHit[] {
  const hits: WordingHit[] = [];
  source.split(/\r?\n/).forEach((line, i) => {
    for (const entry of entries)
      for (
        let at = line.indexOf(entry.wrong);
        at >= 0;
        at = line.indexOf(entry.wrong, at + entry.wrong.length)
      )
        if (!excepted(line, at, entry))
          hits.push({
            entry,
            line: i + 1,
            column: [...line.slice(0, at)].length + 1,
            context: around(line, at, entry.wrong.length),
          });
  });
  return hits;
}

export function wordingItems(
  hits: readonly WordingHit[],
  file: string,
  page: string | undefined,
): AuditItem[] {
  return hits.map(({ entry, line, column, context }) => ({
    severity: entry.severity,
    check: "wording",
    message: `“${entry.wrong}”应为“${entry.right}”${entry.note ? `（${entry.note}）` : ""}${entry.source ? `，依据：${entry.source}` : ""}`,
    file,
    line,
    column,
    page,
    extract: context,
  }));
}
