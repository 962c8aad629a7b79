import { describe, expect, it } from "vitest";
import { defineSiteConfig, siteDomain } from "../../../src/lib/site/site-config.ts";
import type { SiteConfigInput } from "../../../src/model/site.ts";

const minimal: SiteConfigInput = {
  name: "组工学习门户",
  description: "学习平台",
  url: "https://zugong.example.com",
};

function errorMessage(input: SiteConfigInput): string {
  try {
    defineSiteConfig(input);
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return (error as Error).message;
  }
  throw new Error("defineSiteConfig accepted an invalid configuration");
}

describe("defineSiteConfig", () => {
  it("fills in the defaults: base / and empty footer fields", () => {
    const config = defineSiteConfig(minimal);
    expect(config.base).toBe("/");
    expect([config.organizer, config.operator, config.address, config.phone, config.email]).toEqual([
      "",
      "",
      "",
      "",
      "",
    ]);
    expect([config.siteIdCode, config.icp, config.notice]).toEqual(["", "", ""]);
    expect(config.police).toBeUndefined();
  });

  it("keeps a valid sub-path base and trims text fields", () => {
    const config = defineSiteConfig({ ...minimal, base: "/portal/", organizer: "  示例县委组织部 " });
    expect(config.base).toBe("/portal/");
    expect(config.organizer).toBe("示例县委组织部");
  });

  it("rejects a base without slashes, in Chinese, naming site.config.ts and the field", () => {
    const message = errorMessage({ ...minimal, base: "portal" });
    expect(message).toContain("site.config.ts");
    expect(message).toMatch(/base：.*以 \/ 开头并以 \/ 结尾/);
  });

  it("rejects a base that lacks the trailing slash", () => {
    expect(errorMessage({ ...minimal, base: "/portal" })).toContain("base：");
  });

  it("rejects an address that is not a URL, naming the url field", () => {
    const message = errorMessage({ ...minimal, url: "not a url" });
    expect(message).toContain("site.config.ts");
    expect(message).toMatch(/^\s+url：/m);
    expect(message).not.toMatch(/^\s+base：/m);
  });

  it("rejects a non-web address such as ftp://", () => {
    expect(errorMessage({ ...minimal, url: "ftp://zugong.example.com" })).toMatch(/url：/);
  });

  it("reports every bad field at once, with Chinese text around them", () => {
    const message = errorMessage({ ...minimal, name: "  ", url: "not a url", base: "portal" });
    expect(message).toMatch(/^\s+name：/m);
    expect(message).toMatch(/^\s+url：/m);
    expect(message).toMatch(/^\s+base：/m);
    expect(message).toContain("有误");
    expect(message).toContain("请按提示修改后重新构建");
  });

  it("rejects a police record code that is not digits", () => {
    expect(errorMessage({ ...minimal, police: { number: "公网安备", code: "abc" } })).toContain(
      "police.code：",
    );
  });
});

describe("siteDomain", () => {
  it("is the host of the site address, with a port when there is one", () => {
    expect(siteDomain({ url: "https://zugong.example.com" })).toBe("zugong.example.com");
    expect(siteDomain({ url: "http://localhost:4321/" })).toBe("localhost:4321");
  });
});
