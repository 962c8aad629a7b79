/**
 * 栏目更新: the newest PubDate of each column (栏目) against its limit, and
 * columns with nothing in them, as 《政府网站与政务新媒体检查指标》 counts them:
 * 首页 not updated for two weeks, or more than five columns not updated (or
 * empty), fails the site (单项否决); a single stale or empty column is a 扣分项.
 */
import { SECTIONS } from "../site/routes.ts";
import type { AuditItem, ColumnFreshness } from "./types.ts";
import type { SitePage } from "./site-pages.ts";

/**
 * Days without an update after which a column counts as not updated, by
 * section key. From the 检查指标: 首页 and 动态/要闻-type columns two weeks,
 * 通知公告/政策文件-type columns six months.
 */
export const DEFAULT_FRESHNESS_DAYS: Readonly<Record<string, number>> = {
  /** 首页: two weeks (单项否决 when exceeded). */
  home: 14,
  /** 五型建设: the programme's own column, treated as 动态, two weeks. */
  programme: 14,
  /** 调研文章: the department's own news-like output, treated as 动态, two weeks. */
  articles: 14,
  /** 规章制度 (政策文件): six months. */
  rules: 183,
  /** 学习资料选编: policy texts, six months. */
  study: 183,
  /**
   * 推荐书目: one book a month (each dated the 1st of its month), so the next is
   * due a month after the last; 45 days = that month plus the two weeks' grace
   * the 检查指标 give a 动态 column.
   */
  books: 45,
  /** 学习安排: a session every Friday, a 动态-type column, two weeks. */
  sessions: 14,
  /** Any other column (a ColumnName not in SECTIONS): the lenient six months. */
  default: 183,
};

/** More than this many stale (or empty) columns fails the site (检查指标: 累计超过5个). */
export const STALE_COLUMNS_VETO = 5;

const DAY_MS = 86_400_000;
const PUB_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/;

/** The day of a PubDate meta value (YYYY-MM-DD or YYYY-MM-DD HH:MM), or undefined. */
export function pubDay(value: string | undefined): string | undefined {
  const match = value ? PUB_DATE.exec(value.trim()) : null;
  if (!match) return undefined;
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day ? undefined : day;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

const SECTION_BY_TITLE = new Map<string, { key: string; title: string; path: string }>(
  SECTIONS.map((s) => [s.title, s]),
);

/** A content page carries ArticleTitle; a list page of a column carries ColumnName and no ArticleTitle. */
const isContent = (page: SitePage) => (page.meta["ArticleTitle"] ?? "") !== "";

/**
 * The column a page belongs to: its ColumnName, or, for a content page
 * without one, the section whose path its URL starts with.
 */
function columnOf(page: SitePage, base: string): { key: string; title: string } | undefined {
  const name = page.meta["ColumnName"];
  if (name) {
    const s = SECTION_BY_TITLE.get(name);
    return s ? { key: s.key, title: s.title } : { key: name, title: name };
  }
  if (!isContent(page)) return undefined;
  const rest = `/${page.urlPath.slice(base.length)}`;
  const s = SECTIONS.filter((x) => x.key !== "home" && rest.startsWith(x.path)).sort(
    (a, b) => b.path.length - a.path.length,
  )[0];
  return s && { key: s.key, title: s.title };
}

export interface FreshnessOptions {
  base: string;
  /** The audit day, YYYY-MM-DD. */
  today: string;
  /** Overrides of DEFAULT_FRESHNESS_DAYS by section key (site.config.ts audit.freshnessDays). */
  days?: Readonly<Record<string, number>> | undefined;
}

export const limitFor = (key: string, days: Readonly<Record<string, number>> = {}): number =>
  days[key] ??
  DEFAULT_FRESHNESS_DAYS[key] ??
  days["default"] ??
  (DEFAULT_FRESHNESS_DAYS["default"] as number);

/**
 * Each column's newest update. A column's content is its own content pages
 * (by ColumnName) and the content pages its list pages link to from <main>
 * (an aggregating column such as 五型建设 is as fresh as what it shows, which
 * is what an inspector sees opening it). The home column covers every content
 * page of the site. Dates after the audit day do not count.
 */
export function columnFreshness(pages: readonly SitePage[], options: FreshnessOptions): ColumnFreshness[] {
  const { base, today } = options;
  const byUrl = new Map(pages.map((p) => [p.urlPath, p]));
  const columns = new Map<string, { title: string; list: SitePage[]; content: Set<SitePage> }>();
  const column = (key: string, title: string) => {
    let c = columns.get(key);
    if (!c) columns.set(key, (c = { title, list: [], content: new Set() }));
    return c;
  };
  const home = pages.find((p) => p.urlPath === base);
  if (home) column("home", "首页").list.push(home);
  for (const page of pages) {
    const c = columnOf(page, base);
    if (!c) continue;
    if (isContent(page)) column(c.key, c.title).content.add(page);
    else column(c.key, c.title).list.push(page);
  }
  const origin = "http://site.invalid";
  for (const [key, c] of columns) {
    if (key === "home") continue;
    for (const list of c.list)
      for (const link of list.links) {
        if (!link.inMain) continue;
        let target: URL;
        try {
          target = new URL(link.href, new URL(list.urlPath, origin));
        } catch {
          continue;
        }
        const linked = target.origin === origin ? byUrl.get(target.pathname) : undefined;
        if (linked && isContent(linked)) c.content.add(linked);
      }
  }
  if (home) for (const page of pages) if (isContent(page)) column("home", "首页").content.add(page);

  const order = (key: string) => {
    const i = SECTIONS.findIndex((s) => s.key === key);
    return i < 0 ? SECTIONS.length : i;
  };
  const firstPath = (c: { list: SitePage[] }, key: string) => c.list.map((p) => p.urlPath).sort()[0] ?? key;
  return (
    [...columns]
      // Columns not in SECTIONS follow, by the address of their list page.
      .sort(([a, ca], [b, cb]) => order(a) - order(b) || firstPath(ca, a).localeCompare(firstPath(cb, b)))
      .map(([key, c]) => {
        const limit = limitFor(key, options.days);
        let newest: string | undefined;
        let newestPage: string | undefined;
        for (const page of [...c.content].sort((a, b) => a.urlPath.localeCompare(b.urlPath))) {
          const day = pubDay(page.meta["PubDate"]);
          if (day && day <= today && (!newest || day > newest)) {
            newest = day;
            newestPage = page.urlPath;
          }
        }
        const age = newest ? daysBetween(newest, today) : undefined;
        const status: ColumnFreshness["status"] =
          c.content.size === 0 ? "empty" : age === undefined || age > limit ? "stale" : "fresh";
        return {
          key,
          title: c.title,
          listPages: c.list.map((p) => p.urlPath).sort(),
          contentPages: c.content.size,
          newest,
          newestPage,
          age,
          limit,
          status,
        };
      })
  );
}

/** The findings for the columns' freshness (see the module comment for the rules). */
export function freshnessItems(
  columns: readonly ColumnFreshness[],
  fileOfPage: (urlPath: string) => string,
): AuditItem[] {
  const items: AuditItem[] = [];
  const where = (c: ColumnFreshness) => {
    const page = c.newestPage ?? c.listPages[0];
    return { file: page && fileOfPage(page), page };
  };
  const since = (c: ColumnFreshness) =>
    c.newest ? `最新内容发布于 ${c.newest}，已 ${c.age} 天未更新` : "没有不晚于自查日期的发布日期";
  const home = columns.find((c) => c.key === "home");
  if (home && home.status !== "fresh")
    items.push({
      severity: "单项否决",
      check: "freshness",
      message: `首页栏目不更新：${since(home)}，超过 ${home.limit} 天（检查指标：首页栏目 2 周内无更新为单项否决）`,
      file: home.listPages[0] && fileOfPage(home.listPages[0]),
      page: home.listPages[0],
    });
  const others = columns.filter((c) => c.key !== "home");
  const stale = others.filter((c) => c.status === "stale");
  const empty = others.filter((c) => c.status === "empty");
  for (const c of stale)
    items.push({
      severity: "扣分项",
      check: "freshness",
      message: `栏目“${c.title}”不更新：${since(c)}，超过 ${c.limit} 天`,
      ...where(c),
    });
  if (stale.length > STALE_COLUMNS_VETO)
    items.push({
      severity: "单项否决",
      check: "freshness",
      message: `栏目不更新累计 ${stale.length} 个，超过 ${STALE_COLUMNS_VETO} 个（${stale.map((c) => c.title).join("、")}）`,
    });
  for (const c of empty)
    items.push({
      severity: "扣分项",
      check: "emptyColumn",
      message: `空白栏目“${c.title}”：栏目页有，栏目下没有任何内容页`,
      ...where(c),
    });
  if (empty.length > STALE_COLUMNS_VETO)
    items.push({
      severity: "单项否决",
      check: "emptyColumn",
      message: `空白栏目累计 ${empty.length} 个，超过 ${STALE_COLUMNS_VETO} 个（${empty.map((c) => c.title).join("、")}）`,
    });
  return items;
}

/** Content pages whose PubDate is missing, unreadable or after the audit day (提示). */
export function pubDateItems(
  pages: readonly SitePage[],
  today: string,
  fileOfPage: (urlPath: string) => string,
): AuditItem[] {
  const items: AuditItem[] = [];
  for (const page of pages) {
    if (!isContent(page)) continue;
    const raw = page.meta["PubDate"];
    const day = pubDay(raw);
    const base = {
      severity: "提示",
      check: "pubDate",
      file: fileOfPage(page.urlPath),
      page: page.urlPath,
    } as const;
    if (!raw)
      items.push({
        ...base,
        message: "内容页没有发布日期（PubDate），不计入栏目更新；请核实内容是否应有日期",
      });
    else if (!day)
      items.push({
        ...base,
        message: `发布日期（PubDate）“${raw}”无法识别，应为 YYYY-MM-DD 或 YYYY-MM-DD HH:MM`,
        extract: raw,
      });
    else if (day > today)
      items.push({
        ...base,
        message: `发布日期 ${day} 晚于自查日期 ${today}：请核实日期是否写错（预先发布的内容可忽略）`,
        extract: raw,
      });
  }
  return items;
}
