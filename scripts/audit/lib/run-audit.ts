/**
 * runAudit: the whole 站点自查 over a built site (dist/) and the content
 * sources, returning one report (src/lib/audit/types.ts). The checks
 * themselves are pure functions in src/lib/audit/; this file reads the files,
 * runs the W3C checker and axe-core, and fetches external links (--online).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { axeItems, htmlItems, type AxePage, type HtmlMessage } from "../../../src/lib/audit/checkers.ts";
import { columnFreshness, freshnessItems, pubDateItems } from "../../../src/lib/audit/freshness.ts";
import {
  brokenLinkItems,
  brokenLinks,
  DEFAULT_ALLOWED_DOMAINS,
  externalDomainItems,
  externalLinks,
} from "../../../src/lib/audit/links.ts";
import { countItems, sortItems } from "../../../src/lib/audit/report.ts";
import { baseFromHome, parseSitePage, type SitePage } from "../../../src/lib/audit/site-pages.ts";
import { pageOfSource } from "../../../src/lib/audit/sources.ts";
import type { AuditItem, AuditReport, CheckKey, CheckRun } from "../../../src/lib/audit/types.ts";
import { findWording, parseWordingList, wordingItems } from "../../../src/lib/audit/wording.ts";
import { SECTIONS } from "../../../src/lib/site/routes.ts";
import type { SiteConfig } from "../../../src/model/site.ts";
import { PROJECT_ROOT } from "../../common/project.ts";
import { checkUrls, type OnlineOptions } from "./online.ts";

export {
  auditExitCode,
  auditReportHtml,
  auditReportJson,
  formatAuditReport,
} from "../../../src/lib/audit/report.ts";
export type { AuditItem, AuditReport, Severity } from "../../../src/lib/audit/types.ts";

export interface AuditRunners {
  validateHtml(files: string[]): Promise<HtmlMessage[]>;
  axePages(dist: string, base: string, urlPaths: string[]): Promise<AxePage[]>;
  hasJava(): Promise<boolean>;
}

export interface AuditOptions {
  /** Project root (sources, site.config.ts, the wording list); default this project. */
  root?: string | undefined;
  /** The built site; default <root>/dist. */
  dist?: string | undefined;
  /** The base path the site was built for; default read from the home page's canonical link, else config.base. */
  base?: string | undefined;
  /** Site configuration; default <root>/site.config.ts. */
  config?: SiteConfig | undefined;
  /** The audit day, YYYY-MM-DD; default today in China (UTC+8). */
  today?: string | undefined;
  /** Fetch every external link (default false). */
  online?: boolean | undefined;
  /** W3C Nu Html Checker on every page (default true). */
  html?: boolean | undefined;
  /** axe-core on every page (default true). */
  axe?: boolean | undefined;
  onlineOptions?: OnlineOptions | undefined;
  /** The checkers; default scripts/common/vnu.ts and axe-pages.ts (tests replace them). */
  runners?: Partial<AuditRunners> | undefined;
  /** Progress lines (to stderr in the CLI). */
  log?: ((line: string) => void) | undefined;
}

/** Today's date in China (UTC+8), YYYY-MM-DD. */
export function chinaToday(now = Date.now()): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Every file under `dir`, relative with forward slashes. */
function listFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (sub: string) => {
    for (const name of readdirSync(path.join(dir, sub))) {
      const relative = sub ? `${sub}/${name}` : name;
      if (statSync(path.join(dir, relative)).isDirectory()) walk(relative);
      else found.push(relative);
    }
  };
  walk("");
  return found.sort();
}

export async function loadSiteConfig(root: string): Promise<SiteConfig> {
  const module = (await import(pathToFileURL(path.join(root, "site.config.ts")).href)) as {
    default: SiteConfig;
  };
  return module.default;
}

function gitCommit(root: string): string | undefined {
  try {
    const hash = execFileSync("git", ["rev-parse", "--short=12", "HEAD"], {
      cwd: root,
      stdio: ["ignore", "pipe", "ignore"],
    })
      .toString()
      .trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "src", "public", "site.config.ts"], {
      cwd: root,
      stdio: ["ignore", "pipe", "ignore"],
    })
      .toString()
      .trim();
    return dirty ? `${hash}（另有未提交的修改）` : hash;
  } catch {
    return undefined;
  }
}

/**
 * The checkers come from development dependencies (vnu-jar, axe-core,
 * playwright-core). A host that installed with --omit=dev gets the audit
 * without them, each reported as not run, instead of a crash.
 */
async function defaultRunners(): Promise<AuditRunners> {
  const missing = (what: string) => (error: unknown) => {
    const reason = `缺少${what}（${firstLine(error)}）；用 npm ci 安装全部依赖`;
    return () => Promise.reject(new Error(reason));
  };
  const vnu = await import("../../common/vnu.ts").catch((error: unknown) => missing("W3C 检查器")(error));
  const axe = await import("../../common/axe-pages.ts").catch((error: unknown) =>
    missing("axe-core 或 playwright-core")(error),
  );
  const { SECURITY_HEADERS } = await import("../../../deploy/policy.ts");
  return {
    validateHtml: typeof vnu === "function" ? vnu : (files) => vnu.validateHtml(files),
    hasJava: typeof vnu === "function" ? () => Promise.resolve(true) : () => vnu.hasJava(),
    // Under the production Content-Security-Policy, as a deployed site is served (deploy/policy.ts).
    axePages:
      typeof axe === "function"
        ? axe
        : (dist, base, urlPaths) => axe.axePages(dist, base, urlPaths, { headers: { ...SECURITY_HEADERS } }),
  };
}

/** The content sources the wording check reads: src/content/**\/*.md|mdx|yaml|yml and site.config.ts. */
function sourceFiles(root: string): string[] {
  const content = path.join(root, "src/content");
  const files = existsSync(content)
    ? listFiles(content)
        .filter((f) => /\.(mdx?|ya?ml)$/.test(f))
        .map((f) => `src/content/${f}`)
    : [];
  if (existsSync(path.join(root, "site.config.ts"))) files.push("site.config.ts");
  return files;
}

export async function runAudit(options: AuditOptions = {}): Promise<AuditReport> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const root = path.resolve(options.root ?? PROJECT_ROOT);
  const dist = path.resolve(root, options.dist ?? "dist");
  if (!existsSync(path.join(dist, "index.html")))
    throw new Error(`${dist} 中没有 index.html：请先运行 npm run build，或用 --dist 指定网站目录`);
  const config = options.config ?? (await loadSiteConfig(root));
  const today = options.today ?? chinaToday();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today)))
    throw new Error(`自查日期“${today}”无效，应为 YYYY-MM-DD`);
  const insideRoot =
    !path.relative(root, dist).startsWith("..") && !path.isAbsolute(path.relative(root, dist));
  const distLabel = insideRoot ? path.relative(root, dist).split(path.sep).join("/") || "." : dist;

  // The built site.
  const files = listFiles(dist);
  const fileSet = new Set(files);
  const htmlFiles = files.filter((f) => f.endsWith(".html"));
  const read = (file: string) => readFileSync(path.join(dist, file), "utf8");
  const homeGuess = parseSitePage("index.html", read("index.html"), "/");
  const base = options.base ?? baseFromHome(homeGuess) ?? process.env["SITE_BASE"] ?? config.base;
  const pages: SitePage[] = htmlFiles.map((file) => parseSitePage(file, read(file), base));
  const byUrl = new Map(pages.map((p) => [p.urlPath, p]));
  const urlOfFile = new Map(pages.map((p) => [p.file, p.urlPath]));
  const fileOfPage = (urlPath: string) => {
    const page = byUrl.get(urlPath);
    return page ? `${distLabel}/${page.file}` : distLabel;
  };
  log(`读取 ${distLabel}：${pages.length} 个页面`);

  const items: AuditItem[] = [];
  const checks: CheckRun[] = [];
  const ran = (check: CheckKey, yes = true, note?: string) => checks.push({ check, ran: yes, note });

  // 1. Freshness and empty columns.
  const columns = columnFreshness(pages, { base, today, days: config.audit.freshnessDays });
  const columnKeys = new Set(["default", ...SECTIONS.map((s) => s.key), ...columns.map((c) => c.key)]);
  for (const key of Object.keys(config.audit.freshnessDays).filter((k) => !columnKeys.has(k)))
    items.push({
      severity: "提示",
      check: "freshness",
      message: `site.config.ts 的 audit.freshnessDays 中“${key}”不是栏目，不起作用；可用的有 ${[...columnKeys].join("、")}`,
      file: "site.config.ts",
    });
  items.push(...freshnessItems(columns, fileOfPage), ...pubDateItems(pages, today, fileOfPage));
  ran("freshness");
  ran("emptyColumn");
  ran("pubDate");

  // 2. Wording.
  const sources = sourceFiles(root);
  const listFile = config.audit.wordingList;
  const listPath = path.resolve(root, listFile);
  if (!existsSync(listPath)) {
    ran("wording", false, `找不到错别字表 ${listFile}`);
    items.push({
      severity: "提示",
      check: "wording",
      message: `未检查错别字：找不到错别字表 ${listFile}（site.config.ts 的 audit.wordingList）`,
      file: listFile,
    });
  } else {
    const list = parseWordingList(readFileSync(listPath, "utf8"), listFile);
    for (const error of list.errors)
      items.push({ severity: "扣分项", check: "wording", message: `错别字表有误：${error}`, file: listFile });
    for (const file of sources) {
      const hits = findWording(readFileSync(path.join(root, file), "utf8"), list.entries);
      items.push(...wordingItems(hits, file, pageOfSource(file, base)));
    }
    ran("wording", true, `${list.entries.length} 个条目，${sources.length} 个文件`);
  }

  // 3. Links.
  items.push(...brokenLinkItems(brokenLinks(pages, fileSet, base), distLabel, (f) => urlOfFile.get(f) ?? f));
  ran("links");
  const allowed = [...DEFAULT_ALLOWED_DOMAINS, ...config.audit.allowedDomains];
  const external = externalLinks(pages, { siteUrl: process.env["SITE_URL"] || config.url, allowed });
  items.push(...externalDomainItems(external, fileOfPage));
  ran("external");
  if (options.online) {
    const urls = external.flatMap((d) => d.urls);
    log(`检查 ${urls.length} 个外部链接能否访问……`);
    const results = await checkUrls(
      urls.map((u) => u.url),
      options.onlineOptions,
    );
    for (const u of urls) {
      const result = results.get(u.url);
      u.status = result?.status;
      u.error = result?.error;
      const [first, ...rest] = u.pages;
      const where = { file: first && fileOfPage(first), page: first, pages: rest, extract: u.url };
      if (u.status !== undefined && u.status >= 400)
        items.push({
          severity: "扣分项",
          check: "online",
          message: `外部链接无法访问：${u.url} 返回 HTTP ${u.status}`,
          ...where,
        });
      else if (u.error)
        items.push({
          severity: "提示",
          check: "online",
          message: `外部链接未能访问：${u.url}（${u.error}），可能是对方网站或本机网络的问题，请核实`,
          ...where,
        });
    }
    ran("online", true, `${urls.length} 个网址`);
  } else ran("online", false, "未使用 --online");

  // 4. HTML validity and accessibility: the checker (Java) and the browser run side by side.
  const runners: AuditRunners = {
    ...(options.html === false && options.axe === false ? undefined : await defaultRunners()),
    ...options.runners,
  } as AuditRunners;
  const urlPaths = pages.map((p) => p.urlPath);
  const [htmlResult, axeResult] = await Promise.all([
    options.html === false ? undefined : htmlCheck(runners, dist, htmlFiles, log),
    options.axe === false ? undefined : axeCheck(runners, dist, base, urlPaths, log),
  ]);
  if (!htmlResult) ran("html", false, "使用了 --no-html");
  else if ("skipped" in htmlResult) {
    ran("html", false, htmlResult.skipped);
    items.push({ severity: "提示", check: "html", message: htmlResult.message });
  } else {
    items.push(
      ...htmlItems(htmlResult.messages, (file) => {
        const relative = path.relative(dist, file).split(path.sep).join("/");
        const page = urlOfFile.get(relative);
        return page ? { file: `${distLabel}/${relative}`, page } : { file };
      }),
    );
    ran("html");
  }
  if (!axeResult) ran("axe", false, "使用了 --no-axe");
  else if ("skipped" in axeResult) {
    ran("axe", false, axeResult.skipped);
    items.push({ severity: "提示", check: "axe", message: axeResult.message });
  } else {
    items.push(...axeItems(axeResult.pages, fileOfPage));
    ran("axe");
  }

  const sorted = sortItems(items);
  return {
    today,
    generatedAt: new Date().toISOString(),
    commit: gitCommit(root),
    siteName: config.name,
    dist: distLabel,
    base,
    pages: pages.length,
    sourceFiles: sources.length,
    durationMs: Date.now() - started,
    checks,
    columns,
    external,
    items: sorted,
    counts: countItems(sorted),
  };
}

type Skipped = { skipped: string; message: string };
const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split("\n")[0];

async function htmlCheck(
  runners: AuditRunners,
  dist: string,
  files: readonly string[],
  log: (line: string) => void,
): Promise<{ messages: HtmlMessage[] } | Skipped> {
  if (!(await runners.hasJava()))
    return {
      skipped: "本机缺少 Java",
      message:
        "未检查 HTML 规范：本机缺少 Java（W3C 检查器需要；Debian 上 apt-get install default-jre-headless，或运行 bash scripts/setup/ensure-test-tools.sh）",
    };
  log(`W3C 检查器检查 ${files.length} 个页面……`);
  try {
    return { messages: await runners.validateHtml(files.map((f) => path.join(dist, f))) };
  } catch (error) {
    return {
      skipped: "检查器运行出错",
      message: `未检查 HTML 规范：W3C 检查器运行出错（${firstLine(error)}）`,
    };
  }
}

async function axeCheck(
  runners: AuditRunners,
  dist: string,
  base: string,
  urlPaths: string[],
  log: (line: string) => void,
): Promise<{ pages: AxePage[] } | Skipped> {
  log(`axe-core 检查 ${urlPaths.length} 个页面……`);
  try {
    return { pages: await runners.axePages(dist, base, urlPaths) };
  } catch (error) {
    const missing = /chromium not found/i.test(firstLine(error) ?? "");
    return missing
      ? {
          skipped: "本机缺少 Chromium",
          message:
            "未检查无障碍：本机缺少 Chromium（Debian 上 apt-get install chromium，或运行 bash scripts/setup/ensure-test-tools.sh）",
        }
      : { skipped: "axe-core 运行出错", message: `未检查无障碍：axe-core 运行出错（${firstLine(error)}）` };
  }
}
