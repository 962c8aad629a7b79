/** 学习安排: every field rule and every check across sessions, on the small valid fixture. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkContent, formatProblem, type Problem } from "../../src/content-check/index.ts";
import { SESSION_FORMATS } from "../../src/model/sessions.ts";
import { createContentFixture, type ContentFixture } from "../helpers/content-fixture.ts";

const FILE = "sessions/2026-03-06-gongwuyuan-fa.md";
const OTHER = "sessions/2026-03-13-zuotan.md";

let fixture: ContentFixture;
beforeEach(() => {
  fixture = createContentFixture();
});
afterEach(() => fixture.cleanup());

const problems = () => checkContent(fixture.root);
const errors = () => problems().filter((p) => p.severity === "error");
const warnings = () => problems().filter((p) => p.severity === "warning");

function onlyError(field: string, file = FILE): Problem {
  const found = errors();
  expect(found.map(formatProblem)).toHaveLength(1);
  const problem = found[0] as Problem;
  expect(problem.file).toBe(`src/content/${file}`);
  expect(problem.field).toBe(field);
  expect(formatProblem(problem)).toMatch(/^【错误】/);
  return problem;
}

describe("学习安排 fields", () => {
  it("the valid sessions pass with no problem", () => {
    expect(problems().map(formatProblem)).toEqual([]);
  });

  it.each(["title", "date", "start", "end", "place", "format", "host"])("requires %s", (key) => {
    fixture.edit(FILE, new RegExp(`^${key}: .*\\n`, "m"), "");
    const problem = onlyError(key);
    expect(problem.message).toBe("缺少必填字段");
  });

  it("rejects a form outside the article's five, naming the five and the closest", () => {
    fixture.edit(FILE, "format: 外聘专家集中授课", "format: 外聘专家授课");
    const problem = onlyError("format");
    expect(problem.message).toBe("不是允许的取值");
    expect(problem.expected).toBe(`以下之一：${SESSION_FORMATS.join("、")}`);
    expect(problem.hint).toBe("最接近的是“外聘专家集中授课”，请改为“外聘专家集中授课”。");
    expect(problem.fieldLabel).toBe("形式");
  });

  it.each([
    ["座谈讨论", "组工干部座谈讨论"],
    ["专题讲座", "部领导或股室负责人专题讲座"],
    ["电教片", "观看电教片"],
  ])("suggests the full form for %s", (short, full) => {
    fixture.edit(FILE, "format: 外聘专家集中授课", `format: ${short}`);
    expect(onlyError("format").hint).toBe(`最接近的是“${full}”，请改为“${full}”。`);
  });

  it.each(["1430", "25:00", "14:3", "下午两点"])("rejects the time %j", (time) => {
    fixture.edit(FILE, "start: 14:30", `start: "${time}"`);
    const problem = onlyError("start");
    expect(problem.message).toBe("时间格式不对");
    expect(problem.expected).toContain("HH:MM");
  });

  it("reads 9:00 as 09:00", () => {
    fixture.edit(FILE, "start: 14:30", "start: 9:00");
    expect(errors()).toEqual([]);
  });

  it("rejects an end before the start", () => {
    fixture.edit(FILE, "end: 17:00", "end: 14:00");
    const problem = onlyError("end");
    expect(problem.message).toBe("结束时间早于开始时间");
    expect(problem.line).toBe(5);
  });

  it("rejects an end equal to the start", () => {
    fixture.edit(FILE, "end: 17:00", "end: 14:30");
    expect(onlyError("end").message).toBe("结束时间早于开始时间");
  });

  it("rejects a date that does not exist", () => {
    fixture.edit(FILE, "date: 2026-03-06", 'date: "2026-02-30"');
    expect(onlyError("date").message).toBe("日期格式不对或这一天不存在");
  });

  it("accepts 取消 as the status and says that 计划 and 已举行 are not written", () => {
    fixture.edit(FILE, "pillar: 学习型", "pillar: 学习型\nstatus: 取消");
    expect(errors()).toEqual([]);
    fixture.edit(FILE, "status: 取消", "status: 已举行");
    const problem = onlyError("status");
    expect(problem.message).toBe("计划、已举行不用填写，网站按日期自动显示");
    expect(problem.expected).toContain("只在取消时写“取消”");
  });

  it("rejects another status", () => {
    fixture.edit(FILE, "pillar: 学习型", "pillar: 学习型\nstatus: 延期");
    expect(onlyError("status").message).toBe("不是允许的取值");
  });

  it("rejects a material written without its folder", () => {
    fixture.edit(FILE, "  - study/gongwuyuan-fa", "  - gongwuyuan-fa");
    const problem = onlyError("materials");
    expect(problem.message).toBe("学习材料的写法不对");
    expect(problem.expected).toContain("study/、rules/ 或 books/");
  });

  it("rejects an empty materials list", () => {
    fixture.edit(FILE, /materials:\n( {2}- .*\n)+/, "materials: []\n");
    expect(onlyError("materials").message).toBe("至少填写一项");
  });

  it("rejects an unknown key and suggests the closest", () => {
    fixture.edit(FILE, "place: 三楼会议室", "place: 三楼会议室\nspeeker: 张三");
    expect(onlyError("speeker").hint).toContain("speaker");
  });
});

describe("学习安排 across files", () => {
  it("rejects a host department that does not exist, with the closest id", () => {
    fixture.edit(FILE, "host: ganbu-yigu", "host: ganbu-yiguu");
    const problem = onlyError("host");
    expect(problem.message).toBe("引用的股室不存在");
    expect(problem.hint).toBe("是不是想写 ganbu-yigu？");
  });

  it.each([
    ["study/gongwuyuan-fa", "study/gongwuyuan", "学习资料选编", "study/gongwuyuan-fa"],
    ["rules/shouwen-fuze", "rules/shouwen-fuzhe", "规章制度", "rules/shouwen-fuze"],
    ["books/xiangtu-zhongguo", "books/xiangtu-zhonguo", "推荐书目", "books/xiangtu-zhongguo"],
  ])("rejects a material %s written %s that does not resolve", (from, to, label, suggestion) => {
    fixture.edit(FILE, `  - ${from}`, `  - ${to}`);
    const problem = onlyError("materials");
    expect(problem.message).toBe(`引用的${label}不存在`);
    expect(problem.found).toBe(`“${to}”`);
    expect(problem.hint).toBe(`是不是想写 ${suggestion}？`);
    expect(problem.line).toBe({ study: 11, rules: 12, books: 13 }[from.split("/")[0] as string]);
  });

  it("rejects a chapter id that exists only as a rule", () => {
    fixture.edit(FILE, "  - study/gongwuyuan-fa", "  - study/shouwen-fuze");
    expect(onlyError("materials").message).toBe("引用的学习资料选编不存在");
  });

  it("warns, without an error, when the date is not a Friday", () => {
    fixture.edit(FILE, "date: 2026-03-06", "date: 2026-03-04");
    expect(errors()).toEqual([]);
    const found = warnings();
    expect(found).toHaveLength(1);
    const problem = found[0] as Problem;
    expect(problem.field).toBe("date");
    expect(problem.message).toBe("日期不是星期五（2026-03-04 是星期三）");
    expect(formatProblem(problem)).toMatch(
      /^【提醒】src\/content\/sessions\/2026-03-06-gongwuyuan-fa\.md 第 3 行/,
    );
  });

  it("warns on both files when two sessions at the same place overlap", () => {
    fixture.edit(OTHER, "date: 2026-03-13", "date: 2026-03-06");
    fixture.edit(OTHER, "start: 14:30", "start: 16:30");
    fixture.edit(OTHER, "end: 16:30", "end: 18:00");
    expect(errors()).toEqual([]);
    const found = warnings();
    expect(found.map((p) => p.file).sort()).toEqual([`src/content/${FILE}`, `src/content/${OTHER}`]);
    expect(found[0]?.message).toMatch(/同一地点、时间重叠/);
    expect(found.find((p) => p.file.endsWith(FILE))?.message).toContain(OTHER);
  });

  it("does not warn when the times only touch, the places differ or one is cancelled", () => {
    fixture.edit(OTHER, "date: 2026-03-13", "date: 2026-03-06");
    fixture.edit(OTHER, "start: 14:30", "start: 17:00");
    fixture.edit(OTHER, "end: 16:30", "end: 18:00");
    expect(warnings()).toEqual([]);
    fixture.edit(OTHER, "start: 17:00", "start: 15:00");
    fixture.edit(OTHER, "place: 三楼会议室", "place: 二楼会议室");
    expect(warnings()).toEqual([]);
    fixture.edit(OTHER, "place: 二楼会议室", "place: 三楼会议室\nstatus: 取消");
    expect(warnings()).toEqual([]);
  });
});
