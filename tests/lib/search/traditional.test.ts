import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { queryTraditionalMap } from "../../../src/integrations/search-index.ts";
import { simplifier, traditionalMap } from "../../../src/lib/search/traditional.ts";

const han = (text: string) => new Set([...text].filter((c) => /\p{Script=Han}/u.test(c)));

/** Simplified text as a site holds it: the index has its characters. */
const SITE = "个人重大事项报告制度。首问负责制。后来，他的著作显著增多，接着处理干净。人民 2024年";

describe("Traditional queries, with OpenCC's dictionaries kept to an index's characters", () => {
  const simplify = simplifier(queryTraditionalMap(han(SITE)));

  it("turns Traditional characters into the Simplified ones the index holds", () => {
    expect(simplify("個人重大事項報告")).toBe("个人重大事项报告");
    expect(simplify("首問負責")).toBe("首问负责");
    expect(simplify("後來")).toBe("后来");
    // Mixed with Simplified, Latin and digits: only the Traditional characters change.
    expect(simplify("首問 負責制 2024年 ICP")).toBe("首问 负责制 2024年 ICP");
  });

  it("leaves a character the index holds as it is: 著 in 著作, and any Simplified query", () => {
    expect(simplify("著作")).toBe("著作");
    expect(simplify("顯著")).toBe("显著");
    expect(simplify("人民")).toBe("人民");
    for (const text of [SITE, "个人重大事项报告", "显著 接着"]) expect(simplify(text)).toBe(text);
  });

  it("converts a Traditional term in full, phrase by phrase where a character alone would go wrong", () => {
    // 乾 is in this index (乾坤): a term of characters all in the index stays as typed; 淨 is not, so
    // 乾淨 is Traditional, and converted as OpenCC converts it.
    const withQian = simplifier(queryTraditionalMap(han(`${SITE}乾坤`)));
    expect(withQian("乾坤")).toBe("乾坤");
    expect(withQian("乾淨")).toBe("干净");
    expect(withQian("乾坤 乾淨")).toBe("乾坤 干净");
    // 著 is in the index too: in a Traditional term it is converted by phrase (顯著 显著, 接著 接着).
    expect(simplify("顯著")).toBe("显著");
    expect(simplify("接著處理")).toBe("接着处理");
    expect(simplify("乾部")).toBe("干部");
  });

  it("keeps no character whose Simplified form the index lacks", () => {
    const map = queryTraditionalMap(han(SITE));
    expect([...map.chars]).not.toContain("龍"); // 龙 is not on this site
    expect([...map.chars]).toContain("個");
  });

  it("changes no text of the sample content: a Simplified query of the site finds what it found", () => {
    const text = readFileSync("src/content/rules/xianshi-banjie.md", "utf8");
    const site = simplifier(queryTraditionalMap(han(text)));
    expect(site(text)).toBe(text);
    expect(site("限時辦結")).toBe("限时办结");
  });
});

describe("traditionalMap and simplifier", () => {
  const convert = (text: string) =>
    text.replace(/[個們後乾淨]/gu, (c) => ({ 個: "个", 們: "们", 後: "后", 乾: "干", 淨: "净" })[c] ?? c);

  it("keeps characters (sorted, alternating) and the phrases their characters would get wrong", () => {
    const reference = (text: string) => (text === "乾坤" ? text : convert(text));
    const map = traditionalMap(
      ["們", "個", "後", "淨", "乾", "乾淨", "乾坤", "個們"],
      reference,
      han("个们后干净乾坤"),
    );
    // 乾 is in the index: converted only inside a Traditional term.
    expect(map).toEqual({ chars: "個个們们後后淨净", shared: "乾干", phrases: "乾坤 乾坤" });
    expect(simplifier(map)("乾淨 個們 乾坤 乾")).toBe("干净 个们 乾坤 乾");
    expect(simplifier(map)("乾坤個")).toBe("乾坤个");
  });

  it("an empty map converts nothing", () => {
    expect(simplifier({ chars: "", shared: "", phrases: "" })("個人")).toBe("個人");
  });
});
