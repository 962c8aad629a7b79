import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findWording, parseWordingList, wordingItems } from "../../../src/lib/audit/wording.ts";
import { PROJECT_ROOT } from "../../../scripts/common/project.ts";

const FILE = "audit/wording.yaml";

describe("parseWordingList", () => {
  it("reads entries with their line, severity (default 扣分项), note, source and exceptions", () => {
    const list = parseWordingList(
      [
        "# 说明",
        "- wrong: 再接再励",
        "  right: 再接再厉",
        "  source: &yw 《咬文嚼字》",
        "- wrong: 既使",
        "  right: 即使",
        "  severity: 提示",
        "  note: 句式“既使……又……”不改",
        "  except: [既使用]",
        "  source: *yw",
      ].join("\n"),
      FILE,
    );
    expect(list.errors).toEqual([]);
    expect(list.entries).toEqual([
      {
        wrong: "再接再励",
        right: "再接再厉",
        source: "《咬文嚼字》",
        severity: "扣分项",
        except: [],
        line: 2,
        note: undefined,
      },
      {
        wrong: "既使",
        right: "即使",
        source: "《咬文嚼字》",
        severity: "提示",
        note: "句式“既使……又……”不改",
        except: ["既使用"],
        line: 5,
      },
    ]);
  });

  it("explains every mistake in the list in Chinese, with the file and line", () => {
    const list = parseWordingList(
      [
        "- wrong: 甲",
        "  right: 甲",
        "- wrong: 乙",
        "- right: 丙",
        "- wrong: 丁",
        "  right: 戊",
        "  severity: 严重",
        "  colour: 红",
        "- wrong: 己",
        "  right: 庚",
        "  except: [辛]",
        "- wrong: 丁",
        "  right: 戊",
        "- 只是一句话",
      ].join("\n"),
      FILE,
    );
    // The second 丁 is kept: the first had mistakes and does not count.
    expect(list.entries.map((e) => e.wrong)).toEqual(["丁"]);
    expect(list.errors).toEqual([
      "audit/wording.yaml 第 1 行（第 1 项）：wrong 和 right 相同（“甲”）",
      "audit/wording.yaml 第 3 行（第 2 项）：缺少 right（正确写法），或它不是文字",
      "audit/wording.yaml 第 4 行（第 3 项）：缺少 wrong（错误写法），或它不是文字",
      "audit/wording.yaml 第 5 行（第 4 项）：未知字段“colour”，可用的字段是 wrong、right、note、source、severity、except",
      'audit/wording.yaml 第 5 行（第 4 项）：severity 应为 单项否决、扣分项、提示 之一（不填为扣分项），现为“"严重"”',
      "audit/wording.yaml 第 9 行（第 5 项）：except 中的“辛”不包含 wrong“己”，不起作用",
      "audit/wording.yaml 第 14 行（第 7 项）：应是含 wrong（错误写法）和 right（正确写法）的条目",
    ]);
  });

  it("reports a duplicate entry and keeps the first", () => {
    const list = parseWordingList("- wrong: 甲\n  right: 乙\n- wrong: 甲\n  right: 丙\n", FILE);
    expect(list.entries.map((e) => e.right)).toEqual(["乙"]);
    expect(list.errors).toEqual(["audit/wording.yaml 第 3 行（第 2 项）：wrong“甲”与第 1 项重复"]);
  });

  it("reports YAML syntax errors and a file that is not a list", () => {
    expect(parseWordingList("- wrong: 甲\n  right: [乙\n", FILE).errors[0]).toMatch(
      /^audit\/wording\.yaml 第 \d+ 行：YAML 格式错误（.+），请检查缩进、冒号和引号$/,
    );
    expect(parseWordingList("wrong: 甲\nright: 乙\n", FILE).errors).toEqual([
      "audit/wording.yaml：应是一个列表，每项以“- wrong: 错误写法”开头，下一行“right: 正确写法”",
    ]);
    expect(parseWordingList("# 空表\n", FILE)).toEqual({ entries: [], errors: [] });
  });
});

describe("findWording", () => {
  const { entries } = parseWordingList(
    [
      "- wrong: 再接再励",
      "  right: 再接再厉",
      "- wrong: 既使",
      "  right: 即使",
      "  except: [既使用]",
      "- wrong: 张三丰",
      "  right: 张三",
      "  severity: 单项否决",
      "- wrong: 录象",
      "  right: 录象带",
    ].join("\n"),
    FILE,
  );

  it("finds each wrong form with its line and column, and not inside an exception", () => {
    const text =
      "---\ntitle: 示例\n---\n\n我们要再接再励，既使困难也不退缩。\n资金既使用于甲，又再接再励。\n";
    expect(findWording(text, entries).map((h) => [h.entry.wrong, h.line, h.column])).toEqual([
      ["再接再励", 5, 4],
      ["既使", 5, 9],
      ["再接再励", 6, 10],
    ]);
  });

  it("does not report the right form when it contains the wrong one", () => {
    expect(findWording("一盘录象带，一段录象。", entries).map((h) => h.column)).toEqual([9]);
  });

  it("makes report items with the file, line, page and severity of the entry", () => {
    const hits = findWording("标题\n领导张三丰讲话", entries);
    expect(wordingItems(hits, "src/content/articles/a.md", "/articles/a/")).toEqual([
      {
        severity: "单项否决",
        check: "wording",
        message: "“张三丰”应为“张三”",
        file: "src/content/articles/a.md",
        line: 2,
        column: 3,
        page: "/articles/a/",
        extract: "领导张三丰讲话",
      },
    ]);
  });
});

describe("the shipped wording list (audit/wording.yaml)", () => {
  const list = parseWordingList(readFileSync(path.join(PROJECT_ROOT, FILE), "utf8"), FILE);

  it("has no mistakes, names a source for every entry and starts with the 《咬文嚼字》 list", () => {
    expect(list.errors).toEqual([]);
    expect(list.entries.length).toBeGreaterThan(150);
    expect(list.entries.filter((e) => !e.source)).toEqual([]);
    expect(list.entries.find((e) => e.wrong === "再接再励")).toMatchObject({
      right: "再接再厉",
      severity: "扣分项",
      source: expect.stringContaining("咬文嚼字") as string,
    });
  });

  it("finds nothing in the sample content (no false positives)", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.(mdx?|ya?ml)$/.test(name)) files.push(full);
      }
    };
    walk(path.join(PROJECT_ROOT, "src/content"));
    expect(files.length).toBeGreaterThan(40);
    const hits = files.flatMap((f) =>
      findWording(readFileSync(f, "utf8"), list.entries).map((h) => `${f}:${h.line} ${h.entry.wrong}`),
    );
    expect(hits).toEqual([]);
  });
});
