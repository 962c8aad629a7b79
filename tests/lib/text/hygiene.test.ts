/** The Chinese-text hygiene functions, one pattern at a time, on our own samples. */
import { describe, expect, it } from "vitest";
import {
  decodeLatin1Run,
  findHygiene,
  fixHygiene,
  toSimplified,
  type FindingKind,
} from "../../../src/lib/text/hygiene/index.ts";

/** The kinds found in `text`, with the text each finding covers. */
const found = (text: string, kind?: FindingKind) =>
  findHygiene(text)
    .filter((f) => kind === undefined || f.kind === kind)
    .map((f) => [f.kind, text.slice(f.start, f.end)]);

describe("leftover pinyin", () => {
  it("finds a character's pinyin in brackets, with or without tones, ASCII or full-width brackets", () => {
    expect(found("漢濱區(qū)委", "pinyin")).toEqual([["pinyin", "(qū)"]]);
    expect(found("组工业(ye)务", "pinyin")).toEqual([["pinyin", "(ye)"]]);
    expect(found("创（chuàng）建", "pinyin")).toEqual([["pinyin", "（chuàng）"]]);
    expect(found("绿(lü)色、绿(lv4)色", "pinyin")).toHaveLength(2);
    expect(found("创建(chuangjian)", "pinyin")).toEqual([["pinyin", "(chuangjian)"]]);
  });

  it("leaves brackets that are not the character's reading", () => {
    expect(found("方案(A)、干部(cadre)、附件(一)、表(2)", "pinyin")).toEqual([]);
    expect(found("区(ye)", "pinyin")).toEqual([]);
  });

  it("removes the bracket and keeps the character", () => {
    expect(fixHygiene("漢濱區(qū)委組織部", { traditional: false })).toBe("漢濱區委組織部");
  });
});

describe("mojibake", () => {
  it("finds 锟斤拷, replacement characters and UTF-8 read as Latin-1, without a fix", () => {
    expect(found("标题锟斤拷锟斤拷文字", "mojibake")).toEqual([["mojibake", "锟斤拷锟斤拷"]]);
    expect(found("第\uFFFD\uFFFD条", "mojibake")).toEqual([["mojibake", "\uFFFD\uFFFD"]]);
    const latin = Buffer.from("中文，", "utf8").toString("latin1").replace("\u0080", "€");
    const findings = findHygiene(`见${latin}下`).filter((f) => f.kind === "mojibake");
    expect(findings).toHaveLength(1);
    expect(findings[0]?.replacement).toBeUndefined();
    expect(fixHygiene("标题锟斤拷")).toBe("标题锟斤拷");
  });

  it("decodes ï¼Œ back to ， as a suggestion, and leaves Latin words alone", () => {
    expect(decodeLatin1Run("ï¼Œ")).toBe("，");
    expect(found("café, naïve, Zürich, 5×…", "mojibake")).toEqual([]);
  });
});

describe("Traditional characters", () => {
  it("converts word by word: 乾/干, 後/后, 著/着", () => {
    expect(toSimplified("乾燥的乾坤，乾隆年間")).toBe("干燥的乾坤，乾隆年间");
    expect(toSimplified("後來的皇后")).toBe("后来的皇后");
    expect(toSimplified("隨著時間，看著他，著手工作")).toBe("随着时间，看着他，着手工作");
    expect(toSimplified("顯著、著名、著作、土著")).toBe("显著、著名、著作、土著");
  });

  it("reports nothing in Simplified text, including characters both scripts share", () => {
    const simplified = "干部要坚持学习，乾坤朗朗，破坏土地资源，白鱀豚，著名学者，皇后，台湾，里面";
    expect(found(simplified, "traditional")).toEqual([]);
  });

  it("reports each Traditional phrase once, with its Simplified form", () => {
    const text = "組工幹部的業務。漢字";
    const findings = findHygiene(text).filter((f) => f.kind === "traditional");
    expect(findings.map((f) => [text.slice(f.start, f.end), f.replacement])).toEqual([
      ["組工幹部的業務", "组工干部的业务"],
      ["漢", "汉"],
    ]);
  });

  it("knows variant forms OpenCC leaves, and Hong Kong variants", () => {
    expect(toSimplified("陜西省")).toBe("陕西省");
    expect(toSimplified("説明")).toBe("说明");
  });

  it("can be switched off for text meant to be Traditional", () => {
    expect(findHygiene("學而時習之", { traditional: false })).toEqual([]);
  });
});

describe("punctuation", () => {
  const fix = (text: string) => fixHygiene(text);

  it("turns half-width marks between Chinese into Chinese ones", () => {
    expect(fix("看党性,比政治素质高低;看能力:比业务")).toBe("看党性，比政治素质高低；看能力：比业务");
    expect(fix("是吗?对!")).toBe("是吗？对！");
    expect(fix("活动(看党性)开展")).toBe("活动（看党性）开展");
    expect(fix("大小) 活动")).toBe("大小) 活动"); // an unpaired bracket is left
    expect(fix("本办法自公布之日起施行.")).toBe("本办法自公布之日起施行。");
  });

  it("leaves Latin text, numbers and addresses alone", () => {
    const latin = "Hello, world; a:b (note) 1,000 3.14 https://example.gov.cn/a,b 10:30";
    expect(findHygiene(latin)).toEqual([]);
    expect(fix("使用 Windows (system) 办公，(Windows 系统)")).toBe(
      "使用 Windows (system) 办公，(Windows 系统)",
    );
  });

  it("reports a full stop between two characters without changing it (it may be a 间隔号)", () => {
    expect(found("马克思.恩格斯", "half-width-period")).toEqual([["half-width-period", "."]]);
    expect(fix("马克思.恩格斯")).toBe("马克思.恩格斯");
  });

  it("curls straight quotes around Chinese", () => {
    expect(fix('开展"五看五比"活动')).toBe("开展“五看五比”活动");
    expect(fix("所谓'两清'")).toBe("所谓‘两清’");
    expect(fix('He said "hello".')).toBe('He said "hello".');
  });

  it("writes ellipses and dashes the Chinese way", () => {
    expect(fix("等等...还有")).toBe("等等……还有");
    expect(fix("等等。。。")).toBe("等等……");
    expect(fix("等等…")).toBe("等等……");
    expect(fix("目标--建设")).toBe("目标——建设");
    expect(fix("秦岭—淮河")).toBe("秦岭—淮河");
  });

  it("removes a mark typed twice, and only reports other pairs", () => {
    expect(fix("学习，，提高。。")).toBe("学习，提高。");
    expect(found("真好！！", "doubled")).toHaveLength(1);
    expect(fix("真好！！")).toBe("真好！！");
  });

  it("removes spaces around Chinese punctuation, and reports spaces between characters", () => {
    expect(fix("学习 ，提高。 打造")).toBe("学习，提高。打造");
    expect(found("我们要 加强学习。", "space-between")).toHaveLength(1);
    expect(fix("我们要 加强学习。")).toBe("我们要 加强学习。");
  });

  it("does not report the spaces the site's own style uses", () => {
    for (const text of [
      "第一条 为了规范管理，制定本制度。",
      "第一章 总则",
      "第一章 总 则",
      "第十条之一 借调人员，参照执行。",
    ]) {
      expect(found(text, "space-between")).toEqual([]);
    }
    // A line without sentence punctuation is a title, a signature or a list of issuers.
    expect(found("最高人民法院 最高人民检察院", "space-between")).toEqual([]);
  });

  it("reports 《 without 》 on the same line", () => {
    expect(found("学习《论语", "book-title")).toEqual([["book-title", "《"]]);
    expect(found("学习《论语》和《孟子》", "book-title")).toEqual([]);
    expect(found("论语》", "book-title")).toEqual([["book-title", "》"]]);
  });
});

describe("fixHygiene", () => {
  it("is idempotent", () => {
    const text = '在開展"講黨性"活動中,漢濱區(qū)委(看黨性,比政治素質高低)... 等--';
    const once = fixHygiene(text);
    expect(fixHygiene(once)).toBe(once);
    expect(once).toBe("在开展“讲党性”活动中，汉滨区委（看党性，比政治素质高低）……等--");
  });
});
