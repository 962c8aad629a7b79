/**
 * Findings of the two outside checkers: the W3C Nu Html Checker (vnu) and
 * axe-core. The runners live in scripts/common/ (vnu.ts, axe-pages.ts); these
 * types are the shape of what they return.
 */
import type { AuditItem } from "./types.ts";

export interface HtmlMessage {
  /** The checked file (absolute or as given to the checker). */
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  type: "error" | "info";
  subType?: string | undefined;
  message: string;
  extract?: string | undefined;
}

export interface AxeViolation {
  id: string;
  impact?: string | null | undefined;
  help: string;
  helpUrl: string;
  nodes: number;
  targets: string[];
}

export interface AxePage {
  urlPath: string;
  violations: AxeViolation[];
}

const IMPACT: Record<string, string> = { critical: "严重", serious: "较重", moderate: "中等", minor: "轻微" };

/**
 * vnu errors are 扣分项, its warnings 提示; plain information is left out.
 * `where` maps a checked file to the report's file label and page.
 */
export function htmlItems(
  messages: readonly HtmlMessage[],
  where: (file: string) => { file: string; page?: string | undefined },
): AuditItem[] {
  return messages
    .filter((m) => m.type === "error" || m.subType === "warning")
    .map((m) => ({
      severity: m.type === "error" ? "扣分项" : "提示",
      check: "html",
      message: `${m.type === "error" ? "HTML 错误" : "HTML 警告"}：${m.message}`,
      ...where(m.file),
      line: m.line,
      column: m.column,
      extract: m.extract?.replace(/\s+/g, " ").trim() || undefined,
    }));
}

/** Each axe violation on each page is a 扣分项. */
export function axeItems(pages: readonly AxePage[], fileOfPage: (urlPath: string) => string): AuditItem[] {
  return pages.flatMap((p) =>
    p.violations.map((v) => ({
      severity: "扣分项" as const,
      check: "axe" as const,
      message: `无障碍问题 ${v.id}${v.impact ? `（${IMPACT[v.impact] ?? v.impact}）` : ""}：${v.help}，共 ${v.nodes} 处；说明见 ${v.helpUrl}`,
      file: fileOfPage(p.urlPath),
      page: p.urlPath,
      extract: v.targets.slice(0, 5).join(" , ") || undefined,
    })),
  );
}
