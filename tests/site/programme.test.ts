/**
 * The programme as the data files state it: 五看五比 and the pillars in the files'
 * order on every page that lists them (a reversed pillars.yaml reverses every
 * list), and 成果统计 pages whose tables, charts and CSV downloads show what the
 * content implies.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import yaml from "js-yaml";
import type { HTMLElement } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { measurePageWeight } from "../../scripts/bench/lib/weight.ts";
import { buildSite, copyProject, PROJECT_ROOT } from "../helpers/build-site.ts";
import { readPage } from "../helpers/site-files.ts";

const dataFile = <T>(name: string) =>
  yaml.load(readFileSync(path.join(PROJECT_ROOT, "src/content", name), "utf8")) as T[];
const text = (el: HTMLElement | null | undefined) => (el?.text ?? "").replace(/\s+/g, "");
const page = (dist: string, urlPath: string) => readPage(path.join(dist, urlPath, "index.html"));

describe("五看五比 and the five pillars on the sample site", () => {
  const dist = () => inject("rootDist");
  const pairs = dataFile<{ look: string; compare: string }>("wukan-wubi.yaml");
  const pillars = dataFile<{ id: string; agency: string; team: string }>("pillars.yaml");

  it("shows the five 看/比 pairs of wukan-wubi.yaml, in the file's order, on the home and programme pages", () => {
    expect(pairs.map((p) => p.look)).toEqual(["看党性", "看能力", "看态度", "看作风", "看实绩"]);
    for (const urlPath of ["", "programme/"]) {
      const shown = page(dist(), urlPath).querySelectorAll(".wukan-wubi > li").map(text);
      expect(shown, urlPath || "home").toEqual(pairs.map((p) => `${p.look}，${p.compare}`));
    }
  });

  it("lists the pillars in the article's order, each as its cadre team and agency, apart from 五看五比", () => {
    const programme = page(dist(), "programme/");
    expect(programme.querySelectorAll("section.pillar").map((s) => s.id)).toEqual(pillars.map((p) => p.id));
    expect(text(programme.querySelector("#xuexi-title"))).toBe("打造“勤学型”组工干部队伍，创建“学习型”机关");
    // The two levers are two lists, not one table pairing a 看/比 with a pillar.
    expect(programme.querySelector("#xuexi")?.text).not.toContain("看党性");
    expect(programme.querySelectorAll("table")).toHaveLength(0);
  });

  it("shows each pillar's commitments, marking the ones the site does not count", () => {
    const xuexi = text(page(dist(), "programme/").querySelector("#xuexi"));
    expect(xuexi).toContain("要求组工干部每天挤出1小时开展自学（每天1小时；本站不统计）");
    expect(xuexi).toMatch(/在市级以上媒体刊登发表5篇稿件（每年5篇；看\d{4}年统计）/);
  });

  it("links the latest year's statistics from the home and programme pages", () => {
    const years = readdirSync(path.join(dist(), "programme/stats")).filter((y) => /^\d{4}$/.test(y));
    const latest = years.sort().at(-1) as string;
    for (const urlPath of ["", "programme/"]) {
      const links = page(dist(), urlPath).querySelectorAll(`a[href="/programme/stats/${latest}/"]`);
      expect(links.map(text), urlPath || "home").toContainEqual(
        expect.stringMatching(`^${latest}年成果统计`),
      );
    }
  });
});

describe("成果统计 on the sample site", () => {
  const dist = () => inject("rootDist");
  const statsPages = () =>
    readdirSync(path.join(dist(), "programme/stats"))
      .filter((y) => /^\d{4}$/.test(y))
      .map((year) => `programme/stats/${year}/`);

  it("has a page for every year from the first article to this one", () => {
    expect(statsPages()).toEqual(expect.arrayContaining(["programme/stats/2024/", "programme/stats/2026/"]));
    const index = page(dist(), "programme/stats/");
    expect(index.querySelectorAll(".years a").map((a) => a.getAttribute("href"))).toEqual(
      statsPages()
        .reverse()
        .map((p) => `/${p}`),
    );
  });

  it("gives every chart a title and a description it is labelled by, with a table of the same numbers after it", () => {
    for (const urlPath of statsPages()) {
      const svgs = page(dist(), urlPath).querySelectorAll("svg[role=img]");
      expect(svgs.length, urlPath).toBeGreaterThanOrEqual(3);
      for (const svg of svgs) {
        const [titleId, descId] = (svg.getAttribute("aria-labelledby") ?? "").split(" ");
        expect(svg.querySelector("title")?.id).toBe(titleId);
        expect(svg.querySelector("desc")?.id).toBe(descId);
        const table = svg.nextElementSibling?.querySelector("table");
        expect(table, `${urlPath}: a table after ${titleId}`).toBeTruthy();
        expect(text(table?.querySelector("caption"))).toBe(text(svg.querySelector("title")));
        // Every bar's value is a number in its table.
        const values = svg.querySelectorAll("text.value").map((t) => t.text);
        const cells = table?.querySelectorAll("td.number").map((td) => td.text) ?? [];
        for (const value of values) expect(cells).toContain(value);
        expect(svg.getAttribute("style")).toBeUndefined();
      }
    }
  });

  it("offers every table as a CSV that parses back to the table's own cells", () => {
    for (const urlPath of statsPages()) {
      const links = page(dist(), urlPath).querySelectorAll(".csv-link a");
      expect(links.length, urlPath).toBeGreaterThanOrEqual(5);
      for (const link of links) {
        const href = link.getAttribute("href") as string;
        const csv = readFileSync(path.join(dist(), href));
        expect(csv.subarray(0, 3).toString("hex"), href).toBe("efbbbf");
        const rows: string[][] = parseCsv(csv, { bom: true });
        const table = link.parentNode?.previousElementSibling?.querySelector("table");
        const htmlRows = (table?.querySelectorAll("tr") ?? []).map((tr) =>
          tr.querySelectorAll("th, td").map((cell) => cell.text.trim()),
        );
        expect(rows, href).toEqual(htmlRows);
      }
    }
  });

  it("stays within the page budget: at most 20 KB gzip of HTML, CSS and JS before any interaction", async () => {
    const latest = statsPages().at(-1) as string;
    const weight = await measurePageWeight(dist(), `/${latest}`);
    expect(weight.external).toBe(0);
    expect(weight.html.gzip + weight.css.gzip + weight.js.gzip).toBeLessThanOrEqual(20 * 1024);
  }, 120_000);
});

describe("a department's own files", () => {
  const project = copyProject("zugong-programme-");
  const outDir = path.join(project, "out");
  const reversedPillars = dataFile<{ id: string; name: string; agency: string }>("pillars.yaml").reverse();

  beforeAll(() => {
    // pillars.yaml reversed, as a department that reorders it would.
    const source = readFileSync(path.join(project, "src/content/pillars.yaml"), "utf8");
    const items = source.split(/\n(?=- id:)/).slice(1);
    writeFileSync(path.join(project, "src/content/pillars.yaml"), `${items.reverse().join("\n").trim()}\n`);
    // Articles whose statistics are counted by hand below.
    const articles = path.join(project, "src/content/articles");
    rmSync(articles, { recursive: true });
    const article = (id: string, front: string) =>
      writeFileSync(
        path.join(articles, `${id}.md`),
        `---\ntitle: 测试文章${id}\n${front}abstract: 测试摘要。\nkeywords:\n  - 测试\n---\n\n测试正文。\n`,
      );
    mkdirSync(articles);
    article(
      "f1",
      "authors:\n  - 测试作者甲\ndepartment: zuzhi-gu\ndate: 2026-02-01\npublished:\n  outlet: 测试刊物\n  level: 市级\n  date: 2026-03-01\n",
    );
    article("f2", "authors:\n  - 测试作者甲\n  - 测试作者乙\ndepartment: ganbu-yigu\ndate: 2026-05-01\n");
    article(
      "f3",
      "authors:\n  - 组织股调研组\ndepartment: zuzhi-gu\ndate: 2025-04-01\npublished:\n  outlet: 测试刊物\n  level: 省级\n  date: 2026-01-10\n",
    );
    const result = buildSite({ root: project, outDir, env: { SOURCE_DATE_EPOCH: "1781481600" } }); // 2026-06-15
    expect(result.status, result.output).toBe(0);
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it("sees its pillar order on the home page, the programme page, the sitemap and the search filter", () => {
    const agencies = reversedPillars.map((p) => p.agency);
    expect(page(outDir, "").querySelectorAll(".pillars strong").map(text)).toEqual(agencies);
    const programme = page(outDir, "programme/");
    expect(programme.querySelectorAll(".pillar-nav a").map((a) => a.getAttribute("href"))).toEqual(
      reversedPillars.map((p) => `#${p.id}`),
    );
    expect(programme.querySelectorAll("section.pillar").map((s) => s.id)).toEqual(
      reversedPillars.map((p) => p.id),
    );
    const sitemapLinks = page(outDir, "sitemap/")
      .querySelectorAll('a[href^="/programme/#"]')
      .map((a) => a.getAttribute("href"));
    expect(sitemapLinks).toEqual(["/programme/#wukan", ...reversedPillars.map((p) => `/programme/#${p.id}`)]);
    const order = JSON.parse(
      page(outDir, "search/").querySelector("zg-search")?.getAttribute("data-filter-order") ?? "{}",
    );
    expect(order.pillar).toEqual(reversedPillars.map((p) => p.name));
  });

  it("counts the year's articles by department and level, as the articles imply", () => {
    const rows = (id: string) =>
      page(outDir, "programme/stats/2026/")
        .querySelectorAll(`a[href="/programme/stats/2026/${id}.csv"]`)[0]
        ?.parentNode?.previousElementSibling?.querySelectorAll("tbody tr")
        .map((tr) => tr.querySelectorAll("th, td").map((c) => c.text.trim())) ?? [];
    expect(rows("departments")).toEqual([
      ["办公室", "0", "0"],
      ["组织股", "1", "2"], // f1 written; f1 (市级) and f3 (省级) published in 2026
      ["干部一股", "1", "0"],
      ["干部二股", "0", "0"],
      ["干部监督股", "0", "0"],
      ["公务员管理股", "0", "0"],
    ]);
    expect(rows("levels")).toEqual([
      ["区级", "0"],
      ["市级", "1"],
      ["省级", "1"],
      ["国家级", "0"],
    ]);
    expect(rows("authors")).toEqual([
      ["测试作者甲", "组织股、干部一股", "2", "已达到", "1", "尚未达到"],
      ["测试作者乙", "干部一股", "1", "已达到", "0", "尚未达到"],
    ]);
    expect(rows("commitments").map((r) => r.at(-1))).toEqual([
      "本站没有这一项的数据，不作统计",
      "本站没有这一项的数据，不作统计",
      "2 名作者中 0 名达到",
      "本站没有这一项的数据，不作统计",
      "截至6月，6 个月中有 6 个月有推荐书目",
      "2 名作者中 2 名达到",
      "本站没有这一项的数据，不作统计",
      "本站没有这一项的数据，不作统计",
    ]);
  });

  it("says so when a year has no article signed by a person", () => {
    const year2025 = page(outDir, "programme/stats/2025/");
    expect(text(year2025.querySelector("#authors")?.parentNode)).toContain(
      "截至2025年，本站还没有署名到个人的调研文章。",
    );
    expect(year2025.querySelector('a[href="/programme/stats/2025/authors.csv"]')).toBeNull();
  });
});
