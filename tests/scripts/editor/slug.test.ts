import { describe, expect, it } from "vitest";
import { isValidId, titleToId, uniqueId } from "../../../scripts/editor/lib/slug.ts";

describe("titleToId", () => {
  it.each([
    ["首问负责制度", "shouwen-fuze-zhidu"],
    ["限时办结制度", "xianshi-banjie-zhidu"],
    ["八不准", "ba-buzhun"],
    ["乡土中国", "xiangtu-zhongguo"],
    ["《论语译注》", "lunyu-yizhu"],
    ["平凡的世界", "pingfan-shijie"],
    ["中华人民共和国监察法", "jiancha-fa"],
    ["绿色发展", "lvse-fazhan"],
    ["Python编程入门", "python-biancheng-rumen"],
    ["ＡＢＣ２０２４", "abc2024"],
  ])("%s → %s", (title, id) => {
    expect(titleToId(title)).toBe(id);
  });

  it("keeps long titles to a readable length, cut between words", () => {
    const id = titleToId("关于推进组工干部队伍“五型”建设的调研与思考");
    expect(id).toBe("tuijin-zugong-ganbu-duiwu-wuxing-jianshe");
    expect(id.length).toBeLessThanOrEqual(40);
    expect(titleToId("个人重大事项报告制度", { maxWords: 3 })).toBe("geren-zhongda-shixiang");
  });

  it("gives an empty id when nothing readable is left, and only valid ids otherwise", () => {
    expect(titleToId("！！！")).toBe("");
    for (const title of ["2025年度年轻干部培养情况调研", "六个一服务标准", "A&B：测试"]) {
      expect(isValidId(titleToId(title)), title).toBe(true);
    }
  });
});

describe("uniqueId", () => {
  it("adds -2, -3, … to an id that is taken", () => {
    const taken = new Set(["shouwen-fuze", "shouwen-fuze-2"]);
    expect(uniqueId("shouwen-fuze", (id) => taken.has(id))).toBe("shouwen-fuze-3");
    expect(uniqueId("ba-buzhun", (id) => taken.has(id))).toBe("ba-buzhun");
  });
});
