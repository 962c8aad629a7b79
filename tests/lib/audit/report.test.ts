import { describe, expect, it } from "vitest";
import {
  auditExitCode,
  auditReportHtml,
  auditReportJson,
  countItems,
  formatAuditReport,
  groupBySeverity,
  summaryLine,
} from "../../../src/lib/audit/report.ts";
import type { AuditItem, AuditReport } from "../../../src/lib/audit/types.ts";

const ITEMS: AuditItem[] = [
  {
    severity: "提示",
    check: "external",
    message: "外部链接指向不在允许名单中的域名 a.example.com",
    file: "dist/index.html",
    page: "/",
    pages: ["/a/", "/b/", "/c/", "/d/", "/e/"],
  },
  {
    severity: "扣分项",
    check: "wording",
    message: "“再接再励”应为“再接再厉”",
    file: "src/content/articles/b.md",
    line: 12,
    column: 3,
    page: "/articles/b/",
    extract: "要再接再励",
  },
  {
    severity: "扣分项",
    check: "freshness",
    message: "栏目“规章制度”不更新",
    file: "dist/rules/a/index.html",
    page: "/rules/a/",
  },
  {
    severity: "单项否决",
    check: "freshness",
    message: "首页栏目不更新 <script>",
    file: "dist/index.html",
    page: "/",
  },
  {
    severity: "扣分项",
    check: "wording",
    message: "“针贬”应为“针砭”",
    file: "src/content/articles/b.md",
    line: 3,
    column: 1,
    page: "/articles/b/",
  },
];

const report = (items: AuditItem[]): AuditReport => ({
  today: "2026-03-20",
  generatedAt: "2026-03-20T08:00:00.000Z",
  commit: "abc123",
  siteName: "组工学习门户",
  dist: "dist",
  base: "/",
  pages: 3,
  sourceFiles: 2,
  durationMs: 1234,
  checks: [
    { check: "freshness", ran: true },
    { check: "online", ran: false, note: "未使用 --online" },
  ],
  columns: [
    {
      key: "home",
      title: "首页",
      listPages: ["/"],
      contentPages: 2,
      newest: "2026-03-01",
      newestPage: "/rules/a/",
      age: 19,
      limit: 14,
      status: "stale",
    },
  ],
  external: [
    { domain: "a.example.com", allowed: false, urls: [{ url: "https://a.example.com/", pages: ["/"] }] },
  ],
  items,
  counts: countItems(items),
});

describe("grouping, counts and exit code", () => {
  it("groups by severity, each group by check, file and line", () => {
    const groups = groupBySeverity(ITEMS);
    expect(groups.单项否决.map((i) => i.message)).toEqual(["首页栏目不更新 <script>"]);
    expect(groups.扣分项.map((i) => i.message)).toEqual([
      "栏目“规章制度”不更新",
      "“针贬”应为“针砭”",
      "“再接再励”应为“再接再厉”",
    ]);
    expect(groups.提示).toHaveLength(1);
    expect(countItems(ITEMS)).toEqual({ 单项否决: 1, 扣分项: 3, 提示: 1 });
    expect(summaryLine(report(ITEMS))).toBe("单项否决 1 项，扣分项 3 项，提示 1 项");
  });

  it("exits 1 on any 单项否决 item, 0 with only 扣分项 and 提示", () => {
    expect(auditExitCode(report(ITEMS))).toBe(1);
    expect(auditExitCode(report(ITEMS.filter((i) => i.severity !== "单项否决")))).toBe(0);
    expect(auditExitCode(report([]))).toBe(0);
  });
});

describe("formatAuditReport", () => {
  it("prints the groups in order with file, line and page, then columns, links and the summary", () => {
    const text = formatAuditReport(report(ITEMS));
    const at = (s: string) => text.indexOf(s);
    expect(text).toContain(
      "自查日期 2026-03-20，提交 abc123；检查 dist（子路径 /）共 3 个页面、2 个内容文件，用时 1.2 秒",
    );
    expect(text).toContain("未检查：外部链接可用性（未使用 --online）");
    expect(at("【单项否决】1 项")).toBeLessThan(at("【扣分项】3 项"));
    expect(at("【扣分项】3 项")).toBeLessThan(at("【提示】1 项"));
    expect(text).toContain(
      "  2. [错别字与规范词形] “针贬”应为“针砭”\n     文件：src/content/articles/b.md:3:1\n     页面：/articles/b/",
    );
    expect(text).toContain("     原文：要再接再励");
    expect(text).toContain("     页面：/  /a/  /b/  /c/  /d/ 等 6 个页面");
    expect(text).toContain("  首页：不更新，2 篇，最新 2026-03-01（19 天前），要求 14 天内");
    expect(text).toContain("  a.example.com（不在允许名单中）：1 个网址，1 个页面");
    expect(text.trimEnd().split("\n").at(-1)).toBe(
      "合计：单项否决 1 项，扣分项 3 项，提示 1 项。有单项否决项，不能发布。",
    );
    expect(formatAuditReport(report([]))).toContain("【单项否决】0 项（单项否决，必须立即整改）\n  无");
  });
});

describe("auditReportJson and auditReportHtml", () => {
  it("writes the same report as JSON, with the exit code", () => {
    const json = JSON.parse(auditReportJson(report(ITEMS)));
    expect(json.counts).toEqual({ 单项否决: 1, 扣分项: 3, 提示: 1 });
    expect(json.exitCode).toBe(1);
    expect(json.items[0].severity).toBe("单项否决");
    expect(json.items).toHaveLength(5);
  });

  it("writes a standalone Chinese HTML page with the date, commit and counts, escaping the text", () => {
    const html = auditReportHtml(report(ITEMS));
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain("<title>站点自查报告（2026-03-20）</title>");
    expect(html).toContain("<td>abc123</td>");
    expect(html).toContain("<td>1 项</td><td>3 项</td><td>1 项</td>");
    expect(html).toContain("首页栏目不更新 &lt;script&gt;");
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\/(?!a\.example\.com)/);
  });
});
