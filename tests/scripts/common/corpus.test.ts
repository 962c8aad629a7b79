import { describe, expect, it } from "vitest";
import { lawToRuleMarkdown, parseCorpusLaw } from "../../../scripts/common/corpus.ts";
import {
  meanReciprocalRank,
  percentile,
  recallAt,
  successAt,
  zeroResultRate,
} from "../../../scripts/eval/lib/metrics.ts";
import { phraseQueries, seededRandom, titleQueries } from "../../../scripts/eval/lib/queries.ts";
import { parseFrontmatter } from "@astrojs/markdown-remark";
import { rulesSchema } from "../../../src/model/rules.ts";

const LAW = `# 中华人民共和国示例法

2020年6月20日 第十三届全国人民代表大会常务委员会第十九次会议通过

<!-- INFO END -->

## 第一章 总则

第一条 为了规范示例管理工作，制定本法。

第二条 本法适用于示例事项的办理活动。
`;

describe("the corpus importer", () => {
  it("reads title, first event date and body", () => {
    const law = parseCorpusLaw(LAW, "宪法相关法/示例法(2020-06-20).md");
    expect(law.title).toBe("中华人民共和国示例法");
    expect(law.date).toBe("2020-06-20");
    expect(law.body.startsWith("## 第一章 总则")).toBe(true);
  });

  it("writes a rule the rules schema accepts", () => {
    const markdown = lawToRuleMarkdown(parseCorpusLaw(LAW, "a.md"));
    const { frontmatter } = parseFrontmatter(markdown);
    expect(rulesSchema.safeParse(frontmatter).success).toBe(true);
  });

  it("handles a file without the header marker", () => {
    const law = parseCorpusLaw("# 无标记\n\n第一条 内容。\n", "b.md");
    expect(law).toMatchObject({ title: "无标记", date: undefined, body: "第一条 内容。" });
  });
});

describe("benchmark queries", () => {
  const laws = [
    parseCorpusLaw(LAW, "a(2020-06-20).md"),
    parseCorpusLaw(LAW.replace("示例法", "监察法"), "b(2018-03-20).md"),
    parseCorpusLaw(LAW.replace("示例法", "监察法").replace("示例管理工作", "监察工作"), "b(2024-12-25).md"),
  ];

  it("are the same for the same seed", () => {
    expect(titleQueries(laws, 3, seededRandom(7))).toEqual(titleQueries(laws, 3, seededRandom(7)));
  });

  it("accept every version of a law for its short title", () => {
    const query = titleQueries(laws, 3, seededRandom(1)).find((q) => q.q === "监察法");
    expect(query?.expect.sort()).toEqual(["b(2018-03-20).md", "b(2024-12-25).md"]);
  });

  it("take phrases of 4–8 Han characters from articles, found in at most the allowed number of laws", () => {
    const queries = phraseQueries(laws, 5, seededRandom(3), 2);
    expect(queries.length).toBeGreaterThan(0);
    for (const q of queries) {
      expect(q.q).toMatch(/^\p{Script=Han}{4,8}$/u);
      expect(q.expect.length).toBeLessThanOrEqual(2);
      for (const file of q.expect) expect(laws.find((l) => l.file === file)?.body).toContain(q.q);
    }
  });
});

describe("benchmark metrics", () => {
  const runs = [
    { expect: ["a"], ranked: ["a", "b"], ms: 10 },
    { expect: ["b", "c"], ranked: ["x", "b"], ms: 20 },
    { expect: ["z"], ranked: [], ms: 30 },
  ];

  it("count success, recall, reciprocal rank and empty results", () => {
    expect(successAt(runs, 1)).toBe(0.333);
    expect(successAt(runs, 2)).toBe(0.667);
    expect(recallAt(runs, 2)).toBe(0.5); // (1 + 1/2 + 0) / 3
    expect(meanReciprocalRank(runs)).toBe(0.5); // (1 + 1/2 + 0) / 3
    expect(zeroResultRate(runs)).toBe(0.333);
  });

  it("take percentiles by nearest rank", () => {
    expect(percentile([30, 10, 20], 50)).toBe(20);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([], 50)).toBe(0);
  });
});
