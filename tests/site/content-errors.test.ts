import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite, copyProject } from "../helpers/build-site.ts";

describe("a build with a content error", () => {
  const project = copyProject();
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it("stops before publishing and says in Chinese which file and field are wrong", () => {
    const rule = path.join(project, "src/content/rules/shouwen-fuze.md");
    writeFileSync(rule, readFileSync(rule, "utf8").replace("status: 现行有效", "status: 现行"));
    const book = path.join(project, "src/content/books/xiangtu-zhongguo.md");
    writeFileSync(book, readFileSync(book, "utf8").replace(/^month: .*$/m, "month: 2026-02"));

    // A file created by npm run new and not finished yet.
    writeFileSync(
      path.join(project, "src/content/rules/weiwancheng.md"),
      "---\ntitle: 未完成的制度\nissuer: 待填写\nissued: 2026-01-01\nstatus: 现行有效\ncategory: 工作制度\n---\n\n第一条 内容。\n",
    );

    const outDir = path.join(project, "out");
    const result = buildSite({ root: project, outDir });

    expect(result.status).not.toBe(0);
    expect(existsSync(path.join(outDir, "index.html"))).toBe(false);
    // Both problems are listed, each with file, field, what was found and what is expected.
    expect(result.output).toContain("src/content/rules/shouwen-fuze.md 第 7 行");
    expect(result.output).toContain("字段：status（时效性）");
    expect(result.output).toContain("发现：“现行”");
    expect(result.output).toContain("应为：以下之一：现行有效、已修改、已废止、尚未生效");
    expect(result.output).toContain("最接近的是“现行有效”");
    expect(result.output).toContain("src/content/books/xiangtu-zhongguo.md");
    expect(result.output).toContain("每个月只能推荐一本书");
    expect(result.output).toContain("src/content/rules/weiwancheng.md 第 3 行");
    expect(result.output).toContain("问题：还有待填写的内容");
    expect(result.output).toContain("内容检查未通过");
  });
});
