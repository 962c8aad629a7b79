/**
 * npm run audit — 站点自查: audits the built site (dist/, or --dist) and the
 * content sources the way 《政府网站与政务新媒体检查指标》 inspects a government
 * site, prints the report in Chinese grouped by severity, saves it as JSON and
 * HTML (audit-report/ by default), and exits 1 when anything is 单项否决.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { auditExitCode, formatAuditReport } from "../../src/lib/audit/report.ts";
import { PROJECT_ROOT } from "../common/project.ts";
import { runAudit } from "./lib/run-audit.ts";
import { saveAuditReport } from "./lib/save-report.ts";

const HELP = `npm run audit -- [选项]

站点自查：检查已生成的网站（默认 dist/）和内容文件，按单项否决、扣分项、提示列出问题。
有单项否决项时退出码为 1。

选项：
  --dist <目录>        要检查的网站目录（默认 dist）
  --base <子路径>      网站的子路径，如 /portal/（默认从首页的 canonical 链接读取）
  --today <日期>       自查日期 YYYY-MM-DD（默认今天），栏目更新按它计算
  --online             逐个访问外部链接，报告无法访问的
  --no-html            不运行 W3C HTML 检查器（需要 Java）
  --no-axe             不运行 axe-core 无障碍检查（需要 Chromium）
  --json <文件>        JSON 报告的位置（默认 audit-report/audit-<日期>.json）
  --html <文件>        HTML 报告的位置（默认 audit-report/audit-<日期>.html）
  --no-save            不保存 JSON 和 HTML 报告，只在屏幕上显示
  --help               显示本说明`;

let args;
try {
  args = parseArgs({
    allowNegative: true,
    options: {
      dist: { type: "string" },
      base: { type: "string" },
      today: { type: "string" },
      online: { type: "boolean", default: false },
      html: { type: "string" },
      "html-check": { type: "boolean", default: true },
      axe: { type: "boolean", default: true },
      json: { type: "string" },
      save: { type: "boolean", default: true },
      help: { type: "boolean", default: false },
    },
    // --no-html is the checker switch; --html <file> the report path. parseArgs cannot have both on one name.
    args: process.argv.slice(2).map((a) => (a === "--no-html" ? "--no-html-check" : a)),
  }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n\n${HELP}`);
  process.exit(2);
}
if (args.help) {
  console.log(HELP);
  process.exit(0);
}
if (args.base !== undefined && !/^\/(?:[^/]+\/)*$/.test(args.base)) {
  console.error(`--base 应以 / 开头并以 / 结尾，例如 /portal/，现为“${args.base}”`);
  process.exit(2);
}

try {
  const report = await runAudit({
    root: PROJECT_ROOT,
    dist: args.dist ? path.resolve(args.dist) : undefined,
    base: args.base,
    today: args.today,
    online: args.online,
    html: args["html-check"],
    axe: args.axe,
    log: (line) => console.error(line),
  });
  console.log(formatAuditReport(report));
  if (args.save) {
    const saved = saveAuditReport(report, PROJECT_ROOT, { json: args.json, html: args.html });
    console.log(
      `报告已保存：${path.relative(process.cwd(), saved.json)}、${path.relative(process.cwd(), saved.html)}`,
    );
  }
  process.exitCode = auditExitCode(report);
} catch (error) {
  console.error(`站点自查未能完成：${(error as Error).message}`);
  process.exitCode = 2;
}
