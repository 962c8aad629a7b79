import { describe, expect, it } from "vitest";
import {
  COLUMN_TYPES,
  GOV_META,
  govMetaProblems,
  govMetaTags,
  pageKind,
  type PageMetaInput,
} from "../../../src/lib/site/gov-meta.ts";
import { SECTIONS } from "../../../src/lib/site/routes.ts";

const base: PageMetaInput = {
  site: { name: "组工学习门户", domain: "zugong.example.com" },
  url: "https://zugong.example.com/rules/x/",
};
const column = {
  name: "规章制度",
  description: "现行制度。",
  keywords: ["规章制度", "工作制度"],
  type: "信息公开",
} as const;
const names = (tags: ReturnType<typeof govMetaTags>) => tags.map((t) => t.name);
const content = (tags: ReturnType<typeof govMetaTags>, name: string) =>
  tags.find((t) => t.name === name)?.content;

describe("govMetaTags", () => {
  it("writes only the site's tags on a page outside any column, and leaves an unknown 标识码 out", () => {
    expect(govMetaTags(base)).toEqual([
      { name: "SiteName", content: "组工学习门户" },
      { name: "SiteDomain", content: "zugong.example.com" },
    ]);
    expect(names(govMetaTags({ ...base, site: { ...base.site, idCode: "  " } }))).not.toContain("SiteIDCode");
    expect(
      content(govMetaTags({ ...base, site: { ...base.site, idCode: "6109020001" } }), "SiteIDCode"),
    ).toBe("6109020001");
  });

  it("writes the four column tags on a column's pages, keywords comma-joined", () => {
    const tags = govMetaTags({ ...base, column });
    expect(names(tags)).toEqual([
      "SiteName",
      "SiteDomain",
      "ColumnName",
      "ColumnDescription",
      "ColumnKeywords",
      "ColumnType",
    ]);
    expect(content(tags, "ColumnKeywords")).toBe("规章制度,工作制度");
  });

  it("writes the article tags on a content page, PubDate as YYYY-MM-DD HH:MM and the page's address", () => {
    const tags = govMetaTags({
      ...base,
      column,
      article: {
        title: "关于加强流动党员教育管理的调研与思考（示例）",
        published: new Date(Date.UTC(2025, 8, 10)),
        source: "示例县委组织部",
        author: "组织股调研组",
        keywords: ["党员教育管理", "流动党员"],
        description: "摘要\n第二行",
        image: "https://zugong.example.com/_astro/cover.webp",
      },
    });
    expect(names(tags)).toEqual([
      "SiteName",
      "SiteDomain",
      "ColumnName",
      "ColumnDescription",
      "ColumnKeywords",
      "ColumnType",
      "ArticleTitle",
      "PubDate",
      "ContentSource",
      "Keywords",
      "Author",
      "Description",
      "Image",
      "Url",
    ]);
    expect(content(tags, "PubDate")).toBe("2025-09-10 00:00");
    expect(content(tags, "Description")).toBe("摘要 第二行");
    expect(content(tags, "Url")).toBe("https://zugong.example.com/rules/x/");
  });

  it("leaves out article fields that are missing or empty rather than writing them empty", () => {
    const tags = govMetaTags({
      ...base,
      column,
      article: { title: "标题", source: "", author: undefined, keywords: [], description: "  " },
    });
    expect(names(tags)).not.toContain("Author");
    expect(names(tags)).not.toContain("Keywords");
    expect(names(tags)).not.toContain("Description");
  });
});

describe("govMetaProblems", () => {
  const page = (input: Partial<PageMetaInput>) => {
    const full = { ...base, ...input };
    return govMetaProblems(pageKind(full), govMetaTags(full));
  };

  it("finds nothing wrong with what govMetaTags writes for each kind of page", () => {
    expect(page({})).toEqual([]);
    expect(page({ column })).toEqual([]);
    expect(
      page({ column, article: { title: "标题", published: new Date(), source: "示例县委组织部" } }),
    ).toEqual([]);
  });

  it("names a missing required tag, a tag on the wrong kind of page, a bad format and a value off the list", () => {
    expect(govMetaProblems("article", [{ name: "SiteName", content: "站" }])).toContain(
      "缺少 ArticleTitle（文章标题）",
    );
    expect(govMetaProblems("site", [{ name: "ColumnName", content: "规章制度" }])).toContain(
      "ColumnName（栏目名称）不应出现在这类页面",
    );
    expect(govMetaProblems("article", [{ name: "PubDate", content: "2025-09-10" }])).toContain(
      "PubDate 的值“2025-09-10”格式不对",
    );
    expect(govMetaProblems("column", [{ name: "ColumnType", content: "学习资料" }]).join()).toContain(
      "ColumnType 的值“学习资料”不在允许的取值中",
    );
    expect(govMetaProblems("site", [{ name: "SiteIDCode", content: "12345" }]).join()).toContain(
      "SiteIDCode",
    );
  });

  it("accepts both forms of 网站标识码: ten digits, or bm and eight digits", () => {
    const spec = GOV_META.find((s) => s.name === "SiteIDCode");
    expect(spec?.pattern?.test("6109020001")).toBe(true);
    expect(spec?.pattern?.test("bm04000001")).toBe(true);
    expect(spec?.pattern?.test("610902001")).toBe(false);
  });
});

describe("the sections' column meta", () => {
  it("gives every section but the home page a description, keywords and a type from the published list", () => {
    for (const s of SECTIONS.filter((x) => x.key !== "home")) {
      expect(s.column?.description, s.key).toBeTruthy();
      expect(s.column?.keywords.length, s.key).toBeGreaterThan(0);
      expect(COLUMN_TYPES, s.key).toContain(s.column?.type);
    }
  });
});
