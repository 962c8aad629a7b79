/** The tables of a stats page: the same numbers in HTML, chart and CSV, and a CSV that Excel/WPS read as Chinese. */
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { barLayout } from "../../../src/lib/programme/charts.ts";
import {
  barsFrom,
  commitmentTable,
  csvPaths,
  MET,
  NOT_MEASURED,
  NOT_YET,
  toCsv,
  yearTables,
  type YearInput,
} from "../../../src/lib/programme/tables.ts";
import type { CommitmentData } from "../../../src/model/commitments.ts";

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const commitment = (c: Partial<CommitmentData> & Pick<CommitmentData, "id">): CommitmentData => ({
  text: "示例要求",
  pillar: "学习型",
  period: "每年",
  target: 1,
  unit: "篇",
  ...c,
});

const input: YearInput = {
  today: "2026-06",
  departments: [
    { id: "zuzhi", name: "组织股" },
    { id: "ganbu", name: "干部股" },
  ],
  articles: [
    { id: "a1", title: "一", authors: ["甲"], department: "zuzhi", date: day("2026-02-01") },
    {
      id: "a2",
      title: "二",
      authors: ["乙"],
      department: "ganbu",
      date: day("2025-02-01"),
      published: { level: "市级", date: day("2026-03-01") },
    },
  ],
  books: [{ id: "b1", title: "乡土中国", month: "2026-01" }],
  rules: [{ id: "r1", category: "工作制度", status: "现行有效", issued: day("2024-01-01") }],
  commitments: [
    commitment({ id: "zixue", text: "每天自学1小时", period: "每天", unit: "小时" }),
    commitment({ id: "wenzhang", text: "每人1篇调研文章", measure: "每人调研文章篇数" }),
    commitment({ id: "dushu", text: "每月读一本书", period: "每月", unit: "本", measure: "推荐书目月数" }),
  ],
};

describe("yearTables", () => {
  const tables = yearTables(input, 2026);

  it("marks each author against the per-author commitment", () => {
    expect(tables.authors.columns).toEqual([
      "作者",
      "股室",
      "调研文章（篇）",
      "达到“至少 1 篇”",
      "市级以上刊发（篇）",
    ]);
    expect(tables.authors.rows).toEqual([
      ["甲", "组织股", 1, MET, 0],
      ["乙", "干部股", 0, NOT_YET, 1],
    ]);
  });

  it("states each commitment's progress, and that the unmeasured ones are not counted", () => {
    expect(commitmentTable(input, 2026).rows.map((row) => row.at(-1))).toEqual([
      NOT_MEASURED,
      "2 名作者中 1 名达到",
      "截至6月，6 个月中有 1 个月有推荐书目",
    ]);
  });

  it("adds a total row to the rules table", () => {
    expect(tables.rules.rows).toEqual([
      ["工作制度", 1, 0, 0, 0, 1],
      ["合计", 1, 0, 0, 0, 1],
    ]);
  });

  it("draws each chart from its table's numbers", () => {
    expect(barsFrom(tables.departments, 1)).toEqual([
      { label: "组织股", value: 1 },
      { label: "干部股", value: 0 },
    ]);
  });

  it("gives every table of every year one CSV path", () => {
    const paths = csvPaths(input, [2026, 2025]);
    expect(paths).toHaveLength(2 * Object.keys(tables).length);
    expect(paths[0]?.params).toEqual({ year: "2026", table: "commitments" });
  });
});

describe("toCsv", () => {
  const table = yearTables(input, 2026).authors;

  it("starts with a UTF-8 byte-order mark and ends lines with CRLF, as Excel and WPS expect", () => {
    const csv = toCsv(table);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain("\r\n");
    expect(csv.replaceAll("\r\n", "")).not.toContain("\n");
  });

  it("parses back to the table's own header and rows", () => {
    const rows: string[][] = parse(toCsv(table), { bom: true });
    expect(rows[0]).toEqual(table.columns);
    expect(rows.slice(1)).toEqual(table.rows.map((row) => row.map(String)));
  });

  it("quotes commas and quotes, and never lets a cell start a spreadsheet formula", () => {
    const csv = toCsv({
      id: "x",
      caption: "x",
      columns: ["名称"],
      rows: [['甲，乙, 丙"丁'], ["=1+1"], ["-2"]],
    });
    const rows: string[][] = parse(csv, { bom: true });
    expect(rows.slice(1)).toEqual([['甲，乙, 丙"丁'], ["'=1+1"], ["'-2"]]);
  });
});

describe("barLayout", () => {
  it("gives longer bars to larger values and whole-number ticks from zero", () => {
    const layout = barLayout([
      { label: "甲", value: 1 },
      { label: "乙", value: 3 },
      { label: "丙", value: 0 },
    ]);
    const [a, b, c] = layout.rows;
    expect(b!.length).toBeGreaterThan(a!.length);
    expect(a!.length).toBeCloseTo(b!.length / 3);
    expect(c!.length).toBe(0);
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 1, 2, 3]);
    expect(layout.rows.every((row) => row.y + 16 < layout.height)).toBe(true);
  });

  it("keeps the scale above a target that no bar reaches, so the target line is inside the chart", () => {
    const layout = barLayout([{ label: "甲", value: 0 }], 5);
    expect(layout.targetX).toBeGreaterThan(layout.x0);
    expect(layout.targetX).toBeLessThanOrEqual(layout.width);
  });
});
