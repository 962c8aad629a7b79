import { describe, expect, it } from "vitest";
import {
  MIIT_RECORD_URL,
  consultationHref,
  errorReportUrl,
  footerLines,
  footerRows,
  policeRecordUrl,
} from "../../../src/lib/site/footer.ts";
import { defineSiteConfig } from "../../../src/lib/site/site-config.ts";
import type { SiteConfigInput } from "../../../src/model/site.ts";

const config = (extra: Partial<SiteConfigInput> = {}) =>
  defineSiteConfig({
    name: "组工学习门户",
    description: "学习平台",
    url: "https://zugong.example.com",
    ...extra,
  });

describe("footerLines", () => {
  it("shows nothing when every footer field is left empty", () => {
    expect(footerLines(config())).toEqual([]);
  });

  it("leaves out empty fields and keeps the filled ones", () => {
    const lines = footerLines(
      config({ organizer: "示例县委组织部", operator: "", address: "示例县示例路 1 号" }),
    );
    expect(lines).toEqual([
      { label: "主办单位", text: "示例县委组织部" },
      { label: "地址", text: "示例县示例路 1 号" },
    ]);
  });

  it("links the ICP number to the MIIT record page", () => {
    const lines = footerLines(config({ icp: "京ICP备00000000号" }));
    expect(lines).toEqual([{ label: "ICP备案号", text: "京ICP备00000000号", url: MIIT_RECORD_URL }]);
    expect(MIIT_RECORD_URL).toBe("https://beian.miit.gov.cn/");
  });

  it("links the police record number with its code", () => {
    const [line] = footerLines(
      config({ police: { number: "某公网安备 11010502030143号", code: "11010502030143" } }),
    );
    expect(line).toEqual({
      label: "公安机关备案号",
      text: "某公网安备 11010502030143号",
      url: "https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143",
    });
    expect(policeRecordUrl("123")).toBe("https://beian.mps.gov.cn/#/query/webSearch?code=123");
  });

  it("puts the lines in the order government sites use", () => {
    const lines = footerLines(
      config({
        organizer: "主办",
        operator: "承办",
        address: "地址",
        phone: "0000-1234567",
        email: "a@example.com",
        siteIdCode: "1234000001",
        icp: "京ICP备00000000号",
        police: { number: "公网安备", code: "1" },
      }),
    );
    expect(lines.map((l) => l.label)).toEqual([
      "主办单位",
      "承办单位",
      "地址",
      "电话",
      "电子邮箱",
      "网站标识码",
      "ICP备案号",
      "公安机关备案号",
    ]);
  });

  it("treats a field of only spaces as empty", () => {
    expect(footerLines(config({ phone: "   " }))).toEqual([]);
  });

  it("shows the 公安 record icon from the host's local image beside the number", () => {
    const [line] = footerLines(
      config({
        police: { number: "某公网安备 11010502030143号", code: "11010502030143", icon: "/images/ga.png" },
      }),
    );
    expect(line?.icon).toBe("/images/ga.png");
  });
});

describe("footerRows", () => {
  it("puts 主办/承办, contact and the record numbers on rows of their own, leaving out empty rows", () => {
    const rows = footerRows(
      config({
        organizer: "主办",
        phone: "0000-1234567",
        icp: "京ICP备00000000号",
        siteIdCode: "1234000001",
      }),
    );
    expect(rows.map((row) => row.map((l) => l.label))).toEqual([
      ["主办单位"],
      ["电话"],
      ["网站标识码", "ICP备案号"],
    ]);
    expect(footerRows(config())).toEqual([]);
  });
});

describe("footer links", () => {
  it("links 我为政府网站找错 with the site's 标识码 and the page's address", () => {
    expect(errorReportUrl("6109020001", "https://zugong.example.com/rules/x/")).toBe(
      "https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=6109020001&url=https%3A%2F%2Fzugong.example.com%2Frules%2Fx%2F",
    );
  });

  it("links 咨询建言 to a web page as it is and to a mailbox with mailto:", () => {
    expect(consultationHref("https://zugong.example.com/liuyan/")).toBe("https://zugong.example.com/liuyan/");
    expect(consultationHref("zugong@example.com")).toBe("mailto:zugong@example.com");
  });
});
