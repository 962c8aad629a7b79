/**
 * 站点自查 over the real sample site (built at the root by global-setup) with
 * the W3C checker and axe-core on: nothing to fix in links, HTML or
 * accessibility, and the columns' newest dates are those of the content.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import yaml from "js-yaml";
import { describe, expect, inject, it } from "vitest";
import { runAudit } from "../../scripts/audit/lib/run-audit.ts";
import { daysBetween, limitFor } from "../../src/lib/audit/freshness.ts";
import { formatAuditReport } from "../../src/lib/audit/report.ts";
import { firstChineseDate, toIsoDay } from "../../src/lib/text/dates.ts";
import site from "../../site.config.ts";
import { PROJECT_ROOT } from "../helpers/build-site.ts";

/** The newest date of each collection, read from src/content the way each page dates itself. */
function newestByCollection(): Record<string, string> {
  const dated = {
    rules: (data: Record<string, unknown>) => data["issued"],
    study: (data: Record<string, unknown>) => {
      const source = data["source"];
      const day = typeof source === "string" ? firstChineseDate(source) : undefined;
      return day && toIsoDay(day);
    },
    books: (data: Record<string, unknown>) =>
      typeof data["month"] === "string" ? `${data["month"]}-01` : undefined,
    articles: (data: Record<string, unknown>) => data["date"],
  };
  const newest: Record<string, string> = {};
  for (const [folder, dateOf] of Object.entries(dated)) {
    const dir = path.join(PROJECT_ROOT, "src/content", folder);
    for (const file of readdirSync(dir).filter((f) => /\.mdx?$/.test(f))) {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(dir, file), "utf8"))?.[1] ?? "";
      // JSON_SCHEMA keeps dates as the text written.
      const day = dateOf(yaml.load(front, { schema: yaml.JSON_SCHEMA }) as Record<string, unknown>);
      if (typeof day === "string" && day > (newest[folder] ?? "")) newest[folder] = day;
    }
  }
  return newest;
}

describe("npm run audit on the sample site", () => {
  const newest = newestByCollection();
  const today = Object.values(newest).sort().at(-1) as string;

  it("finds nothing to fix in links, HTML or accessibility, and dates every column by its newest content", async () => {
    const started = Date.now();
    const report = await runAudit({ dist: inject("rootDist"), today, html: true, axe: true });
    const seconds = (Date.now() - started) / 1000;
    const text = formatAuditReport(report);

    expect(report.checks.filter((c) => !c.ran).map((c) => c.check)).toEqual(["online"]);
    const toFix = report.items.filter(
      (i) => ["links", "html", "axe", "wording", "external"].includes(i.check) && i.severity !== "提示",
    );
    expect(toFix, text).toEqual([]);
    expect(
      report.items.filter((i) => i.check === "html" || i.check === "axe" || i.check === "wording"),
      text,
    ).toEqual([]);
    expect(report.pages).toBeGreaterThan(50);

    // The columns' newest dates are the content's.
    const columns = Object.fromEntries(report.columns.map((c) => [c.key, c]));
    for (const [key, day] of Object.entries(newest))
      expect(columns[key], key).toMatchObject({
        newest: day,
        age: daysBetween(day, today),
        status: expect.any(String),
      });
    expect(columns["home"]).toMatchObject({ newest: today, age: 0, status: "fresh" });
    // Stale exactly where the content is older than the limit, and never 单项否决 with a fresh home page.
    const stale = Object.entries(newest)
      .filter(([key, day]) => daysBetween(day, today) > limitFor(key, site.audit.freshnessDays))
      .map(([key]) => key)
      .sort();
    expect(
      report.columns
        .filter((c) => c.status === "stale")
        .map((c) => c.key)
        .sort(),
    ).toEqual(stale);
    expect(report.items.filter((i) => i.check === "freshness").map((i) => i.severity)).toEqual(
      stale.map(() => "扣分项"),
    );
    expect(report.counts.单项否决).toBe(0);
    // External links: only the national laws database (under gov.cn, on the allow-list).
    expect(report.external.every((d) => d.allowed)).toBe(true);
    console.log(`站点自查（含 W3C 检查器和 axe-core）${report.pages} 个页面用时 ${seconds.toFixed(1)} 秒`);
  });

  it("reads the base path of a build under /portal/ from its home page", async () => {
    const report = await runAudit({ dist: inject("portalDist"), today, html: false, axe: false });
    expect(report.base).toBe("/portal/");
    expect(report.items.filter((i) => i.check === "links")).toEqual([]);
    expect(report.columns.find((c) => c.key === "home")).toMatchObject({
      newest: today,
      listPages: ["/portal/"],
    });
  });

  it("reports an invalid page as 扣分项 with its file, line and page", async () => {
    const dist = mkdtempSync(path.join(tmpdir(), "zugong-audit-invalid-"));
    try {
      const head =
        '<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>页面</title></head>\n';
      writeFileSync(
        path.join(dist, "index.html"),
        `${head}<body><main><a href="bad.html">无效页面</a></main></body></html>\n`,
      );
      writeFileSync(
        path.join(dist, "bad.html"),
        `${head}<body><p>正文</p></body></html><script src="a.js"></script>\n`,
      );
      const report = await runAudit({ dist, today, html: true, axe: false });
      const html = report.items.filter((i) => i.check === "html");
      expect(html[0]).toEqual(
        expect.objectContaining({
          severity: "扣分项",
          file: `${dist}/bad.html`,
          line: 3,
          page: "/bad.html",
          message: "HTML 错误：Stray start tag “script”.",
        }),
      );
      expect(html.every((i) => i.severity === "扣分项")).toBe(true);
      // The stray script's file is missing, too.
      expect(report.items.filter((i) => i.check === "links").map((i) => i.extract)).toEqual(["a.js"]);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
