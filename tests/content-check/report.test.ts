/**
 * The checker's report, word for word, for a set of broken files: the wording
 * editors read is part of the product, so a change to it shows in review as a
 * change to these snapshots (update them with `npx vitest -u` once the new
 * wording is right).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkContent, formatReport } from "../../src/content-check/index.ts";
import { createContentFixture, type ContentFixture } from "../helpers/content-fixture.ts";

let fixture: ContentFixture;
beforeEach(() => {
  fixture = createContentFixture();
});
afterEach(() => fixture.cleanup());

const report = () => formatReport(checkContent(fixture.root));

describe("the report of npm run check", () => {
  it("for a typo'd key, a value outside the list and a half-width 文号", () => {
    fixture.edit("rules/shouwen-fuze.md", "category: 工作制度", "categroy: 工作制度");
    fixture.edit("rules/shouwen-fuze.md", "status: 现行有效", "status: 有效");
    fixture.edit("rules/shouwen-fuze.md", "示例组发〔2024〕5号", "示例组发[2024]5号");
    expect(report()).toMatchInlineSnapshot(`
      "【错误】src/content/rules/shouwen-fuze.md
        字段：category（类别）
        问题：缺少必填字段
        应为：以下之一：学习制度、工作制度、纪律规定、监督制度、服务规范
        怎么改：在文件开头的前置元数据（两行 --- 之间）中加上一行 category: …

      【错误】src/content/rules/shouwen-fuze.md 第 3 行
        字段：docNumber（文号）
        问题：文号格式不对
        发现：“示例组发[2024]5号”
        应为：形如 某组发〔2024〕12号，年份外是全角六角括号〔〕；没有文号就删去这一行
        怎么改：按“应为”一栏的格式改写。

      【错误】src/content/rules/shouwen-fuze.md 第 7 行
        字段：status（时效性）
        问题：不是允许的取值
        发现：“有效”
        应为：以下之一：现行有效、已修改、已废止、尚未生效
        怎么改：最接近的是“现行有效”，请改为“现行有效”。

      【错误】src/content/rules/shouwen-fuze.md 第 8 行
        字段：categroy
        问题：这个字段不在允许的字段里（可能是拼写错误）
        发现：“工作制度”
        应为：允许的字段：title、docNumber、issuer、issued、effective、status、category、pillar、supersedes、summary、traditional
        怎么改：是不是想写 category？把 categroy 改成 category。

      内容检查未通过：4 个错误。请按“怎么改”逐条修正后重新运行。"
    `);
  });

  it("for a book month used twice and a department that does not exist", () => {
    fixture.edit("articles/nianqing-ganbu.md", "department: ganbu-yigu", "department: ganbu-yi");
    fixture.write(
      "books/second.md",
      "---\ntitle: 第二本书\nauthors:\n  - 示例作者\npublisher: 示例出版社\nmonth: 2026-01\n---\n\n推荐理由。\n",
    );
    expect(report()).toMatchInlineSnapshot(`
      "【错误】src/content/articles/nianqing-ganbu.md 第 5 行
        字段：department（所属股室）
        问题：引用的股室不存在
        发现：“ganbu-yi”
        应为：src/content/departments.yaml 中已有的编号，例如 ganbu-yigu、zuzhi-gu
        怎么改：是不是想写 ganbu-yigu？

      【错误】src/content/books/second.md 第 6 行
        字段：month（推荐月份）
        问题：每个月只能推荐一本书：与 src/content/books/xiangtu-zhongguo.md 相同
        发现：“2026-01”
        怎么改：把其中一本改到还没有推荐书的月份。

      【错误】src/content/books/xiangtu-zhongguo.md 第 8 行
        字段：month（推荐月份）
        问题：每个月只能推荐一本书：与 src/content/books/second.md 相同
        发现：“2026-01”
        怎么改：把其中一本改到还没有推荐书的月份。

      内容检查未通过：3 个错误。请按“怎么改”逐条修正后重新运行。"
    `);
  });

  it("for the programme files: four 五看五比 pairs and a commitment counted by the wrong period", () => {
    fixture.edit("wukan-wubi.yaml", /- id: shiji[\s\S]*$/, "");
    fixture.edit(
      "commitments.yaml",
      "period: 每月\n  target: 1\n  unit: 本\n  measure: 推荐书目月数",
      "period: 每年\n  target: 12\n  unit: 本\n  measure: 推荐书目月数",
    );
    expect(report()).toMatchInlineSnapshot(`
      "【错误】src/content/commitments.yaml 第 33 行
        字段：period（周期）
        问题：统计方法“推荐书目月数”按月统计，与这项要求的周期不一致
        发现：“每年”
        应为：“每月”
        怎么改：把 period 改为 每月，或删去 measure 这一行（网站就不统计这一项）。

      【错误】src/content/wukan-wubi.yaml
        问题：“五看五比”应为五项，现在有 4 项
        发现：看党性，比政治素质高低；看能力，比组工业务精疏；看态度，比奉献精神强弱；看作风，比服务质量好坏
        应为：五项，按顺序：看党性，比政治素质高低；看能力……；看态度……；看作风……；看实绩……
        怎么改：补上缺少的一项（每项写 id、look、compare）。

      内容检查未通过：2 个错误。请按“怎么改”逐条修正后重新运行。"
    `);
  });

  it("for a date that does not exist and one written the Chinese way", () => {
    fixture.edit("rules/shouwen-fuze.md", "issued: 2024-03-01", "issued: 2024年3月1日");
    fixture.edit("rules/shouwen-fuze.md", "effective: 2024-04-01", "effective: 2024-02-30");
    expect(report()).toMatchInlineSnapshot(`
      "【提醒】src/content/rules/shouwen-fuze.md 第 5 行
        字段：issued（成文日期）
        问题：日期不是标准写法，已按 2024-03-01 理解
        发现：“2024年3月1日”
        应为：YYYY-MM-DD，例如 2024-03-01
        怎么改：建议改为 2024-03-01。

      【错误】src/content/rules/shouwen-fuze.md 第 6 行
        字段：effective（施行日期）
        问题：这一天不存在
        发现：“2024-02-30”
        应为：YYYY-MM-DD 格式的日期，且不早于成文日期（issued）
        怎么改：核对月份和日期（例如 2 月没有 30 日，4、6、9、11 月没有 31 日）。

      内容检查未通过：1 个错误，1 个提醒。请按“怎么改”逐条修正后重新运行。"
    `);
  });
});
