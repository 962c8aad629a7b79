/**
 * The tables of one year's 成果统计 page: one model for the HTML table, the chart
 * beside it and the CSV download, so the three always show the same numbers.
 */
import { stringify } from "csv-stringify/sync";
import type { CommitmentData } from "../../model/commitments.ts";
import { RULE_STATUSES } from "../../model/rules.ts";
import { formatChineseMonth } from "../text/dates.ts";
import { commitmentProgress, type ProgrammeFacts } from "./progress.ts";
import {
  articlesByDepartment,
  authorRows,
  bookMonths,
  publicationsByLevel,
  rulesByCategory,
  type RuleFacts,
} from "./stats.ts";

export type Cell = string | number;

export interface StatTable {
  /** File name of the CSV download, without .csv. */
  id: string;
  caption: string;
  columns: string[];
  rows: Cell[][];
}

export interface YearInput extends ProgrammeFacts {
  rules: readonly RuleFacts[];
  /** In commitments.yaml's order. */
  commitments: readonly CommitmentData[];
}

export const MET = "已达到";
export const NOT_YET = "尚未达到";
export const NOT_MEASURED = "本站没有这一项的数据，不作统计";

/** A commitment's target as written: 1 篇, 20000 字. */
export const targetText = (c: Pick<CommitmentData, "target" | "unit">) => `${c.target} ${c.unit}`;

export function departmentTable(input: YearInput, year: number): StatTable {
  return {
    id: "departments",
    caption: `${year}年各股室调研文章`,
    columns: ["股室", "调研文章（篇）", "市级以上刊发（篇）"],
    rows: articlesByDepartment(input.articles, input.departments, year).map((r) => [
      r.name,
      r.articles,
      r.cityOrAbove,
    ]),
  };
}

export function levelTable(input: YearInput, year: number): StatTable {
  return {
    id: "levels",
    caption: `${year}年刊发的调研文章（按刊发级别）`,
    columns: ["刊发级别", "篇数"],
    rows: publicationsByLevel(input.articles, year).map((r) => [r.level, r.count]),
  };
}

/** Per-author counts, with a met/not-yet column for each per-author commitment in commitments.yaml. */
export function authorTable(input: YearInput, year: number): StatTable {
  const articleGoal = input.commitments.find((c) => c.measure === "每人调研文章篇数");
  const publishGoal = input.commitments.find((c) => c.measure === "每人市级以上刊发篇数");
  const status = (count: number, goal: CommitmentData) => (count >= goal.target ? MET : NOT_YET);
  return {
    id: "authors",
    caption: `${year}年每名作者的调研文章`,
    columns: [
      "作者",
      "股室",
      "调研文章（篇）",
      ...(articleGoal ? [`达到“至少 ${targetText(articleGoal)}”`] : []),
      "市级以上刊发（篇）",
      ...(publishGoal ? [`达到“市级以上 ${targetText(publishGoal)}”`] : []),
    ],
    rows: authorRows(input.articles, input.departments, year).map((r) => [
      r.name,
      r.departments.join("、"),
      r.articles,
      ...(articleGoal ? [status(r.articles, articleGoal)] : []),
      r.cityOrAbove,
      ...(publishGoal ? [status(r.cityOrAbove, publishGoal)] : []),
    ]),
  };
}

export function bookTable(input: YearInput, year: number): StatTable {
  return {
    id: "books",
    caption: `${year}年每月推荐书目`,
    columns: ["月份", "推荐书目"],
    rows: bookMonths(input.books, year).map((m) => [
      formatChineseMonth(m.month),
      m.book ? `《${m.book.title}》` : "—",
    ]),
  };
}

export function ruleTable(input: YearInput, year: number): StatTable {
  const rows = rulesByCategory(input.rules, year);
  const totals = RULE_STATUSES.map((_, i) => rows.reduce((sum, r) => sum + (r.byStatus[i] ?? 0), 0));
  return {
    id: "rules",
    caption: `截至${year}年底印发的规章制度（时效性为现在的状态）`,
    columns: ["类别", ...RULE_STATUSES, "合计"],
    rows: [
      ...rows.map((r) => [r.category, ...r.byStatus, r.total]),
      ["合计", ...totals, totals.reduce((a, b) => a + b, 0)],
    ],
  };
}

/** What the portal can say of a commitment in `year`. */
export function progressText(commitment: CommitmentData, input: YearInput, year: number): string {
  const progress = commitmentProgress(commitment, input, year);
  if (!progress.measured) return NOT_MEASURED;
  if (progress.of === 0) return progress.counted === "个月" ? "这一年还没有开始" : "这一年没有可统计的作者";
  if (progress.counted === "个月") {
    const scope = progress.of < 12 ? `截至${progress.of}月，` : "";
    return `${scope}${progress.of} 个月中有 ${progress.met} 个月有推荐书目`;
  }
  return `${progress.of} 名作者中 ${progress.met} 名达到`;
}

export function commitmentTable(input: YearInput, year: number): StatTable {
  return {
    id: "commitments",
    caption: `${year}年量化要求完成情况`,
    columns: ["五型", "要求", "周期", "目标", "统计结果"],
    rows: input.commitments.map((c) => [
      c.pillar,
      c.text,
      c.period,
      targetText(c),
      progressText(c, input, year),
    ]),
  };
}

/** Every table of a year's page, by name, in page order. */
export function yearTables(input: YearInput, year: number) {
  return {
    commitments: commitmentTable(input, year),
    departments: departmentTable(input, year),
    levels: levelTable(input, year),
    authors: authorTable(input, year),
    books: bookTable(input, year),
    rules: ruleTable(input, year),
  } satisfies Record<string, StatTable>;
}

/**
 * A cell Excel or WPS would run as a formula (=, +, -, @ first) starts with an
 * apostrophe instead: a downloaded table must never execute anything.
 */
const defuse = (cell: Cell): Cell =>
  typeof cell === "string" && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;

/**
 * The table as a CSV file that Excel and WPS open with Chinese text intact: UTF-8
 * with a byte-order mark (without it, Excel reads the bytes as GBK), CRLF line ends.
 */
export function toCsv(table: StatTable): string {
  const body = stringify([table.columns, ...table.rows.map((row) => row.map(defuse))], {
    record_delimiter: "windows",
  });
  return `\uFEFF${body}`;
}

/** The bars of a chart drawn from a table: first column as labels, `column` as values. */
export function barsFrom(table: StatTable, column: number): { label: string; value: number }[] {
  return table.rows.map((row) => ({ label: String(row[0]), value: Number(row[column]) }));
}

/** Static paths of every year's tables, for the CSV endpoint. */
export function csvPaths(input: YearInput, years: readonly number[]) {
  return years.flatMap((year) =>
    Object.values(yearTables(input, year)).map((table) => ({
      params: { year: String(year), table: table.id },
      props: { table },
    })),
  );
}
