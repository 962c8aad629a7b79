import { describe, expect, it } from "vitest";
import {
  formatProblem,
  formatReport,
  hasErrors,
  showValue,
  type Problem,
} from "../../src/content-check/problem.ts";

const error: Problem = {
  severity: "error",
  file: "src/content/rules/shouwen-fuze.md",
  line: 5,
  field: "status",
  fieldLabel: "时效性",
  message: "不是允许的取值",
  found: "“现行”",
  expected: "以下之一：现行有效、已修改、已废止、尚未生效",
  hint: "最接近的是“现行有效”，请改为“现行有效”。",
};
const warning: Problem = {
  severity: "warning",
  file: "src/content/books/lunyu-yizhu.md",
  message: "没有封面",
};

describe("showValue", () => {
  it("puts strings in Chinese quotes", () => {
    expect(showValue("现行")).toBe("“现行”");
    expect(showValue("")).toBe("“”");
  });

  it("shows dates as YYYY-MM-DD and flags invalid ones", () => {
    expect(showValue(new Date(Date.UTC(2024, 2, 1)))).toBe("2024-03-01");
    expect(showValue(new Date("nonsense"))).toBe("（无效日期）");
  });

  it("says a value is missing or empty in words", () => {
    expect(showValue(undefined)).toBe("（未填写）");
    expect(showValue(null)).toBe("（空值）");
  });

  it("shows numbers and booleans plainly, and lists and objects as JSON", () => {
    expect(showValue(12)).toBe("12");
    expect(showValue(false)).toBe("false");
    expect(showValue(["甲", "乙"])).toBe('["甲","乙"]');
    expect(showValue({ level: "市级" })).toBe('{"level":"市级"}');
  });

  it("shows dates inside a list or object as YYYY-MM-DD too", () => {
    // e.g. an editor writes `date:` as a one-item list; the report should echo 2025-01-02, not a UTC timestamp.
    expect(showValue([new Date(Date.UTC(2025, 0, 2))])).toBe('["2025-01-02"]');
    expect(showValue({ date: new Date(Date.UTC(2025, 0, 2)) })).toBe('{"date":"2025-01-02"}');
  });
});

describe("formatProblem", () => {
  it("writes the file and line, the field with its Chinese label, and every part of the advice", () => {
    expect(formatProblem(error).split("\n")).toEqual([
      "【错误】src/content/rules/shouwen-fuze.md 第 5 行",
      "  字段：status（时效性）",
      "  问题：不是允许的取值",
      "  发现：“现行”",
      "  应为：以下之一：现行有效、已修改、已废止、尚未生效",
      "  怎么改：最接近的是“现行有效”，请改为“现行有效”。",
    ]);
  });

  it("leaves out the line number, field and advice lines that are not known", () => {
    expect(formatProblem(warning)).toBe("【提醒】src/content/books/lunyu-yizhu.md\n  问题：没有封面");
  });

  it("shows a field without a label as just its key", () => {
    const text = formatProblem({ ...error, field: "colour", fieldLabel: undefined });
    expect(text).toContain("  字段：colour\n");
  });

  it("still shows an empty found value", () => {
    expect(formatProblem({ ...warning, found: "" })).toContain("  发现：");
  });
});

describe("formatReport", () => {
  it("says the check passed when there are no problems", () => {
    expect(formatReport([])).toBe("内容检查通过：没有发现问题。");
  });

  it("fails and counts errors and warnings", () => {
    const report = formatReport([error, warning, { ...error, line: 9 }]);
    expect(report).toContain("内容检查未通过：2 个错误，1 个提醒。");
    expect(report).toContain("第 9 行");
    expect(report.split("\n\n")).toHaveLength(4);
  });

  it("does not mention warnings when there are only errors", () => {
    expect(formatReport([error])).toMatch(/内容检查未通过：1 个错误。/);
  });

  it("passes with advice when there are only warnings", () => {
    expect(formatReport([warning, warning])).toMatch(/内容检查通过，但有 2 个提醒，建议处理。$/);
  });
});

describe("hasErrors", () => {
  it("is true only when at least one problem is an error", () => {
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([warning])).toBe(false);
    expect(hasErrors([warning, error])).toBe(true);
  });
});
