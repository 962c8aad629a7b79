import { describe, expect, it } from "vitest";
import { siteRegistrationProblems } from "../../../src/content-check/checks/site-registration.ts";
import { formatReport } from "../../../src/content-check/problem.ts";
import { defineSiteConfig } from "../../../src/lib/site/site-config.ts";
import type { SiteConfigInput } from "../../../src/model/site.ts";

/** A configuration a published public site could go out with (all numbers are placeholders of the right form). */
const complete: SiteConfigInput = {
  name: "组工学习门户",
  description: "学习平台",
  url: "https://zugong.example.com",
  organizer: "示例县委组织部",
  phone: "0000-0000000",
  consultation: "https://zugong.example.com/liuyan/",
  siteIdCode: "0000000000",
  icp: "陕ICP备00000000号-1",
  police: { number: "陕公网安备 00000000000000号", code: "00000000000000", icon: "/images/police.png" },
  govMark: {
    image: "/images/dzjg.png",
    href: "https://bszs.conac.cn/sitename?method=show&id=0000000000000000",
  },
};

const PUBLIC_FILES = new Set(["/images/police.png", "/images/dzjg.png"]);
const problems = (input: Partial<SiteConfigInput>, configText?: string) =>
  siteRegistrationProblems(defineSiteConfig({ ...complete, ...input }), {
    publicFileExists: (p) => PUBLIC_FILES.has(p),
    ...(configText === undefined ? {} : { configText }),
  });
const fields = (input: Partial<SiteConfigInput>) => problems(input).map((p) => p.field);

describe("the production profile's registration items", () => {
  it("accepts a complete configuration", () => {
    expect(problems({})).toEqual([]);
  });

  it("refuses an empty or malformed 网站标识码", () => {
    expect(fields({ siteIdCode: "" })).toEqual(["siteIdCode"]);
    expect(fields({ siteIdCode: "61090200" })).toEqual(["siteIdCode"]);
    expect(fields({ siteIdCode: "bm04000001" })).toEqual([]);
  });

  it("refuses an ICP备案号 not in the form it is issued", () => {
    expect(fields({ icp: "" })).toEqual(["icp"]);
    expect(fields({ icp: "ICP备00000000号" })).toEqual(["icp"]);
    expect(fields({ icp: "陕ICP备00000000" })).toEqual(["icp"]);
    expect(fields({ icp: "陕ICP备00000000号" })).toEqual([]);
  });

  it("refuses a 公安机关备案号 that is missing, malformed, linked to another record, or without its icon", () => {
    expect(fields({ police: undefined })).toEqual(["police"]);
    expect(fields({ police: { number: "公网安备 1号", code: "1", icon: "/images/police.png" } })).toEqual([
      "police",
    ]);
    expect(
      fields({
        police: { number: "陕公网安备 00000000000001号", code: "00000000000000", icon: "/images/police.png" },
      }),
    ).toEqual(["police.code"]);
    expect(fields({ police: { number: "陕公网安备 00000000000000号", code: "00000000000000" } })).toEqual([
      "police.icon",
    ]);
    expect(
      fields({
        police: { number: "陕公网安备 00000000000000号", code: "00000000000000", icon: "/images/none.png" },
      }),
    ).toEqual(["police.icon"]);
  });

  it("refuses a 党政机关网站标识 that is missing, not linked to its record page, or whose image is missing", () => {
    expect(fields({ govMark: undefined })).toEqual(["govMark"]);
    expect(fields({ govMark: { image: "/images/dzjg.png", href: "https://example.com/mark" } })).toEqual([
      "govMark",
    ]);
    expect(
      fields({
        govMark: {
          image: "/images/other.png",
          href: "https://bszs.conac.cn/sitename?method=show&id=00000000",
        },
      }),
    ).toEqual(["govMark.image"]);
  });

  it("refuses a site without 主办单位, without any contact, or without a 咨询建言 entry", () => {
    expect(fields({ organizer: "" })).toEqual(["organizer"]);
    expect(fields({ phone: "", email: "" })).toEqual(["phone"]);
    expect(fields({ phone: "", email: "zugong@example.com" })).toEqual([]);
    expect(fields({ consultation: "" })).toEqual(["consultation"]);
  });

  it("exempts an intranet site from the public registrations only", () => {
    const bare = { siteIdCode: "", icp: "", police: undefined, govMark: undefined, intranet: true };
    expect(fields(bare)).toEqual([]);
    expect(fields({ ...bare, organizer: "", consultation: "" })).toEqual(["organizer", "consultation"]);
  });

  it("reports in Chinese with the line of the item in site.config.ts and how to fix it", () => {
    const text = 'export default defineSiteConfig({\n  name: "x",\n  icp: "",\n});\n';
    const [problem] = problems({ icp: "" }, text);
    expect(problem).toMatchObject({
      severity: "error",
      file: "site.config.ts",
      line: 3,
      field: "icp",
      fieldLabel: "ICP备案号",
    });
    const report = formatReport([problem!]);
    expect(report).toContain("【错误】site.config.ts 第 3 行");
    expect(report).toContain("问题：没有填写ICP备案号；正式发布（SITE_ENV=production）必须填写");
    expect(report).toContain("怎么改：在工业和信息化部备案管理系统");
    expect(report).toContain("intranet: true");
  });
});
