import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { buildSite, copyProject } from "../helpers/build-site.ts";
import { readPage } from "../helpers/site-files.ts";

describe("the government-site footer and meta, driven by site.config.ts", () => {
  const project = copyProject();
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it("shows every configured item, linked to its record page, under the base path", () => {
    writeFileSync(
      path.join(project, "site.config.ts"),
      `import { defineSiteConfig } from "./src/lib/site/site-config.ts";
export default defineSiteConfig({
  name: "测试门户",
  description: "测试",
  url: "https://test.example.org",
  base: "/zg/",
  organizer: "测试主办单位",
  operator: "测试承办单位",
  address: "测试地址",
  phone: "0000-0000000",
  email: "test@example.org",
  govMark: { image: "/images/mark.svg", href: "https://mark.example.org/record" },
  siteIdCode: "0000000000",
  icp: "测ICP备00000000号",
  police: { number: "测公网安备 00000000000000号", code: "00000000000000", icon: "/images/police.svg" },
  consultation: "advice@example.org",
  notice: "",
  editBaseUrl: "https://git.example.org/zugong/edit/main/",
});
`,
    );
    mkdirSync(path.join(project, "public/images"), { recursive: true });
    writeFileSync(path.join(project, "public/images/mark.svg"), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(
      path.join(project, "public/images/police.svg"),
      '<svg xmlns="http://www.w3.org/2000/svg"/>',
    );
    const outDir = path.join(project, "out");
    const result = buildSite({ root: project, outDir });
    expect(result.status, result.output).toBe(0);

    const home = readPage(path.join(outDir, "index.html"));
    const footer = home.querySelector("footer")?.text ?? "";
    for (const text of [
      "测试主办单位",
      "测试承办单位",
      "测试地址",
      "0000-0000000",
      "test@example.org",
      "0000000000",
    ]) {
      expect(footer).toContain(text);
    }
    expect(home.querySelector('footer a[href="https://beian.miit.gov.cn/"]')?.text).toBe("测ICP备00000000号");
    expect(
      home.querySelector('footer a[href="https://beian.mps.gov.cn/#/query/webSearch?code=00000000000000"]')
        ?.text,
    ).toBe("测公网安备 00000000000000号");
    const mark = home.querySelector('footer a[href="https://mark.example.org/record"] img');
    expect(mark?.getAttribute("src")).toBe("/zg/images/mark.svg");
    expect(mark?.getAttribute("alt")).toBe("党政机关网站标识");
    // The 公安 icon stands right before its number, from the host's own image under the base path.
    const police = home.querySelector('footer a[href^="https://beian.mps.gov.cn/"]')?.parentNode;
    expect(police?.querySelector("img")?.getAttribute("src")).toBe("/zg/images/police.svg");
    expect(home.querySelector('footer a[href="mailto:advice@example.org"]')?.text).toBe("咨询建言");
    // 我为政府网站找错 names the site and the page it was opened from.
    const rulePage = readPage(path.join(outDir, "rules/shouwen-fuze/index.html"));
    expect(rulePage.querySelector("footer a.error-report")?.getAttribute("href")).toBe(
      `https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=0000000000&url=${encodeURIComponent("https://test.example.org/zg/rules/shouwen-fuze/")}`,
    );
    expect(home.querySelector('meta[name="SiteIDCode"]')?.getAttribute("content")).toBe("0000000000");
    expect(home.querySelector('meta[name="SiteDomain"]')?.getAttribute("content")).toBe("test.example.org");
    expect(home.querySelector("title")?.text).toBe("测试门户");
    expect(home.querySelector(".site-notice")).toBeNull();

    // 编辑此页 links to the file in the repository; this copy has no git history,
    // so 最后更新 falls back to the rule's own date (成文日期 2024-03-01).
    const rule = readPage(path.join(outDir, "rules/shouwen-fuze/index.html"));
    const info = rule.querySelector("article .page-info");
    expect(info?.querySelector("a.edit-link")?.getAttribute("href")).toBe(
      "https://git.example.org/zugong/edit/main/src/content/rules/shouwen-fuze.md",
    );
    expect(info?.querySelector("a.edit-link")?.text.trim()).toBe("编辑此页");
    expect(info?.text).toContain("最后更新：2024年3月1日");
    expect(info?.querySelector("time")?.getAttribute("datetime")).toBe("2024-03-01");
    const book = readPage(path.join(outDir, "books/xiangtu-zhongguo/index.html"));
    expect(book.querySelector("article .page-info a.edit-link")?.getAttribute("href")).toBe(
      "https://git.example.org/zugong/edit/main/src/content/books/xiangtu-zhongguo.md",
    );
    expect(book.querySelector("article .page-info time")?.getAttribute("datetime")).toBe("2026-01-01");
  });

  it("leaves out what the sample configuration leaves empty", () => {
    const home = readPage(path.join(inject("rootDist"), "index.html"));
    const footer = home.querySelector("footer")?.text ?? "";
    expect(footer).toContain("主办单位：示例县委组织部");
    for (const label of ["承办单位", "网站标识码", "ICP备案号", "公安机关备案号", "电话"])
      expect(footer).not.toContain(label);
    expect(home.querySelector('meta[name="SiteIDCode"]')).toBeNull();
    expect(home.querySelector("footer a.error-report")).toBeNull();
    expect(footer).not.toContain("咨询建言");
    expect(home.querySelector(".site-notice")?.text).toContain("示例");
  });

  it("ends every content page with 最后更新, and hides 编辑此页 while editBaseUrl is empty", () => {
    const dist = inject("rootDist");
    for (const page of [
      "rules/shouwen-fuze",
      "study/gongwuyuan-fa",
      "books/xiangtu-zhongguo",
      "articles/zugong-wuxing-2026",
    ]) {
      const doc = readPage(path.join(dist, page, "index.html"));
      const info = doc.querySelector("article .page-info");
      expect(info?.text, page).toMatch(/最后更新：\d{4}年\d{1,2}月\d{1,2}日/);
      expect(info?.querySelector("time")?.getAttribute("datetime"), page).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(doc.querySelector(".edit-link"), page).toBeNull();
    }
  });
});
