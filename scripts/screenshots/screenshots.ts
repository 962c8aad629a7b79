/**
 * npm run screenshots — full-page PNGs of every page template of the built
 * site, at 375 px (phone) and 1280 px (desktop), for people to look at. Not a
 * test; the PNGs go to screenshots/ (git-ignored).
 *
 *   --dist DIR     the built site (default dist/; run `npm run build` first)
 *   --base PATH    the base path it was built for (default: site.config.ts base)
 *   --out DIR      where to write (default screenshots/)
 *   --modes LIST   reading modes, comma-separated: light, dark, contrast,
 *                  contrast-dark, xlarge, or all (default light,dark,xlarge)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import site from "../../site.config.ts";
import { launchChromium } from "../common/browser.ts";
import { PROJECT_ROOT } from "../common/project.ts";
import { serveStatic } from "../common/static-server.ts";
import { STORAGE_KEY, type Preferences } from "../../src/lib/reading/preferences.ts";

const MODES: Record<string, Partial<Preferences>> = {
  light: {},
  dark: { theme: "dark" },
  contrast: { contrast: "high" },
  "contrast-dark": { contrast: "high", theme: "dark" },
  xlarge: { font: "xlarge" },
};
const WIDTHS = [375, 1280];

const { values: args } = parseArgs({
  options: {
    dist: { type: "string", default: path.join(PROJECT_ROOT, "dist") },
    base: { type: "string", default: process.env["SITE_BASE"] || site.base || "/" },
    out: { type: "string", default: path.join(PROJECT_ROOT, "screenshots") },
    modes: { type: "string", default: "light,dark,xlarge" },
  },
});

const modes = args.modes === "all" ? Object.keys(MODES) : args.modes.split(",").map((m) => m.trim());
const unknown = modes.filter((m) => !(m in MODES));
if (unknown.length) {
  console.error(`未知的阅读模式：${unknown.join("、")}。可用：${Object.keys(MODES).join("、")}、all。`);
  process.exit(1);
}
if (!existsSync(path.join(args.dist, "index.html"))) {
  console.error(
    `找不到已生成的网站（${args.dist}/index.html）。请先运行 npm run build，再运行 npm run screenshots。`,
  );
  process.exit(1);
}

/** The first entry of a collection (by file name) whose front matter matches `filter`. */
function entry(collection: string, filter: RegExp = /./): string | undefined {
  const folder = path.join(PROJECT_ROOT, "src/content", collection);
  const file = readdirSync(folder)
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .find((name) => filter.test(readFileSync(path.join(folder, name), "utf8")));
  return file?.replace(/\.mdx?$/, "");
}

/** The newest year's 成果统计 page in the built site. */
function latestStatsYear(): [string, string][] {
  const folder = path.join(args.dist, "programme/stats");
  const year = existsSync(folder)
    ? readdirSync(folder)
        .filter((y) => /^\d{4}$/.test(y))
        .sort()
        .at(-1)
    : undefined;
  return year ? [["stats-year", `programme/stats/${year}/`]] : [];
}

const rule = entry("rules", /^status:\s*现行有效/m);
const oldRule = entry("rules", /^status:\s*已(修改|废止)/m);
const chapter = entry("study", /^order:\s*1\s*$/m) ?? entry("study");
const pages: [name: string, urlPath: string][] = [
  ["home", ""],
  ["programme", "programme/"],
  ["stats", "programme/stats/"],
  ...latestStatsYear(),
  ["rules", "rules/"],
  ...(rule ? [["rule", `rules/${rule}/`] as [string, string]] : []),
  ...(oldRule ? [["rule-superseded", `rules/${oldRule}/`] as [string, string]] : []),
  ["study", "study/"],
  ...(chapter ? [["study-chapter", `study/${chapter}/`] as [string, string]] : []),
  ["study-print", "study/print/"],
  ["books", "books/"],
  [`book`, `books/${entry("books")}/`],
  ["articles", "articles/"],
  ["article", `articles/${entry("articles")}/`],
  ["search", `search/?q=${encodeURIComponent("限时办结")}`],
  ["404", "no-such-page/"],
  ["sitemap", "sitemap/"],
];

rmSync(args.out, { recursive: true, force: true });
mkdirSync(args.out, { recursive: true });
const base = args.base.endsWith("/") ? args.base : `${args.base}/`;
const server = await serveStatic(args.dist, base);
const chromium = await launchChromium();
let count = 0;
const failed: string[] = [];
try {
  for (const mode of modes) {
    for (const width of WIDTHS) {
      const context = await chromium.browser.newContext({ viewport: { width, height: 800 } });
      const stored = MODES[mode] ?? {};
      if (Object.keys(stored).length)
        await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
          STORAGE_KEY,
          JSON.stringify(stored),
        ] as const);
      const page = await context.newPage();
      for (const [name, urlPath] of pages) {
        await page.goto(`${server.origin}${base}${urlPath}`, { waitUntil: "networkidle" });
        if (name === "search")
          await page
            .locator(".search-results li")
            .first()
            .waitFor({ timeout: 15_000 })
            .catch(() => console.warn("搜索页没有显示结果，照原样截图。"));
        const file = path.join(args.out, `${name}-${width}-${mode}.png`);
        try {
          // Very tall pages (the whole compilation) take a while to capture on a busy machine.
          await page.screenshot({ path: file, fullPage: true, timeout: 180_000 });
          count++;
        } catch (error) {
          failed.push(`${path.basename(file)}：${(error as Error).message.split("\n")[0]}`);
        }
      }
      await context.close();
    }
  }
} finally {
  await chromium.close();
  await server.close();
}
console.log(`已生成 ${count} 张截图：${path.relative(process.cwd(), args.out) || "."}/`);
if (failed.length) {
  console.error(`${failed.length} 张截图失败：\n  ${failed.join("\n  ")}`);
  process.exitCode = 1;
}
