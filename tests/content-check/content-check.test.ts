import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkContent, formatProblem, type Problem } from "../../src/content-check/index.ts";
import { createContentFixture, type ContentFixture } from "../helpers/content-fixture.ts";
import { encodeGb18030 } from "../helpers/gb18030.ts";

let fixture: ContentFixture;
beforeEach(() => {
  fixture = createContentFixture();
});
afterEach(() => fixture.cleanup());

const errors = () => checkContent(fixture.root).filter((p) => p.severity === "error");
const warnings = () => checkContent(fixture.root).filter((p) => p.severity === "warning");

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

/** The single warning reported (and no error), asserting that the report names the file. */
function onlyWarning(file: string, field?: string): Problem {
  expect(errors().map(formatProblem)).toEqual([]);
  const found = warnings();
  expect(found).toHaveLength(1);
  const problem = found[0] as Problem;
  expect(problem.file).toBe(`src/content/${file}`);
  expect(problem.field).toBe(field);
  expect(formatProblem(problem)).toMatch(/^【提醒】/);
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

  it.each([
    ["2024年3月1日", "2024年3月1日"],
    ["2024/3/1", "2024/3/1"],
    ['"2024.3.1"', "2024.3.1"],
  ])(
    "accepts a date written %s, reading it as 2024-03-01, and suggests the standard form",
    (written, found) => {
      fixture.edit("rules/shouwen-fuze.md", "issued: 2024-03-01", `issued: ${written}`);
      const problem = onlyWarning("rules/shouwen-fuze.md", "issued");
      expect(problem.message).toBe("日期不是标准写法，已按 2024-03-01 理解");
      expect(problem.found).toBe(`“${found}”`);
      expect(problem.expected).toBe("YYYY-MM-DD，例如 2024-03-01");
      expect(problem.hint).toBe("建议改为 2024-03-01。");
      expect(problem.line).toBe(5);
    },
  );

  it("still checks a date written 2024年3月1日 against the others (effective not before issued)", () => {
    fixture.edit("rules/shouwen-fuze.md", "effective: 2024-04-01", "effective: 2024年2月1日");
    const problem = onlyError("rules/shouwen-fuze.md", "effective");
    expect(problem.message).toBe("施行日期早于成文日期");
  });

  it("rejects a day written in Chinese that does not exist", () => {
    fixture.edit("rules/shouwen-fuze.md", "issued: 2024-03-01", "issued: 2024年2月30日");
    const problem = onlyError("rules/shouwen-fuze.md", "issued");
    expect(problem.message).toBe("日期格式不对或这一天不存在");
    expect(problem.expected).toContain("YYYY-MM-DD");
  });

  it("rejects an unquoted day that does not exist, which YAML would roll over to the next month", () => {
    fixture.edit("articles/nianqing-ganbu.md", "date: 2025-06-18", "date: 2025-02-30");
    const problem = onlyError("articles/nianqing-ganbu.md", "date");
    expect(problem.message).toBe("这一天不存在");
    expect(problem.found).toBe("“2025-02-30”");
    expect(problem.line).toBe(6);
    expect(problem.hint).toContain("2 月没有 30 日");
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

  it("lists the allowed pillars in pillars.yaml's order", () => {
    const items = fixtureText("pillars.yaml")
      .split(/\n(?=- id:)/)
      .slice(1);
    fixture.write("pillars.yaml", `${items.reverse().join("\n").trim()}\n`);
    fixture.edit("rules/shouwen-fuze.md", "pillar: 廉政型", "pillar: 廉洁型");
    const problem = onlyError("rules/shouwen-fuze.md", "pillar");
    expect(problem.expected).toBe("以下之一：人文型、有为型、服务型、廉政型、学习型");
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

  it("requires 五看五比 to have exactly five pairs", () => {
    fixture.write("wukan-wubi.yaml", fixtureText("wukan-wubi.yaml").replace(/- id: shiji[\s\S]*$/, ""));
    const problem = onlyError("wukan-wubi.yaml");
    expect(problem.message).toBe("“五看五比”应为五项，现在有 4 项");
    expect(problem.found).toContain("看作风，比服务质量好坏");
  });

  it("rejects a 五看五比 pair written the other way round", () => {
    fixture.edit(
      "wukan-wubi.yaml",
      "look: 看能力\n  compare: 比组工业务精疏",
      "look: 比组工业务精疏\n  compare: 看能力",
    );
    const found = errors();
    expect(found.map((p) => [p.field, p.message, p.line])).toEqual([
      ["look", "应以“看”开头", 8],
      ["compare", "应以“比”开头", 9],
    ]);
  });

  it("rejects a 五看五比 pair copied twice", () => {
    fixture.edit("wukan-wubi.yaml", "look: 看能力", "look: 看党性");
    const problem = onlyError("wukan-wubi.yaml", "look");
    expect(problem.message).toBe("与第 1 项重复");
    expect(problem.line).toBe(8);
  });

  it("rejects a commitment whose measure does not exist, suggesting the closest one", () => {
    fixture.edit("commitments.yaml", "measure: 每人调研文章篇数", "measure: 每人调研文章数");
    const problem = onlyError("commitments.yaml", "measure");
    expect(problem.hint).toContain("每人调研文章篇数");
    expect(problem.found).toBe("“每人调研文章数”");
  });

  it("rejects a commitment whose pillar is not one of the five", () => {
    fixture.edit("commitments.yaml", "pillar: 有为型\n  period: 每年", "pillar: 有为形\n  period: 每年");
    const problem = onlyError("commitments.yaml", "pillar");
    expect(problem.hint).toContain("有为型");
  });

  it("rejects a measure used with another period than the one it counts by", () => {
    fixture.edit(
      "commitments.yaml",
      "period: 每月\n  target: 1\n  unit: 本\n  measure: 推荐书目月数",
      "period: 每年\n  target: 12\n  unit: 本\n  measure: 推荐书目月数",
    );
    const problem = onlyError("commitments.yaml", "period");
    expect(problem.message).toBe("统计方法“推荐书目月数”按月统计，与这项要求的周期不一致");
    expect(problem.expected).toBe("“每月”");
  });

  it("rejects a target written with its unit", () => {
    fixture.edit("commitments.yaml", "target: 20000", "target: 2万");
    const problem = onlyError("commitments.yaml", "target");
    expect(formatProblem(problem)).toContain("不加单位");
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
    fixture.write(
      "rules/bad-yaml.md",
      "---\ntitle: 示例\n  issuer: 缩进错了\nissued: 2024-01-01\n---\n正文\n",
    );
    const problem = onlyError("rules/bad-yaml.md");
    expect(problem.message).toBe("YAML 语法错误，无法读取字段");
    expect(problem.line).toBe(3);
    expect(problem.hint).toContain("缩进");
  });

  it("reports front matter that is opened but never closed", () => {
    fixture.write("rules/unclosed.md", "---\ntitle: 示例制度\nissuer: 示例县委组织部\n\n第一条 正文。\n");
    const problem = onlyError("rules/unclosed.md");
    expect(problem.message).toBe("前置元数据没有结束：找不到结束的 --- 行");
    expect(problem.line).toBe(1);
    expect(problem.hint).toBe("在最后一个字段后面加一行 ---（三个英文减号）。");
  });

  it("points at a closing line typed with a Chinese dash", () => {
    fixture.write("rules/unclosed.md", "---\ntitle: 示例制度\n———\n\n第一条 正文。\n");
    const problem = onlyError("rules/unclosed.md");
    expect(problem.line).toBe(3);
    expect(problem.found).toBe("“———”");
    expect(problem.hint).toContain("改为三个减号 ---");
  });

  it("points at an opening line typed with full-width dashes", () => {
    fixture.write("rules/dashes.md", "－－－\ntitle: 示例制度\n－－－\n");
    const problem = onlyError("rules/dashes.md");
    expect(problem.message).toBe("前置元数据的开始行不是三个英文减号");
    expect(problem.line).toBe(1);
    expect(problem.hint).toContain("切换到英文输入法");
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

describe("text typed with a Chinese input method", () => {
  it("reports a full-width colon after a key, and still checks the rest of the file", () => {
    fixture.edit("rules/shouwen-fuze.md", "issuer: 示例县委组织部", "issuer：示例县委组织部");
    fixture.edit("rules/shouwen-fuze.md", "status: 现行有效", "status: 现行");
    const [colon, status] = errors();
    expect(colon?.field).toBe("issuer");
    expect(colon?.line).toBe(4);
    expect(colon?.message).toBe("字段名后面用了全角冒号“：”");
    expect(colon?.hint).toBe("把“issuer：”改成“issuer: ”（切换到英文输入法再输入冒号）。");
    expect(formatProblem(colon as Problem)).toContain("字段：issuer（发文机关）");
    expect(status?.field).toBe("status");
    expect(errors()).toHaveLength(2);
  });

  it("reports a full-width colon on the only key (which YAML would read as plain text)", () => {
    fixture.write("rules/one-key.md", "---\ntitle：示例制度\n---\n");
    const found = errors();
    const colon = found.find((p) => p.line === 2);
    expect(colon?.field).toBe("title");
    expect(colon?.message).toBe("字段名后面用了全角冒号“：”");
    // The repaired text is checked too: the other required fields are missing.
    expect(found.filter((p) => p !== colon).map((p) => p.field)).toEqual([
      "issuer",
      "issued",
      "status",
      "category",
    ]);
  });

  it("reports a missing space after the colon", () => {
    fixture.edit("rules/shouwen-fuze.md", "title: 首问负责制度", "title:首问负责制度");
    const problem = onlyError("rules/shouwen-fuze.md", "title");
    expect(problem.message).toBe("冒号后面缺少空格");
    expect(problem.line).toBe(2);
    expect(problem.hint).toBe("在“title:”后面加一个空格。");
  });

  it("reports a full-width space after the colon", () => {
    fixture.edit("rules/shouwen-fuze.md", "category: 工作制度", "category:\u3000工作制度");
    const problem = onlyError("rules/shouwen-fuze.md", "category");
    expect(problem.message).toBe("冒号后面是全角空格");
    expect(problem.hint).toBe("把冒号后面的全角空格换成一个半角空格。");
  });

  it("reports full-width letters in a key", () => {
    fixture.edit("rules/shouwen-fuze.md", "pillar: 廉政型", "ｐｉｌｌａｒ: 廉政型");
    const problem = onlyError("rules/shouwen-fuze.md", "pillar");
    expect(problem.message).toBe("字段名里有全角字母或数字");
    expect(problem.hint).toBe("关闭中文输入法的全角模式，把字段名改为 pillar。");
  });

  it("reports a list item that starts with a full-width dash", () => {
    fixture.edit("books/xiangtu-zhongguo.md", "  - 费孝通", "  － 费孝通");
    const problem = onlyError("books/xiangtu-zhongguo.md");
    expect(problem.line).toBe(4);
    expect(problem.message).toBe("列表项开头用了“－”，不是英文减号");
    expect(problem.hint).toBe("把“－”改成英文减号“-”，后面留一个空格。");
  });

  it("reports indentation with a full-width space or a tab", () => {
    fixture.edit("articles/nianqing-ganbu.md", "  level: 市级", "\u3000level: 市级");
    const problem = onlyError("articles/nianqing-ganbu.md", "level");
    expect(problem.message).toBe("行首的缩进用了全角空格");
    expect(problem.line).toBe(13);
  });

  it("reports a key written as its Chinese name and suggests the English key", () => {
    fixture.edit("rules/shouwen-fuze.md", "issuer: 示例县委组织部", "发文机关: 示例县委组织部");
    const found = errors();
    expect(found.map((p) => p.field).sort()).toEqual(["issuer", "发文机关"]);
    const unknown = found.find((p) => p.field === "发文机关");
    expect(unknown?.line).toBe(4);
    expect(unknown?.hint).toBe("是不是想写 issuer？把 发文机关 改成 issuer。");
  });

  it("leaves full-width punctuation inside values alone", () => {
    fixture.edit(
      "rules/shouwen-fuze.md",
      "pillar: 廉政型",
      "pillar: 廉政型\nsummary: 说明：首问负责，一次告知。",
    );
    expect(checkContent(fixture.root)).toEqual([]);
  });
});

describe("file encodings and line endings", () => {
  it("reports a file saved as GBK/GB18030 and says how to save it as UTF-8", () => {
    fixture.write("rules/shouwen-fuze.md", encodeGb18030(fixtureText("rules/shouwen-fuze.md")));
    const problem = onlyError("rules/shouwen-fuze.md");
    expect(problem.message).toContain("文件是 GBK/GB18030 编码");
    expect(problem.hint).toContain("UTF-8");
    expect(problem.hint).toContain("另存为");
  });

  it("still checks the fields of a GBK file", () => {
    const text = fixtureText("rules/shouwen-fuze.md").replace("status: 现行有效", "status: 现行");
    fixture.write("rules/shouwen-fuze.md", encodeGb18030(text));
    expect(errors().map((p) => p.field)).toEqual([undefined, "status"]);
    expect(errors()[1]?.hint).toContain("现行有效");
  });

  it("reports a UTF-16 file (Notepad's “Unicode”)", () => {
    const text = fixtureText("departments.yaml");
    fixture.write(
      "departments.yaml",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
    );
    const problem = onlyError("departments.yaml");
    expect(problem.message).toContain("UTF-16");
  });

  it("accepts a UTF-8 BOM and Windows line endings without a word", () => {
    for (const file of ["rules/shouwen-fuze.md", "books/xiangtu-zhongguo.md", "departments.yaml"]) {
      fixture.write(file, `\uFEFF${fixtureText(file).replace(/\n/g, "\r\n")}`);
    }
    expect(checkContent(fixture.root)).toEqual([]);
  });

  it("gives the right line numbers in a file with a BOM and Windows line endings", () => {
    const text = fixtureText("rules/shouwen-fuze.md").replace("status: 现行有效", "status: 现行");
    fixture.write("rules/shouwen-fuze.md", `\uFEFF${text.replace(/\n/g, "\r\n")}`);
    expect(onlyError("rules/shouwen-fuze.md", "status").line).toBe(7);
  });
});

describe("placeholders left by npm run new and npm run import", () => {
  it("reports a value still marked 待填写 once, not as a wrong value as well", () => {
    fixture.edit(
      "rules/shouwen-fuze.md",
      "category: 工作制度",
      "category: 待填写 # 以下之一：学习制度、工作制度",
    );
    const problem = onlyError("rules/shouwen-fuze.md", "category");
    expect(problem.message).toBe("还有待填写的内容");
    expect(problem.line).toBe(8);
    expect(problem.expected).toBe("以下之一：学习制度、工作制度、纪律规定、监督制度、服务规范");
    expect(problem.hint).toContain("把“待填写”换成实际内容");
  });

  it("reports a list with a placeholder item by the list's key", () => {
    fixture.edit("books/xiangtu-zhongguo.md", "  - 费孝通", "  - 待填写");
    const problem = onlyError("books/xiangtu-zhongguo.md", "authors");
    expect(problem.message).toBe("还有待填写的内容");
  });

  it("reports a placeholder in a text field that would otherwise pass", () => {
    fixture.edit("articles/nianqing-ganbu.md", "abstract: 示例摘要。", "abstract: 待填写");
    onlyError("articles/nianqing-ganbu.md", "abstract");
  });

  it("reports a placeholder line in the body", () => {
    fixture.edit("books/wanli-shiwunian.md", "示例。", "待填写：推荐理由");
    const problem = onlyError("books/wanli-shiwunian.md");
    expect(problem.message).toBe("正文还有待填写的内容");
    expect(problem.line).toBe(9);
  });
});

describe("files the site would not publish", () => {
  it("reports a Markdown file in a folder that is no collection", () => {
    fixture.write("news/tongzhi.md", fixtureText("articles/nianqing-ganbu.md"));
    const problem = onlyError("news/tongzhi.md");
    expect(problem.message).toBe("文件夹 src/content/news/ 不属于任何内容类别，里面的文件不会发布到网站上");
    expect(problem.expected).toContain("src/content/articles/");
  });

  it("suggests the collection folder a misspelt folder was meant to be", () => {
    fixture.write("article/tongzhi.md", fixtureText("articles/nianqing-ganbu.md"));
    expect(onlyError("article/tongzhi.md").hint).toBe("是不是想放在 src/content/articles/？把文件移过去。");
  });

  it("reports a Markdown file directly in src/content", () => {
    fixture.write("tongzhi.md", fixtureText("articles/nianqing-ganbu.md"));
    expect(onlyError("tongzhi.md").message).toContain("不属于任何内容类别");
  });

  it("reports a Markdown file in a sub-folder of a collection", () => {
    fixture.write("rules/2024/shouwen.md", fixtureText("rules/shouwen-fuze.md"));
    const problem = onlyError("rules/2024/shouwen.md");
    expect(problem.message).toBe("子文件夹里的文字文件不会发布到网站上");
    expect(problem.hint).toBe("把它移到 src/content/rules/ 下，文件名就是网址的一部分。");
  });

  it("reports a wrong extension", () => {
    fixture.write("rules/bumen.MD", fixtureText("rules/shouwen-fuze.md"));
    const problem = onlyError("rules/bumen.MD");
    expect(problem.hint).toBe("把文件改名为 bumen.md。");
  });

  it("reports a misspelt data file", () => {
    fixture.write("departments.yml", fixtureText("departments.yaml"));
    expect(onlyError("departments.yml").hint).toBe(
      "是不是想写 departments.yaml？把文件改名为 departments.yaml。",
    );
  });

  it("warns about a Word document left among the content", () => {
    fixture.write("rules/shouwen.docx", Buffer.from("PK"));
    const problem = onlyWarning("rules/shouwen.docx");
    expect(problem.hint).toContain("npm run import");
  });

  it("leaves images in a collection's sub-folders alone", () => {
    fixture.write("rules/shouwen-fuze/tu-1.png", Buffer.from([0x89, 0x50]));
    expect(checkContent(fixture.root)).toEqual([]);
  });

  it("reports two files that would produce the same URL", () => {
    // Articles are the collection where .mdx is allowed (a .mdx rule is an error of its own).
    fixture.write("articles/nianqing-ganbu.mdx", fixtureText("articles/nianqing-ganbu.md"));
    const problem = onlyError("articles/nianqing-ganbu.mdx");
    expect(problem.message).toBe(
      "编号“nianqing-ganbu”与 src/content/articles/nianqing-ganbu.md 重复，两者会生成同一个网址",
    );
  });
});

describe("images in the body", () => {
  it("reports an image file that does not exist, with its line, and accepts it once it is there", () => {
    fixture.edit(
      "rules/shouwen-fuze.md",
      "第二条 本制度",
      "![流程图](./shouwen-fuze/liucheng.png)\n\n第二条 本制度",
    );
    const problem = onlyError("rules/shouwen-fuze.md");
    expect(problem.message).toBe("图片文件不存在");
    expect(problem.line).toBe(16);
    expect(problem.found).toBe("“./shouwen-fuze/liucheng.png”");
    expect(problem.expected).toContain("src/content/rules/shouwen-fuze/liucheng.png");
    fixture.write("rules/shouwen-fuze/liucheng.png", Buffer.from([0x89, 0x50]));
    expect(errors()).toEqual([]);
  });

  it("checks <img> tags and site-root paths under public/", () => {
    fixture.edit("books/wanli-shiwunian.md", "示例。", '示例。\n\n<img src="/images/wanli.jpg" alt="封面">');
    const problem = onlyError("books/wanli-shiwunian.md");
    expect(problem.expected).toContain("public/images/wanli.jpg");
  });

  it("reports a Windows-style path with backslashes", () => {
    fixture.edit("books/wanli-shiwunian.md", "示例。", "![图](.\\tu\\a.png)");
    expect(onlyError("books/wanli-shiwunian.md").hint).toBe("改为 ./tu/a.png。");
  });

  it("ignores web addresses and images inside code blocks", () => {
    fixture.edit(
      "books/wanli-shiwunian.md",
      "示例。",
      "![网](https://example.com/a.png)\n\n```\n![示例](./missing.png)\n```",
    );
    expect(checkContent(fixture.root)).toEqual([]);
  });
});

describe("article numbering in rules (warnings)", () => {
  const rule = (body: string) =>
    fixture.write(
      "rules/bianhao.md",
      `---\ntitle: 编号示例\nissuer: 示例县委组织部\nissued: 2024-01-01\nstatus: 现行有效\ncategory: 工作制度\n---\n\n${body}`,
    );

  it("accepts articles numbered in sequence across chapters, with 第N条之一", () => {
    rule(
      "## 第一章 总则\n\n第一条 甲。\n\n第二条 乙。\n\n## 第二章 附则\n\n第三条 丙。\n\n第三条之一 丁。\n\n第四条 戊。\n",
    );
    expect(checkContent(fixture.root)).toEqual([]);
  });

  it("warns about a gap, naming the missing article", () => {
    rule("第一条 甲。\n\n第二条 乙。\n\n第四条 丁。\n");
    const problem = onlyWarning("rules/bianhao.md");
    expect(problem.message).toBe("条号不连续：第二条后面是第四条，缺少第三条");
    expect(problem.line).toBe(13);
    expect(problem.hint).toBe("核对条号：补上缺少的条文，或把后面的条文依次重新编号。");
  });

  it("warns about a repeated number", () => {
    rule("第一条 甲。\n\n第二条 乙。\n\n第二条 丙。\n\n第三条 丁。\n");
    const problem = onlyWarning("rules/bianhao.md");
    expect(problem.message).toBe("条号重复：第二条已在第 11 行出现过");
    expect(problem.line).toBe(13);
  });

  it("warns when numbering restarts in a later chapter", () => {
    rule("## 第一章 总则\n\n第一条 甲。\n\n第二条 乙。\n\n## 第二章 附则\n\n第一条 丙。\n");
    const found = warnings();
    expect(found.map((p) => p.message)).toEqual(["条号重复：第一条已在第 11 行出现过"]);
    expect(found[0]?.hint).toContain("删去重复");
  });

  it("warns when the first article is not 第一条", () => {
    rule("第二条 乙。\n\n第三条 丙。\n");
    expect(onlyWarning("rules/bianhao.md").message).toBe("条文应从第一条开始，这里第一条是第二条");
  });

  it("warns about an article run into the paragraph before it", () => {
    rule("第一条 甲。\n第二条 乙。\n");
    const problem = onlyWarning("rules/bianhao.md");
    expect(problem.message).toBe("第二条和上一段之间没有空行，网页上会并成一段");
    expect(problem.hint).toBe("在“第二条”这一行前面加一个空行。");
  });

  it("warns about a bold article number", () => {
    rule("**第一条** 甲。\n\n第二条 乙。\n");
    const problem = onlyWarning("rules/bianhao.md");
    expect(problem.message).toBe("条号加了粗体，网页上不会为这一条生成链接");
    expect(problem.hint).toBe("删去“第一条”两边的 **（网页会自动突出显示条号）。");
  });

  it("does not number-check the study compilation, whose chapters may be excerpts", () => {
    fixture.edit("study/jiancha-fa.md", "第一条 为了", "第五条 为了");
    expect(checkContent(fixture.root)).toEqual([]);
  });
});

function fixtureText(relative: string): string {
  // Read back what the fixture wrote, so edits build on the valid file.
  return readFileSync(`${fixture.root}/src/content/${relative}`, "utf8");
}
