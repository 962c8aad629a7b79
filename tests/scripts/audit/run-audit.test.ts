import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAudit } from "../../../scripts/audit/lib/run-audit.ts";
import { siteConfigSchema } from "../../../src/model/site.ts";
import { writeSite } from "./fixture-site.ts";

const config = siteConfigSchema.parse({
  name: "测试站点",
  description: "测试",
  url: "https://zugong.example.com",
  audit: { allowedDomains: ["12371.cn"] },
});

let server: Server;
let origin: string;
const folders: string[] = [];
beforeAll(async () => {
  server = createServer((request, response) => response.writeHead(request.url === "/ok" ? 200 : 404).end());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A project folder: content, a wording list and the built site in dist/. */
function project() {
  const root = writeSite(
    [
      {
        file: "dist/index.html",
        links: ["/articles/a/", "/articles/a/#no-such", `${origin}/ok`, `${origin}/missing`],
      },
      {
        file: "dist/articles/index.html",
        column: "调研文章",
        links: ["/articles/a/", "https://www.12371.cn/"],
      },
      {
        file: "dist/articles/a/index.html",
        column: "调研文章",
        title: "一篇文章",
        pubDate: "2026-03-01 10:00",
      },
    ],
    {
      "src/content/articles/a.md": "---\ntitle: 一篇文章\n---\n\n第一段。\n\n我们要再接再励。\n",
      "audit/wording.yaml": "- wrong: 再接再励\n  right: 再接再厉\n  source: 《咬文嚼字》\n",
    },
  );
  folders.push(root);
  return root;
}

/** Tests never reach the internet: only the local server answers. */
const localOnly = ((url: string, init?: RequestInit) => {
  if (!url.startsWith(origin)) return Promise.reject(new Error("测试中不访问外网"));
  return fetch(url, init);
}) as typeof fetch;

const noTools = { hasJava: async () => false, axePages: async () => [], validateHtml: async () => [] };

describe("runAudit", () => {
  it("audits freshness, wording, links and external domains, each finding with its file and page", async () => {
    const root = project();
    const report = await runAudit({ root, config, today: "2026-03-05", html: false, axe: false });
    expect(report).toMatchObject({ today: "2026-03-05", dist: "dist", base: "/", pages: 3, sourceFiles: 1 });
    expect(report.items.map((i) => [i.severity, i.check, i.file, i.line, i.page])).toEqual([
      ["扣分项", "wording", "src/content/articles/a.md", 7, "/articles/a/"],
      ["扣分项", "links", "dist/index.html", undefined, "/"],
      ["提示", "external", "dist/index.html", undefined, "/"],
    ]);
    expect(report.items[0]?.message).toBe("“再接再励”应为“再接再厉”，依据：《咬文嚼字》");
    expect(report.items[1]?.message).toBe(
      "站内链接无效：/articles/a/#no-such（页面中没有 id 为“no-such”的位置）",
    );
    expect(report.columns.find((c) => c.key === "articles")).toMatchObject({ newest: "2026-03-01", age: 4 });
    expect(report.external.map((d) => [d.domain, d.allowed])).toEqual([
      ["127.0.0.1", false],
      ["www.12371.cn", true],
    ]);
    expect(report.counts).toEqual({ 单项否决: 0, 扣分项: 2, 提示: 1 });
  });

  it("points out a freshnessDays key that is no column", async () => {
    const typo = siteConfigSchema.parse({
      ...config,
      audit: { freshnessDays: { artciles: 30, articles: 30 } },
    });
    const report = await runAudit({
      root: project(),
      config: typo,
      today: "2026-03-05",
      html: false,
      axe: false,
    });
    expect(report.items.filter((i) => i.file === "site.config.ts").map((i) => i.message)).toEqual([
      "site.config.ts 的 audit.freshnessDays 中“artciles”不是栏目，不起作用；可用的有 default、home、programme、rules、study、sessions、books、articles",
    ]);
    expect(report.columns.find((c) => c.key === "articles")?.limit).toBe(30);
  });

  it("with online, reports an external link that answers with an error (local server)", async () => {
    const report = await runAudit({
      root: project(),
      config,
      today: "2026-03-05",
      html: false,
      axe: false,
      online: true,
      onlineOptions: { timeoutMs: 2_000, fetch: localOnly },
    });
    const online = report.items.filter((i) => i.check === "online");
    expect(online.map((i) => [i.severity, i.message, i.page])).toEqual([
      ["扣分项", `外部链接无法访问：${origin}/missing 返回 HTTP 404`, "/"],
      [
        "提示",
        "外部链接未能访问：https://www.12371.cn/（测试中不访问外网），可能是对方网站或本机网络的问题，请核实",
        "/articles/",
      ],
    ]);
    expect(report.external.find((d) => d.domain === "127.0.0.1")?.urls.map((u) => u.status)).toEqual([
      404, 200,
    ]);
  }, 30_000);

  it("reports one 提示 instead of failing when Java or Chromium is missing", async () => {
    const report = await runAudit({
      root: project(),
      config,
      today: "2026-03-05",
      runners: {
        ...noTools,
        axePages: async () => {
          throw new Error(
            "Chromium not found: run `bash scripts/setup/ensure-test-tools.sh` (npm test does this).",
          );
        },
      },
    });
    const tools = report.items.filter((i) => i.check === "html" || i.check === "axe");
    expect(tools.map((i) => [i.severity, i.message.split("（")[0]])).toEqual([
      ["提示", "未检查 HTML 规范：本机缺少 Java"],
      ["提示", "未检查无障碍：本机缺少 Chromium"],
    ]);
    expect(report.checks.filter((c) => !c.ran).map((c) => [c.check, c.note])).toEqual([
      ["online", "未使用 --online"],
      ["html", "本机缺少 Java"],
      ["axe", "本机缺少 Chromium"],
    ]);
  });

  it("makes vnu errors and axe violations 扣分项 on their pages (vnu warnings 提示)", async () => {
    const root = project();
    const dist = path.join(root, "dist");
    const report = await runAudit({
      root,
      config,
      today: "2026-03-05",
      runners: {
        hasJava: async () => true,
        validateHtml: async (files) => [
          {
            file: files.find((f) => f.endsWith(path.join("articles", "a", "index.html"))) as string,
            line: 3,
            column: 5,
            type: "error",
            message: "Stray end tag “div”.",
          },
          {
            file: path.join(dist, "index.html"),
            type: "info",
            subType: "warning",
            message: "Consider adding a “lang” attribute.",
          },
          {
            file: path.join(dist, "index.html"),
            type: "info",
            message: "Trailing slash on void elements has no effect.",
          },
        ],
        axePages: async (_dist, _base, urlPaths) =>
          urlPaths.map((urlPath) => ({
            urlPath,
            violations:
              urlPath === "/articles/"
                ? [
                    {
                      id: "color-contrast",
                      impact: "serious",
                      help: "Elements must meet minimum color contrast ratio thresholds",
                      helpUrl: "https://dequeuniversity.com/rules/axe/4.11/color-contrast",
                      nodes: 2,
                      targets: [".muted", "footer p"],
                    },
                  ]
                : [],
          })),
      },
    });
    const found = report.items.filter((i) => i.check === "html" || i.check === "axe");
    expect(found.map((i) => [i.severity, i.check, i.file, i.line, i.page])).toEqual([
      ["扣分项", "html", "dist/articles/a/index.html", 3, "/articles/a/"],
      ["扣分项", "axe", "dist/articles/index.html", undefined, "/articles/"],
      ["提示", "html", "dist/index.html", undefined, "/"],
    ]);
    expect(found[0]?.message).toBe("HTML 错误：Stray end tag “div”.");
    expect(found[1]?.message).toContain(
      "无障碍问题 color-contrast（较重）：Elements must meet minimum color contrast ratio thresholds，共 2 处",
    );
    expect(found[1]?.extract).toBe(".muted , footer p");
  });
});
