import { describe, expect, it } from "vitest";
import { articleCitation, citeAuthors, isNewspaper } from "../../../src/lib/reading/citation.ts";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const article = {
  authors: ["组织股调研组", "示例作者乙"],
  title: "关于示例县村（社区）“两委”干部队伍建设的调研与思考",
  date: day("2026-08-20"),
  url: "https://zugong.example.com/articles/cun-shequ-ganbu-2026/",
};

describe("GB/T 7714-2015 references", () => {
  it("cites an article on this site as an online source with both dates", () => {
    expect(articleCitation(article, day("2026-11-25"))).toBe(
      "组织股调研组, 示例作者乙. 关于示例县村（社区）“两委”干部队伍建设的调研与思考[EB/OL]. (2026-08-20)[2026-11-25]. https://zugong.example.com/articles/cun-shequ-ganbu-2026/.",
    );
  });

  it("leaves out the citation date until one is known", () => {
    expect(articleCitation(article)).toContain("[EB/OL]. (2026-08-20). https://");
  });

  it("cites a journal publication as [J] with the year", () => {
    const text = articleCitation({
      ...article,
      published: { outlet: "示例组工通讯", date: day("2025-06-01") },
    });
    expect(text).toBe(`组织股调研组, 示例作者乙. ${article.title}[J]. 示例组工通讯, 2025.`);
  });

  it("cites a newspaper publication as [N] with the full date", () => {
    const text = articleCitation({ ...article, published: { outlet: "示例日报", date: day("2025-06-01") } });
    expect(text).toBe(`组织股调研组, 示例作者乙. ${article.title}[N]. 示例日报, 2025-06-01.`);
    expect(isNewspaper("示例通讯")).toBe(false);
  });

  it("gives the publication's name without 书名号 or the words around it", () => {
    const published = (outlet: string) =>
      articleCitation({ ...article, published: { outlet, date: day("2025-06-01") } });
    expect(published("《示例组工通讯》")).toContain("[J]. 示例组工通讯, 2025.");
    expect(published("示例市委组织部内刊《组工研究（示例）》")).toContain("[J]. 组工研究（示例）, 2025.");
    expect(published("《示例日报》")).toContain("[N]. 示例日报, 2025-06-01.");
  });

  it("names three authors at most, then 等", () => {
    expect(citeAuthors(["甲", "乙", "丙"])).toBe("甲, 乙, 丙");
    expect(citeAuthors(["甲", "乙", "丙", "丁"])).toBe("甲, 乙, 丙, 等");
  });
});
