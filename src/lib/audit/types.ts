/**
 * 站点自查 (npm run audit): what one finding and the whole report look like.
 * Severities follow 《政府网站与政务新媒体检查指标》(国务院办公厅, 2019): 单项否决
 * items fail the site outright, 扣分项 must be fixed, 提示 are for a person to verify.
 */

export const SEVERITIES = ["单项否决", "扣分项", "提示"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What each severity means, as the report explains it. */
export const SEVERITY_NOTES: Record<Severity, string> = {
  单项否决: "单项否决，必须立即整改",
  扣分项: "扣分项，须修改",
  提示: "提示，待核实",
};

/** The checks, in report order, with their Chinese names. */
export const CHECKS = {
  freshness: "栏目更新",
  emptyColumn: "空白栏目",
  pubDate: "发布日期",
  wording: "错别字与规范词形",
  links: "站内链接",
  external: "外部链接",
  online: "外部链接可用性",
  html: "HTML 规范（W3C 检查器）",
  axe: "无障碍（axe-core）",
} as const;
export type CheckKey = keyof typeof CHECKS;

export interface AuditItem {
  severity: Severity;
  check: CheckKey;
  /** One line in Chinese: what is wrong and how to fix it. */
  message: string;
  /** The file to change: a source path (src/content/…) or a built page (dist/…), relative to the project root when inside it. */
  file?: string | undefined;
  line?: number | undefined;
  column?: number | undefined;
  /** The page a reader sees it on, as a URL path with the base (/rules/x/). */
  page?: string | undefined;
  /** Further pages with the same finding (e.g. every page linking to one domain). */
  pages?: string[] | undefined;
  /** The text concerned (a link, a wrong word, an HTML extract). */
  extract?: string | undefined;
}

/** How recently one column (栏目) was updated. */
export interface ColumnFreshness {
  /** Section key (home, rules, …) or, for a column not in SECTIONS, its name. */
  key: string;
  title: string;
  /** The column's list page(s), URL paths. */
  listPages: string[];
  /** Content pages counted for the column. */
  contentPages: number;
  /** Newest PubDate not after the audit day, YYYY-MM-DD; undefined when the column has none. */
  newest?: string | undefined;
  newestPage?: string | undefined;
  /** Days from `newest` to the audit day. */
  age?: number | undefined;
  /** Allowed days without an update. */
  limit: number;
  status: "fresh" | "stale" | "empty";
}

export interface ExternalUrl {
  url: string;
  pages: string[];
  /** Set by --online: the HTTP status, or the network error. */
  status?: number | undefined;
  error?: string | undefined;
}

export interface ExternalDomain {
  domain: string;
  allowed: boolean;
  urls: ExternalUrl[];
}

export interface CheckRun {
  check: CheckKey;
  /** False when skipped (--no-html) or impossible (no Java). */
  ran: boolean;
  note?: string | undefined;
}

export interface AuditReport {
  /** The audit day, YYYY-MM-DD (freshness is measured against it). */
  today: string;
  /** When the audit ran, ISO 8601. */
  generatedAt: string;
  commit?: string | undefined;
  siteName: string;
  /** The audited folder, as given. */
  dist: string;
  base: string;
  pages: number;
  sourceFiles: number;
  durationMs: number;
  checks: CheckRun[];
  columns: ColumnFreshness[];
  external: ExternalDomain[];
  items: AuditItem[];
  counts: Record<Severity, number>;
}
