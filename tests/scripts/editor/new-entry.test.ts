/** npm run new: the files it writes pass npm run check once the marked fields are filled, and it never overwrites. */
import { readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { planContext } from "../../../scripts/editor/lib/cli.ts";
import { askForMissing } from "../../../scripts/editor/lib/new-entry-questions.ts";
import {
  EditorToolError,
  nextFreeMonth,
  normalizeDocNumber,
  parseMonth,
  planNewEntry,
  writePlan,
  type NewEntryInput,
  type PlanContext,
} from "../../../scripts/editor/lib/new-entry.ts";
import type { Choice, Prompter } from "../../../scripts/editor/lib/prompts.ts";
import { checkContent, formatProblem } from "../../../src/content-check/index.ts";
import { createContentFixture, VALID_FILES, type ContentFixture } from "../../helpers/content-fixture.ts";

let fixture: ContentFixture;
let ctx: PlanContext;
const TODAY = new Date(2026, 0, 15, 9, 30); // 15 January 2026, local time
beforeEach(() => {
  fixture = createContentFixture();
  ctx = planContext(fixture.root, TODAY);
});
afterEach(() => fixture.cleanup());

const create = (input: NewEntryInput) => {
  const plan = planNewEntry(input, ctx);
  writePlan(fixture.root, plan);
  return { plan, text: readFileSync(path.join(fixture.root, plan.file), "utf8") };
};
const frontMatter = (text: string) => yaml.load(text.split(/^---$/m)[1] as string) as Record<string, unknown>;
const problems = () => checkContent(fixture.root);
const problemSummary = () =>
  problems().map((p) => [p.file.replace("src/content/", ""), p.field ?? "正文", p.message]);

function expectError(run: () => unknown, message: string | RegExp) {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(EditorToolError);
  expect((caught as Error).message).toMatch(message);
}

describe("a new rule", () => {
  it("given everything by flags, is a valid file except for its body, with today's date and an id from the title", () => {
    const { plan, text } = create({
      collection: "rules",
      title: "干部谈心谈话制度",
      issuer: "示例县委组织部",
      category: "工作制度",
      docNumber: "示例组发[2026]1号",
      pillar: "人文型",
    });
    expect(plan.file).toBe("src/content/rules/ganbu-tanxin-tanhua-zhidu.md");
    expect(frontMatter(text)).toEqual({
      title: "干部谈心谈话制度",
      docNumber: "示例组发〔2026〕1号",
      issuer: "示例县委组织部",
      issued: new Date("2026-01-15T00:00:00Z"),
      status: "现行有效",
      category: "工作制度",
      pillar: "人文型",
    });
    expect(plan.defaults.map((d) => [d.key, d.value])).toEqual([
      ["issued", "2026-01-15"],
      ["status", "现行有效"],
    ]);
    // Only the body is left to write.
    expect(problemSummary()).toEqual([
      ["rules/ganbu-tanxin-tanhua-zhidu.md", "正文", "正文还有待填写的内容"],
    ]);
    fixture.edit("rules/ganbu-tanxin-tanhua-zhidu.md", "第一条 待填写", "第一条 为了示例，制定本制度。");
    expect(problems()).toEqual([]);
  });

  it("given only a title, marks every required field it cannot know 待填写, and check reports exactly those", () => {
    const { plan, text } = create({ collection: "rules", title: "首问负责制度" });
    expect(plan.id).toBe("shouwen-fuze-zhidu");
    expect(plan.unfilled.map((f) => f.key)).toEqual(["issuer", "category"]);
    expect(text).toContain(
      "category: 待填写 # 类别：以下之一：学习制度、工作制度、纪律规定、监督制度、服务规范",
    );
    expect(text).toContain("# docNumber: 待填写 # 文号");
    expect(problemSummary()).toEqual([
      ["rules/shouwen-fuze-zhidu.md", "issuer", "还有待填写的内容"],
      ["rules/shouwen-fuze-zhidu.md", "category", "还有待填写的内容"],
      ["rules/shouwen-fuze-zhidu.md", "正文", "正文还有待填写的内容"],
    ]);
    for (const problem of problems()) expect(formatProblem(problem)).toContain("待填写");
  });

  it("takes a date written the Chinese way and writes it YYYY-MM-DD", () => {
    const { text } = create({ collection: "rules", title: "示例制度", date: "2024年3月1日" });
    expect(text).toContain("issued: 2024-03-01\n");
  });

  it("refuses what the schema would refuse, with the allowed values and the closest one", () => {
    expectError(
      () => planNewEntry({ collection: "rules", title: "示例", category: "工作规定" }, ctx),
      /工作制度/,
    );
    expectError(() => planNewEntry({ collection: "rules", title: "示例", status: "现行" }, ctx), /现行有效/);
    expectError(() => planNewEntry({ collection: "rules", title: "示例", date: "去年" }, ctx), /YYYY-MM-DD/);
    expectError(
      () => planNewEntry({ collection: "rules", title: "示例", month: "2026-01" }, ctx),
      /只用于 books/,
    );
    expectError(() => planNewEntry({ collection: "rule", title: "示例" }, ctx), /是不是想写 rules/);
    expectError(() => planNewEntry({ collection: "pillars", title: "示例" }, ctx), /固定的五项/);
  });
});

describe("ids and existing files", () => {
  it("uses the id the editor gives, and refuses one that is taken or not URL-safe", () => {
    expect(create({ collection: "rules", title: "首问负责制度", id: "shouwen" }).plan.file).toBe(
      "src/content/rules/shouwen.md",
    );
    expectError(
      () => planNewEntry({ collection: "rules", title: "首问负责制度", id: "shouwen-fuze" }, ctx),
      "编号“shouwen-fuze”已经有了，不会覆盖已有文件。请换一个，例如 shouwen-fuze-2。",
    );
    expectError(
      () => planNewEntry({ collection: "rules", title: "示例", id: "Shouwen_Fuze" }, ctx),
      /小写英文字母/,
    );
  });

  it("makes an id from the title unique", () => {
    fixture.write("rules/shouwen-fuze-zhidu.md", "旧文件，没有前置元数据。\n");
    expect(planNewEntry({ collection: "rules", title: "首问负责制度" }, ctx).id).toBe("shouwen-fuze-zhidu-2");
  });

  it("never overwrites a file that appeared after planning", () => {
    const plan = planNewEntry({ collection: "rules", title: "首问负责制度" }, ctx);
    fixture.write("rules/shouwen-fuze-zhidu.md", "编辑刚写好的内容\n");
    expect(() => writePlan(fixture.root, plan)).toThrow(/已经存在，没有覆盖它/);
    expect(readFileSync(path.join(fixture.root, plan.file), "utf8")).toBe("编辑刚写好的内容\n");
  });
});

describe("the other collections", () => {
  it("a book: no 书名号, the first month from now without a book, authors as a list", () => {
    fixture.edit("books/wanli-shiwunian.md", "month: 2026-02", "month: 2026-03");
    ctx = planContext(fixture.root, TODAY);
    const { plan, text } = create({
      collection: "books",
      title: "《平凡的世界》",
      authors: ["路遥"],
      publisher: "北京十月文艺出版社",
    });
    expect(plan.id).toBe("pingfan-shijie");
    expect(frontMatter(text)).toMatchObject({ title: "平凡的世界", authors: ["路遥"], month: "2026-02" });
    expect(problemSummary()).toEqual([["books/pingfan-shijie.md", "正文", "正文还有待填写的内容"]]);
    ctx = planContext(fixture.root, TODAY);
    expectError(
      () => planNewEntry({ collection: "books", title: "另一本", month: "2026年1月" }, ctx),
      "2026-01 已经有推荐书了（每月一本）。下一个空着的月份是 2026-04。",
    );
  });

  it("a chapter of the compilation: the next order number, the part checked", () => {
    const { text } = create({ collection: "study", title: "中华人民共和国示例法", part: "第一编 干部人事" });
    expect(frontMatter(text)).toMatchObject({ order: 3, part: "第一编 干部人事" });
    expectError(
      () => planNewEntry({ collection: "study", title: "示例", part: "干部人事" }, ctx),
      /第一编 干部人事/,
    );
    expectError(
      () => planNewEntry({ collection: "study", title: "示例", order: "2" }, ctx),
      /已被另一章使用/,
    );
  });

  it("an article: the department by name or id, several authors in one flag", () => {
    const { text } = create({
      collection: "articles",
      title: "关于示例工作的调研",
      department: "组织股",
      authors: ["张三、李四"],
    });
    expect(frontMatter(text)).toMatchObject({
      department: "zuzhi-gu",
      authors: ["张三", "李四"],
      date: new Date("2026-01-15T00:00:00Z"),
    });
    expect(problemSummary().map((p) => p[1])).toEqual(["abstract", "keywords", "正文"]);
    expectError(
      () => planNewEntry({ collection: "articles", title: "示例", department: "zuzhi-gv" }, ctx),
      /是不是想写 zuzhi-gu/,
    );
  });

  it("a department: appended to departments.yaml, never twice", () => {
    const { plan } = create({ collection: "departments", title: "干部二股" });
    expect(plan.id).toBe("ganbu-ergu");
    expect(readFileSync(path.join(fixture.root, plan.file), "utf8")).toMatch(
      /- id: ganbu-ergu\n {2}name: 干部二股\n$/,
    );
    expect(problems()).toEqual([]);
    ctx = planContext(fixture.root, TODAY);
    expectError(() => planNewEntry({ collection: "departments", title: "干部二股" }, ctx), /已经有了/);
  });
});

describe("helpers", () => {
  it("normalises 文号 brackets, months and finds the next free month", () => {
    expect(normalizeDocNumber("示例组发（2024） 5号")).toBe("示例组发〔2024〕5号");
    expect(parseMonth("2026年3月")).toBe("2026-03");
    expect(parseMonth("2026/12")).toBe("2026-12");
    expect(parseMonth("2026-13")).toBeUndefined();
    const day = new Date("2026-11-20T00:00:00Z");
    expect(nextFreeMonth(day, new Set(["2026-11", "2026-12"]))).toBe("2027-01");
  });
});

describe("interactive questions", () => {
  /** A prompter answering from a script: questions are matched by their start. */
  function scripted(answers: Record<string, string>): Prompter & { asked: string[] } {
    const asked: string[] = [];
    const answer = (question: string) => {
      asked.push(question);
      const key = Object.keys(answers).find((k) => question.startsWith(k));
      return key === undefined ? undefined : answers[key];
    };
    return {
      asked,
      ask: async (question: string, defaultValue?: string) => answer(question) || defaultValue || "",
      choose: async (question: string, choices: readonly Choice[], options = {}) => {
        const given = answer(question);
        if (given) return choices[Number(given) - 1]?.value ?? given;
        return options.defaultValue ?? "";
      },
    };
  }

  it("asks only for what the flags did not give, offering sensible defaults", async () => {
    const prompter = scripted({ 要新建哪一类内容: "1", 标题: "首问负责制度", 类别: "2" });
    const input = await askForMissing({ docNumber: "示例组发〔2026〕2号" }, ctx, prompter);
    expect(input).toMatchObject({
      collection: "rules",
      title: "首问负责制度",
      issuer: "示例县委组织部", // the issuer of the rules already there
      date: "2026-01-15",
      category: "工作制度",
      id: "shouwen-fuze-zhidu",
    });
    expect(prompter.asked.some((q) => q.startsWith("文号"))).toBe(false);
    create(input);
    expect(problemSummary()).toEqual([["rules/shouwen-fuze-zhidu.md", "正文", "正文还有待填写的内容"]]);
  });

  it("offers the pillars in pillars.yaml's order, and a reordered file reorders the choices", async () => {
    const offered: string[][] = [];
    const recording: Prompter = {
      ask: async (_question, defaultValue) => defaultValue ?? "",
      choose: async (question, choices) => {
        if (question.startsWith("五型分类")) offered.push(choices.map((c) => c.value));
        return question.startsWith("五型分类") ? (choices[0]?.value ?? "") : "";
      },
    };
    const first = await askForMissing({ collection: "books", title: "乡土中国" }, ctx, recording);
    expect(offered[0]).toEqual(["学习型", "廉政型", "服务型", "有为型", "人文型"]);
    expect(first.pillar).toBe("学习型");

    const items = (VALID_FILES["pillars.yaml"] as string).split(/\n(?=- id:)/);
    fixture.write("pillars.yaml", `${items.reverse().join("\n").trim()}\n`);
    const reversed = await askForMissing(
      { collection: "books", title: "乡土中国" },
      planContext(fixture.root, TODAY),
      recording,
    );
    expect(offered[1]).toEqual(["人文型", "有为型", "服务型", "廉政型", "学习型"]);
    expect(reversed.pillar).toBe("人文型");
  });

  it("leaves a skipped question to 待填写", async () => {
    const input = await askForMissing(
      { collection: "articles", title: "关于示例的调研" },
      ctx,
      scripted({ 所属股室: "" }),
    );
    expect(input.department).toBeUndefined();
    expect(create(input).plan.unfilled.map((f) => f.key)).toEqual([
      "authors",
      "department",
      "abstract",
      "keywords",
    ]);
  });
});

describe("a new session (学习安排)", () => {
  it("given everything by flags, is a valid file except for its body, on the next Friday, named by its day", () => {
    const { plan, text } = create({
      collection: "sessions",
      title: "信访工作条例解读",
      start: "9:00",
      end: "11：30",
      place: "三楼会议室",
      format: "组工干部座谈讨论",
      host: "组织股",
      materials: ["study/gongwuyuan-fa、rules/shouwen-fuze"],
      pillar: "服务型",
    });
    // 15 January 2026 is a Thursday: the next Friday is the 16th.
    expect(plan.id).toBe("2026-01-16-xinfang-gongzuo-tiaoli-jiedu");
    expect(plan.defaults).toEqual([{ key: "date", label: "日期", value: "2026-01-16" }]);
    expect(frontMatter(text)).toMatchObject({
      title: "信访工作条例解读",
      start: "09:00",
      end: "11:30",
      format: "组工干部座谈讨论",
      host: "zuzhi-gu",
      materials: ["study/gongwuyuan-fa", "rules/shouwen-fuze"],
    });
    expect(problemSummary()).toEqual([[`sessions/${plan.id}.md`, "正文", "正文还有待填写的内容"]]);
  });

  it("marks what was not given 待填写", () => {
    const { plan } = create({ collection: "sessions", title: "座谈", date: "2026-03-06" });
    expect(plan.id).toBe("2026-03-06-zuotan");
    expect(plan.unfilled.map((u) => u.key)).toEqual(["start", "end", "place", "format", "host"]);
  });

  it("refuses a form, a time, a department or a material it cannot use", () => {
    const base = { collection: "sessions", title: "座谈" };
    expectError(() => planNewEntry({ ...base, format: "讲座" }, ctx), /形式“讲座”不是允许的取值/);
    expectError(() => planNewEntry({ ...base, start: "下午" }, ctx), /开始时间“下午”看不懂/);
    expectError(() => planNewEntry({ ...base, host: "宣传股" }, ctx), /没有“宣传股”这个股室/);
    expectError(
      () => planNewEntry({ ...base, materials: ["gongwuyuan-fa"] }, ctx),
      /学习材料“gongwuyuan-fa”写法不对/,
    );
  });
});
