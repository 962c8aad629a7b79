/** The editor commands themselves: help, and mistakes reported in Chinese with a failing exit code, writing nothing. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readlinePrompter } from "../../../scripts/editor/lib/prompts.ts";
import { PROJECT_ROOT } from "../../helpers/build-site.ts";

const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [path.join(PROJECT_ROOT, "scripts", script), ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    input: "",
  });

describe("npm run new", () => {
  it("prints its usage in Chinese", () => {
    const result = run("editor/new.ts", "--help");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("用法：npm run new");
    expect(result.stdout).toContain("--collection");
  });

  it("refuses an unknown collection with a suggestion, without writing anything", () => {
    const result = run("editor/new.ts", "--collection", "artcles", "--title", "示例", "--yes");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("出错了：没有“artcles”这个内容类别");
    expect(result.stderr).toContain("是不是想写 articles？");
  });

  it("asks for the collection and title when it cannot ask questions", () => {
    const result = run("editor/new.ts", "--yes");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("不提问时必须给出 --collection 和 --title");
  });
});

describe("npm run import", () => {
  it("prints its usage in Chinese", () => {
    const result = run("editor/import.ts", "--help");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("用法：npm run import -- 文件.docx");
  });

  it("explains that an old .doc file must be saved as .docx first", () => {
    const result = run("editor/import.ts", "旧文件.doc", "--collection", "rules");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("只能导入 .docx 文件");
  });

  it("says when the file is not there", () => {
    const result = run("editor/import.ts", "没有这个文件.docx", "--collection", "rules");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("找不到文件");
  });
});

describe("readlinePrompter", () => {
  const fake = (answers: string[]) => {
    const output: string[] = [];
    const rl = { question: async (q: string) => (output.push(q), answers.shift() ?? "") };
    return { prompter: readlinePrompter(rl as never, (text) => output.push(text)), output };
  };
  const choices = [
    { value: "rules", label: "规章制度" },
    { value: "books", label: "推荐书目" },
  ];

  it("takes a choice by number, by value, or the default on Enter, and asks again after a wrong answer", async () => {
    expect(await fake(["2"]).prompter.choose("哪一类？", choices)).toBe("books");
    expect(await fake(["rules"]).prompter.choose("哪一类？", choices)).toBe("rules");
    expect(await fake([""]).prompter.choose("哪一类？", choices, { defaultValue: "books" })).toBe("books");
    const { prompter, output } = fake(["9", "1"]);
    expect(await prompter.choose("哪一类？", choices)).toBe("rules");
    expect(output).toContain("没有这一项，请输入 1 到 2 之间的序号。\n");
  });

  it("accepts new text where allowed, and an empty answer where skipping is allowed", async () => {
    expect(await fake(["第三编 新编"]).prompter.choose("所属编", choices, { other: true })).toBe(
      "第三编 新编",
    );
    expect(await fake([""]).prompter.choose("类别", choices, { skip: true })).toBe("");
  });

  it("gives the default for an empty answer to a question", async () => {
    const { prompter, output } = fake([""]);
    expect(await prompter.ask("发文机关", "示例县委组织部")).toBe("示例县委组织部");
    expect(output[0]).toBe("发文机关（回车用“示例县委组织部”）：");
  });
});
