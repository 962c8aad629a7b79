import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkContent, formatProblem, type Problem } from "../../src/lib/content-check/index.ts";
import { createContentFixture, type ContentFixture } from "../helpers/content-fixture.ts";

let fixture: ContentFixture;
beforeEach(() => {
  fixture = createContentFixture();
});
afterEach(() => fixture.cleanup());

const errors = () => checkContent(fixture.root).filter((p) => p.severity === "error");

/** The single error reported, asserting that the report names the file and the field. */
function onlyError(file: string, field?: string): Problem {
  const found = errors();
  expect(found.map(formatProblem).join("\n\n")).not.toBe("");
  expect(found).toHaveLength(1);
  const problem = found[0] as Problem;
  const text = formatProblem(problem);
  expect(text).toContain(`src/content/${file}`);
  if (field) expect(text).toContain(`字段：${field}`);
  return problem;
}

describe("the valid fixture", () => {
  it("passes with no errors and no warnings", () => {
    expect(checkContent(fixture.root)).toEqual([]);
  });
});

describe("schema rules", () => {
  it("rejects an unknown key and suggests the closest known key", () => {
    fixture.edit("rules/shouwen-fuze.md", "category: 工作制度", "category: 工作制度\nsumary: 简介");
    const problem = onlyError("rules/shouwen-fuze.md", "sumary");
    expect(problem.hint).toContain("summary");
    expect(problem.line).toBe(9);
  });

  it("reports a missing required field with the key to add", () => {
    fixture.edit("rules/shouwen-fuze.md", "issuer: 示例县委组织部\n", "");
    const problem = onlyError("rules/shouwen-fuze.md", "issuer");
    expect(problem.message).toBe("缺少必填字段");
    expect(formatProblem(problem)).toContain("发文机关");
  });

  it("rejects a status outside the list, showing the allowed values and the closest one", () => {
    fixture.edit("rules/shouwen-fuze.md", "status: 现行有效", "status: 现行");
    const problem = onlyError("rules/shouwen-fuze.md", "status");
    expect(problem.found).toBe("“现行”");
    expect(problem.expected).toBe("以下之一：现行有效、已修改、已废止、尚未生效");
    expect(problem.hint).toContain("现行有效");
    expect(problem.line).toBe(7);
  });

  it("rejects a category outside the fixed list", () => {
    fixture.edit("rules/shouwen-fuze.md", "category: 工作制度", "category: 工作规定");
    const problem = onlyError("rules/shouwen-fuze.md", "category");
    expect(problem.expected).toContain("学习制度");
  });

  it("rejects an effective date before the issued date", () => {
    fixture.edit("rules/shouwen-fuze.md", "effective: 2024-04-01", "effective: 2024-02-01");
    const problem = onlyError("rules/shouwen-fuze.md", "effective");
    expect(problem.message).toBe("施行日期早于成文日期");
    expect(problem.found).toBe("2024-02-01");
  });

  it("rejects a date written 2024/3/1 and explains the expected form", () => {
    fixture.edit("rules/shouwen-fuze.md", "issued: 2024-03-01", "issued: 2024/3/1");
    const problem = onlyError("rules/shouwen-fuze.md", "issued");
    expect(problem.found).toBe("“2024/3/1”");
    expect(problem.expected).toContain("YYYY-MM-DD");
  });

  it("rejects a date that does not exist", () => {
    fixture.edit("articles/nianqing-ganbu.md", "date: 2025-06-18", 'date: "2025-02-30"');
    onlyError("articles/nianqing-ganbu.md", "date");
  });

  it("rejects a document number with half-width brackets", () => {
    fixture.edit("rules/shouwen-fuze.md", "示例组发〔2024〕5号", "示例组发[2024]5号");
    const problem = onlyError("rules/shouwen-fuze.md", "docNumber");
    expect(problem.expected).toContain("〔");
  });

  it("rejects a title wrapped in 《》", () => {
    fixture.edit("books/wanli-shiwunian.md", "title: 万历十五年", "title: 《万历十五年》");
    onlyError("books/wanli-shiwunian.md", "title");
  });

  it("rejects an ISBN whose check digit is wrong", () => {
    fixture.edit("books/xiangtu-zhongguo.md", "978-0-306-40615-7", "978-0-306-40615-8");
    const problem = onlyError("books/xiangtu-zhongguo.md", "isbn");
    expect(problem.message).toContain("校验位");
  });

  it("rejects a month that is not YYYY-MM", () => {
    fixture.edit("books/wanli-shiwunian.md", "month: 2026-02", "month: 2026-2");
    onlyError("books/wanli-shiwunian.md", "month");
  });

  it("rejects a publication level outside the list, naming the nested field", () => {
    fixture.edit("articles/nianqing-ganbu.md", "level: 市级", "level: 市");
    const problem = onlyError("articles/nianqing-ganbu.md", "published.level");
    expect(problem.expected).toBe("以下之一：区级、市级、省级、国家级");
    expect(problem.line).toBe(13);
  });

  it("rejects an unknown pillar and suggests the right one", () => {
    fixture.edit("articles/nianqing-ganbu.md", "pillar: 有为型", "pillar: 有为");
    const problem = onlyError("articles/nianqing-ganbu.md", "pillar");
    expect(problem.hint).toContain("有为型");
  });

  it("rejects a list field written as a single value", () => {
    fixture.edit("articles/nianqing-ganbu.md", "keywords:\n  - 年轻干部", "keywords: 年轻干部");
    const problem = onlyError("articles/nianqing-ganbu.md", "keywords");
    expect(problem.message).toContain("列表");
  });
});

describe("rules that span entries", () => {
  it("allows at most one book per month, reporting each book with the other's file", () => {
    fixture.edit("books/wanli-shiwunian.md", "month: 2026-02", "month: 2026-01");
    const found = errors();
    expect(found.map((p) => [p.file, p.field])).toEqual([
      ["src/content/books/wanli-shiwunian.md", "month"],
      ["src/content/books/xiangtu-zhongguo.md", "month"],
    ]);
    expect(found[0]?.message).toContain("src/content/books/xiangtu-zhongguo.md");
    expect(found[1]?.message).toContain("src/content/books/wanli-shiwunian.md");
  });

  it("requires unique chapter order numbers in the compilation", () => {
    fixture.edit("study/jiancha-fa.md", "order: 2", "order: 1");
    expect(errors().map((p) => [p.file, p.field, p.line])).toEqual([
      ["src/content/study/gongwuyuan-fa.md", "order", 4],
      ["src/content/study/jiancha-fa.md", "order", 4],
    ]);
  });

  it("rejects an article whose department does not exist and suggests the closest id", () => {
    fixture.edit("articles/nianqing-ganbu.md", "department: ganbu-yigu", "department: ganbu-yigv");
    const problem = onlyError("articles/nianqing-ganbu.md", "department");
    expect(problem.found).toBe("“ganbu-yigv”");
    expect(problem.hint).toContain("ganbu-yigu");
  });

  it("rejects a supersedes reference to a rule that does not exist", () => {
    fixture.edit(
      "rules/xianshi-banjie.md",
      "supersedes: xianshi-banjie-2023",
      "supersedes: xianshi-banjie-2022",
    );
    // The old version is then replaced by nothing, which is allowed; only the reference is wrong.
    const problem = onlyError("rules/xianshi-banjie.md", "supersedes");
    expect(problem.hint).toContain("xianshi-banjie-2023");
  });

  it("rejects a related reference from the compilation to a rule that does not exist", () => {
    fixture.edit("study/gongwuyuan-fa.md", "- shouwen-fuze", "- shouwen-fuzhe");
    onlyError("study/gongwuyuan-fa.md", "related");
  });

  it("rejects a superseded rule that still claims to be in force", () => {
    fixture.edit("rules/xianshi-banjie-2023.md", "status: 已修改", "status: 现行有效");
    const problem = onlyError("rules/xianshi-banjie-2023.md", "status");
    expect(problem.message).toContain("src/content/rules/xianshi-banjie.md");
  });

  it("rejects a rule that supersedes itself", () => {
    fixture.edit("rules/xianshi-banjie.md", "supersedes: xianshi-banjie-2023", "supersedes: xianshi-banjie");
    onlyError("rules/xianshi-banjie.md", "supersedes");
  });

  it("rejects a cover image that does not exist, and accepts it once the file is there", () => {
    fixture.edit("books/wanli-shiwunian.md", "month: 2026-02", "month: 2026-02\ncover: ./covers/wanli.jpg");
    const problem = onlyError("books/wanli-shiwunian.md", "cover");
    expect(problem.expected).toContain("src/content/books/covers/wanli.jpg");
    fixture.write("books/covers/wanli.jpg", Buffer.from([0xff, 0xd8, 0xff]));
    expect(errors()).toEqual([]);
  });

  it("requires pillars.yaml to describe each of the five pillars", () => {
    fixture.write("pillars.yaml", fixtureText("pillars.yaml").replace(/- id: renwen[\s\S]*$/, ""));
    const problem = onlyError("pillars.yaml", "name");
    expect(problem.message).toContain("人文型");
  });

  it("rejects two departments with the same id", () => {
    fixture.write(
      "departments.yaml",
      "- id: zuzhi-gu\n  name: 组织股\n- id: zuzhi-gu\n  name: 干部一股\n- id: ganbu-yigu\n  name: 干部一股\n",
    );
    const problem = onlyError("departments.yaml");
    expect(problem.line).toBe(3);
  });
});

describe("files that cannot be read", () => {
  it("reports a file without front matter", () => {
    fixture.write("rules/no-front-matter.md", "第一条 正文。\n");
    const problem = onlyError("rules/no-front-matter.md");
    expect(problem.message).toContain("前置元数据");
  });

  it("reports a YAML syntax error with its line", () => {
    fixture.write("rules/bad-yaml.md", "---\ntitle: 示例\nissuer: [未闭合\nissued: 2024-01-01\n---\n正文\n");
    const problem = onlyError("rules/bad-yaml.md");
    expect(problem.message).toContain("YAML");
    expect(problem.line).toBeGreaterThanOrEqual(3);
    expect(problem.line).toBeLessThanOrEqual(5);
  });

  it("reports a file name that cannot be part of a URL", () => {
    fixture.write(
      "rules/首问负责.md",
      fixtureText("rules/shouwen-fuze.md").replace("示例组发〔2024〕5号", "示例组发〔2024〕6号"),
    );
    const problem = onlyError("rules/首问负责.md");
    expect(problem.message).toContain("文件名");
  });

  it("lists every problem at once, not only the first", () => {
    fixture.edit("rules/shouwen-fuze.md", "status: 现行有效", "status: 现行");
    fixture.edit("books/xiangtu-zhongguo.md", "978-0-306-40615-7", "978-0-306-40615-8");
    fixture.edit("articles/nianqing-ganbu.md", "department: ganbu-yigu", "department: nowhere");
    expect(errors().map((p) => p.field)).toEqual(["department", "isbn", "status"]);
  });
});

function fixtureText(relative: string): string {
  // Read back what the fixture wrote, so edits build on the valid file.
  return readFileSync(`${fixture.root}/src/content/${relative}`, "utf8");
}
