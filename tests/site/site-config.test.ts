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
      `import { defineSiteConfig } from "./src/lib/site-config.ts";
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
  police: { number: "测公网安备 00000000000000号", code: "00000000000000" },
  notice: "",
});
`,
    );
    mkdirSync(path.join(project, "public/images"), { recursive: true });
    writeFileSync(path.join(project, "public/images/mark.svg"), '<svg xmlns="http://www.w3.org/2000/svg"/>');
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
    expect(home.querySelector('meta[name="SiteIDCode"]')?.getAttribute("content")).toBe("0000000000");
    expect(home.querySelector('meta[name="SiteDomain"]')?.getAttribute("content")).toBe("test.example.org");
    expect(home.querySelector("title")?.text).toBe("测试门户");
    expect(home.querySelector(".site-notice")).toBeNull();
  });

  it("leaves out what the sample configuration leaves empty", () => {
    const home = readPage(path.join(inject("rootDist"), "index.html"));
    const footer = home.querySelector("footer")?.text ?? "";
    expect(footer).toContain("主办单位：示例县委组织部");
    for (const label of ["承办单位", "网站标识码", "ICP备案号", "公安机关备案号", "电话"])
      expect(footer).not.toContain(label);
    expect(home.querySelector('meta[name="SiteIDCode"]')).toBeNull();
    expect(home.querySelector(".site-notice")?.text).toContain("示例");
  });
});
