import { describe, expect, it } from "vitest";
import { govMetaTags } from "../../../src/lib/site/gov-meta.ts";

const site = { siteName: "组工学习门户", siteDomain: "zugong.example.com" };
const names = (tags: ReturnType<typeof govMetaTags>) => tags.map((t) => t.name);
const content = (tags: ReturnType<typeof govMetaTags>, name: string) =>
  tags.find((t) => t.name === name)?.content;

describe("govMetaTags", () => {
  it("always writes SiteName and SiteDomain, and nothing else for a bare page", () => {
    expect(govMetaTags(site)).toEqual([
      { name: "SiteName", content: "组工学习门户" },
      { name: "SiteDomain", content: "zugong.example.com" },
    ]);
  });

  it("writes SiteIDCode only when the code is filled in", () => {
    expect(names(govMetaTags({ ...site, siteIdCode: "" }))).not.toContain("SiteIDCode");
    expect(names(govMetaTags({ ...site, siteIdCode: "   " }))).not.toContain("SiteIDCode");
    expect(content(govMetaTags({ ...site, siteIdCode: "1234000001" }), "SiteIDCode")).toBe("1234000001");
  });

  it("writes ColumnName and ColumnType for list pages only", () => {
    const tags = govMetaTags({ ...site, column: { name: "规章制度", type: "政策文件" } });
    expect(names(tags)).toEqual(["SiteName", "SiteDomain", "ColumnName", "ColumnType"]);
    expect(content(tags, "ColumnType")).toBe("政策文件");
  });

  it("writes the article tags, with the publication day as YYYY-MM-DD and keywords comma-joined", () => {
    const tags = govMetaTags({
      ...site,
      article: {
        title: "关于加强流动党员教育管理的调研与思考",
        published: new Date(Date.UTC(2025, 8, 10)),
        source: "示例县委组织部",
        author: "组织股调研组",
        keywords: ["党员教育管理", "流动党员"],
        description: "摘要",
      },
    });
    expect(names(tags)).toEqual([
      "SiteName",
      "SiteDomain",
      "ArticleTitle",
      "PubDate",
      "ContentSource",
      "Author",
      "Keywords",
      "Description",
    ]);
    expect(content(tags, "PubDate")).toBe("2025-09-10");
    expect(content(tags, "Keywords")).toBe("党员教育管理,流动党员");
  });

  it("leaves out article fields that are missing or empty", () => {
    const tags = govMetaTags({
      ...site,
      article: { title: "标题", source: "", author: undefined, keywords: [], description: "  " },
    });
    expect(names(tags)).toEqual(["SiteName", "SiteDomain", "ArticleTitle"]);
  });

  it("trims surrounding spaces from values", () => {
    expect(content(govMetaTags({ ...site, siteName: "  组工学习门户 " }), "SiteName")).toBe("组工学习门户");
  });
});
