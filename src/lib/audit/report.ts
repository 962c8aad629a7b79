/**
 * The audit report: findings sorted and counted by severity, the exit code,
 * and the three forms it is written in (text for the terminal, JSON, and a
 * standalone HTML page for the department's records).
 */
import {
  CHECKS,
  SEVERITIES,
  SEVERITY_NOTES,
  type AuditItem,
  type AuditReport,
  type Severity,
} from "./types.ts";

const CHECK_ORDER = Object.keys(CHECKS);

/** Findings in report order: severity, then check, then file and line; otherwise as found (Array#sort is stable). */
export function sortItems(items: readonly AuditItem[]): AuditItem[] {
  return [...items].sort(
    (a, b) =>
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      CHECK_ORDER.indexOf(a.check) - CHECK_ORDER.indexOf(b.check) ||
      (a.file ?? "").localeCompare(b.file ?? "") ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

export function countItems(items: readonly AuditItem[]): Record<Severity, number> {
  const counts = { 单项否决: 0, 扣分项: 0, 提示: 0 };
  for (const item of items) counts[item.severity] += 1;
  return counts;
}

/** Findings grouped by severity, each group in report order (empty groups included). */
export function groupBySeverity(items: readonly AuditItem[]): Record<Severity, AuditItem[]> {
  const sorted = sortItems(items);
  return {
    单项否决: sorted.filter((i) => i.severity === "单项否决"),
    扣分项: sorted.filter((i) => i.severity === "扣分项"),
    提示: sorted.filter((i) => i.severity === "提示"),
  };
}

/** 1 when anything fails the site outright (单项否决), else 0. */
export function auditExitCode(report: Pick<AuditReport, "items">): number {
  return report.items.some((i) => i.severity === "单项否决") ? 1 : 0;
}

/** The one-line summary: 单项否决 0 项，扣分项 2 项，提示 5 项. */
export function summaryLine(report: Pick<AuditReport, "counts">): string {
  return SEVERITIES.map((s) => `${s} ${report.counts[s]} 项`).join("，");
}

const location = (item: AuditItem) =>
  item.file
    ? `${item.file}${item.line ? `:${item.line}${item.column ? `:${item.column}` : ""}` : ""}`
    : undefined;

const STATUS = { fresh: "正常", stale: "不更新", empty: "空白" } as const;
const MAX_PAGES = 5;

function pagesText(item: AuditItem): string | undefined {
  const all = [item.page, ...(item.pages ?? [])].filter((p): p is string => !!p);
  if (all.length === 0) return undefined;
  const shown = all.slice(0, MAX_PAGES).join("  ");
  return all.length > MAX_PAGES ? `${shown} 等 ${all.length} 个页面` : shown;
}

/** The report as text for the terminal. */
export function formatAuditReport(report: AuditReport): string {
  const out: string[] = [];
  out.push(`站点自查报告：${report.siteName}`);
  out.push(
    `自查日期 ${report.today}${report.commit ? `，提交 ${report.commit}` : ""}；检查 ${report.dist}（子路径 ${report.base}）共 ${report.pages} 个页面、${report.sourceFiles} 个内容文件，用时 ${(report.durationMs / 1000).toFixed(1)} 秒`,
  );
  const skipped = report.checks.filter((c) => !c.ran);
  if (skipped.length > 0)
    out.push(
      `未检查：${skipped.map((c) => `${CHECKS[c.check]}${c.note ? `（${c.note}）` : ""}`).join("；")}`,
    );
  const groups = groupBySeverity(report.items);
  for (const severity of SEVERITIES) {
    const items = groups[severity];
    out.push("", `【${severity}】${items.length} 项（${SEVERITY_NOTES[severity]}）`);
    if (items.length === 0) out.push("  无");
    items.forEach((item, i) => {
      out.push(`  ${i + 1}. [${CHECKS[item.check]}] ${item.message}`);
      const file = location(item);
      if (file) out.push(`     文件：${file}`);
      const pages = pagesText(item);
      if (pages) out.push(`     页面：${pages}`);
      if (item.extract)
        out.push(`     原文：${item.extract.length > 160 ? `${item.extract.slice(0, 160)}…` : item.extract}`);
    });
  }
  if (report.columns.length > 0) {
    out.push("", "栏目更新情况：");
    for (const c of report.columns)
      out.push(
        `  ${c.title}：${STATUS[c.status]}，${c.contentPages} 篇，最新 ${c.newest ?? "无"}${c.age !== undefined ? `（${c.age} 天前）` : ""}，要求 ${c.limit} 天内`,
      );
  }
  if (report.external.length > 0) {
    out.push("", "外部链接：");
    for (const d of report.external) {
      const pages = new Set(d.urls.flatMap((u) => u.pages)).size;
      out.push(
        `  ${d.domain}${d.allowed ? "" : "（不在允许名单中）"}：${d.urls.length} 个网址，${pages} 个页面`,
      );
    }
  }
  out.push(
    "",
    `合计：${summaryLine(report)}。${auditExitCode(report) ? "有单项否决项，不能发布。" : "无单项否决项。"}`,
  );
  return out.join("\n");
}

/** The report as JSON (what --json writes). */
export function auditReportJson(report: AuditReport): string {
  return `${JSON.stringify({ ...report, items: sortItems(report.items), exitCode: auditExitCode(report) }, null, 2)}\n`;
}

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const STYLE = `
body { font-family: system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif; line-height: 1.6; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #999; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #999; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
.counts td { font-size: 1.2rem; } .veto { color: #a00000; } .deduct { color: #8a4b00; }
ol li { margin-bottom: 0.5rem; } .where { color: #444; font-size: 0.9rem; word-break: break-all; }
`;

/** A short standalone HTML page (no external assets) for the department's records. */
export function auditReportHtml(report: AuditReport): string {
  const groups = groupBySeverity(report.items);
  const title = `站点自查报告（${report.today}）`;
  const rows: string[] = [];
  const meta: Array<[string, string]> = [
    ["网站", report.siteName],
    ["自查日期", report.today],
    ["生成时间", report.generatedAt],
    ...(report.commit ? ([["提交", report.commit]] as Array<[string, string]>) : []),
    [
      "检查范围",
      `${report.dist}（子路径 ${report.base}），${report.pages} 个页面，${report.sourceFiles} 个内容文件`,
    ],
    [
      "已检查",
      report.checks
        .map((c) => `${CHECKS[c.check]}${c.ran ? "" : `（未检查${c.note ? `：${c.note}` : ""}）`}`)
        .join("、"),
    ],
    ["结论", auditExitCode(report) ? "有单项否决项，不能发布" : "无单项否决项"],
  ];
  rows.push(
    `<table><tbody>${meta.map(([k, v]) => `<tr><th scope="row">${escape(k)}</th><td>${escape(v)}</td></tr>`).join("")}</tbody></table>`,
  );
  rows.push(
    `<h2>合计</h2><table class="counts"><thead><tr>${SEVERITIES.map((s) => `<th scope="col">${s}</th>`).join("")}</tr></thead><tbody><tr>${SEVERITIES.map((s) => `<td>${report.counts[s]} 项</td>`).join("")}</tr></tbody></table>`,
  );
  const cls: Record<Severity, string> = { 单项否决: "veto", 扣分项: "deduct", 提示: "note" };
  for (const severity of SEVERITIES) {
    const items = groups[severity];
    rows.push(
      `<h2 class="${cls[severity]}">${severity}：${items.length} 项（${escape(SEVERITY_NOTES[severity])}）</h2>`,
    );
    if (items.length === 0) {
      rows.push("<p>无。</p>");
      continue;
    }
    rows.push(
      `<ol>${items
        .map((item) => {
          const where = [
            location(item) && `文件：${location(item)}`,
            pagesText(item) && `页面：${pagesText(item)}`,
          ]
            .filter(Boolean)
            .join("；");
          return `<li>［${escape(CHECKS[item.check])}］${escape(item.message)}${where ? `<br><span class="where">${escape(where)}</span>` : ""}</li>`;
        })
        .join("")}</ol>`,
    );
  }
  if (report.columns.length > 0)
    rows.push(
      `<h2>栏目更新情况</h2><table><thead><tr><th scope="col">栏目</th><th scope="col">状态</th><th scope="col">内容页</th><th scope="col">最新发布</th><th scope="col">要求</th></tr></thead><tbody>${report.columns
        .map(
          (c) =>
            `<tr><td>${escape(c.title)}</td><td>${STATUS[c.status]}</td><td>${c.contentPages}</td><td>${c.newest ?? "无"}${c.age !== undefined ? `（${c.age} 天前）` : ""}</td><td>${c.limit} 天内</td></tr>`,
        )
        .join("")}</tbody></table>`,
    );
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escape(title)}</h1>
${rows.join("\n")}
</main>
</body>
</html>
`;
}
