/** One thing wrong with the content, and how it is reported to an editor. */

export interface Problem {
  severity: "error" | "warning";
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number | undefined;
  /** Front-matter key (dotted for nested keys), or undefined for whole-file problems. */
  field?: string | undefined;
  /** Chinese name of the field, e.g. 时效性. */
  fieldLabel?: string | undefined;
  /** What is wrong, one short sentence. */
  message: string;
  /** The value found, already quoted for display. */
  found?: string | undefined;
  /** What a valid value looks like. */
  expected?: string | undefined;
  /** A concrete next step. */
  hint?: string | undefined;
  /** For a block that groups the places of one kind of problem in a file: how many there are (`line` is the first). */
  count?: number | undefined;
}

/** Shows a value the way an editor wrote it: strings in Chinese quotes, dates as YYYY-MM-DD. */
export function showValue(value: unknown): string {
  if (value === undefined) return "（未填写）";
  if (value === null) return "（空值）";
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "（无效日期）" : value.toISOString().slice(0, 10);
  if (typeof value === "string") return `“${value}”`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(withDaysAsText(value));
}

/** Dates inside lists and objects as YYYY-MM-DD (JSON.stringify would write full timestamps). */
function withDaysAsText(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(withDaysAsText);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withDaysAsText(v)]));
  }
  return value;
}

/** One block per problem, in Chinese. */
export function formatProblem(problem: Problem): string {
  const many = problem.count !== undefined && problem.count > 1 ? `起，共 ${problem.count} 处` : "";
  const where = problem.line ? `${problem.file} 第 ${problem.line} 行${many}` : problem.file;
  const mark = problem.severity === "error" ? "错误" : "提醒";
  const lines = [`【${mark}】${where}`];
  if (problem.field) {
    lines.push(`  字段：${problem.field}${problem.fieldLabel ? `（${problem.fieldLabel}）` : ""}`);
  }
  lines.push(`  问题：${problem.message}`);
  if (problem.found !== undefined) lines.push(`  发现：${problem.found}`);
  if (problem.expected) lines.push(`  应为：${problem.expected}`);
  if (problem.hint) lines.push(`  怎么改：${problem.hint}`);
  return lines.join("\n");
}

/** The whole report: every problem, then a count. */
export function formatReport(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  if (problems.length === 0) return "内容检查通过：没有发现问题。";
  const blocks = problems.map(formatProblem);
  const summary =
    errors > 0
      ? `内容检查未通过：${errors} 个错误${warnings ? `，${warnings} 个提醒` : ""}。请按“怎么改”逐条修正后重新运行。`
      : `内容检查通过，但有 ${warnings} 个提醒，建议处理。`;
  return `${blocks.join("\n\n")}\n\n${summary}`;
}

export const hasErrors = (problems: readonly Problem[]): boolean =>
  problems.some((p) => p.severity === "error");
