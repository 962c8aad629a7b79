/** Saves an audit report as JSON and as the HTML page kept for the department's records. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { auditReportHtml, auditReportJson } from "../../../src/lib/audit/report.ts";
import type { AuditReport } from "../../../src/lib/audit/types.ts";

export interface SavedReport {
  json: string;
  html: string;
}

/** Writes both files (default audit-report/audit-<day>.json|html under `root`) and returns their paths. */
export function saveAuditReport(
  report: AuditReport,
  root: string,
  files: { json?: string | undefined; html?: string | undefined } = {},
): SavedReport {
  const saved = {
    json: path.resolve(files.json ?? path.join(root, "audit-report", `audit-${report.today}.json`)),
    html: path.resolve(files.html ?? path.join(root, "audit-report", `audit-${report.today}.html`)),
  };
  for (const [file, text] of [
    [saved.json, auditReportJson(report)],
    [saved.html, auditReportHtml(report)],
  ] as const) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return saved;
}
