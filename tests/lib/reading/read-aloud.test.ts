import { HTMLElement, NodeType, parse, type Node } from "node-html-parser";
import { describe, expect, it } from "vitest";
import {
  chooseVoice,
  READ_ALOUD_LABELS,
  readableBlocks,
  speakable,
  type TreeAdapter,
  type VoiceInfo,
} from "../../../src/lib/reading/read-aloud.ts";

/** The walk over parsed HTML, as the page's code walks the DOM. */
const adapter: TreeAdapter<Node> = {
  text: (node) => (node.nodeType === NodeType.TEXT_NODE ? node.text : undefined),
  tag: (node) => (node instanceof HTMLElement ? (node.rawTagName ?? "").toLowerCase() : ""),
  attribute: (node, name) => (node instanceof HTMLElement ? (node.getAttribute(name) ?? null) : null),
  children: (node) => node.childNodes,
};

/** The words read, block by block, and which element each highlights. */
function read(html: string) {
  const root = parse(html, { comment: true });
  return readableBlocks<Node>(root, adapter).map(({ node, text }) => ({
    tag: (node as HTMLElement).rawTagName.toLowerCase(),
    text,
  }));
}

describe("readableBlocks: what 朗读全文 reads", () => {
  it("reads headings, paragraphs and list items one by one, in order", () => {
    expect(
      read(`<article>
        <h1>干部监督四项制度</h1>
        <p>第一条　为了加强干部监督，
           制定本制度。</p>
        <ul><li>谈心谈话</li><li>函询</li></ul>
        <h2>第二章　附则</h2>
        <ol><li><p>本制度自印发之日起施行。</p></li></ol>
      </article>`),
    ).toEqual([
      { tag: "h1", text: "干部监督四项制度" },
      { tag: "p", text: "第一条　为了加强干部监督，制定本制度。" },
      { tag: "li", text: "谈心谈话" },
      { tag: "li", text: "函询" },
      { tag: "h2", text: "第二章　附则" },
      { tag: "p", text: "本制度自印发之日起施行。" },
    ]);
  });

  it("keeps inline markup, links and a space between Latin words, and reads <br> as a pause", () => {
    expect(
      read("<p>依据<a href='#x'>《公务员法》</a>第<strong>十</strong>条<br>Web 2.0 与 <em>AI</em> 应用</p>"),
    ).toEqual([{ tag: "p", text: "依据《公务员法》第十条 Web 2.0 与 AI 应用" }]);
  });

  it("reads a list item's own words, then the list inside it", () => {
    expect(read("<ul><li>三项要求：<ul><li>守纪律</li><li>讲规矩</li></ul></li></ul>")).toEqual([
      { tag: "li", text: "三项要求：" },
      { tag: "li", text: "守纪律" },
      { tag: "li", text: "讲规矩" },
    ]);
  });

  it("reads a table row by row, the cells with a pause between them and empty cells left out", () => {
    expect(
      read(`<table><caption>办结时限</caption>
        <thead><tr><th>事项</th><th>时限</th></tr></thead>
        <tbody><tr><td>开具证明</td><td>即时办结</td></tr><tr><td></td><td>3 个工作日</td></tr></tbody>
      </table>`),
    ).toEqual([
      { tag: "caption", text: "办结时限" },
      { tag: "tr", text: "事项，时限" },
      { tag: "tr", text: "开具证明，即时办结" },
      { tag: "tr", text: "3 个工作日" },
    ]);
  });

  it("leaves out what is hidden, marked for search to ignore, screen-reader or print only, and controls", () => {
    expect(
      read(`<main>
        <nav aria-label="面包屑"><ol><li><a href="/">首页</a></li></ol></nav>
        <p hidden>隐藏</p>
        <p aria-hidden="true">装饰</p>
        <div data-pagefind-ignore><p>相关链接</p></div>
        <p class="visually-hidden" role="status">已复制</p>
        <p class="print-only">打印时显示</p>
        <div data-read-aloud-skip><p>朗读控件</p></div>
        <span hidden data-pagefind-filter="类别:制度"></span>
        <p>正文<sup data-footnote-ref><a href="#fn-1">1</a></sup>结束<button>复制</button></p>
        <script>var x = "<p>不读</p>";</script>
        <p>   </p>
        <!-- <p>注释</p> -->
      </main>`),
    ).toEqual([{ tag: "p", text: "正文结束" }]);
  });

  it("also leaves out what the caller's own test finds hidden (e.g. display: none from a style rule)", () => {
    const root = parse("<div><p class='screen'>屏幕</p><p class='paper'>纸面</p></div>");
    const blocks = readableBlocks<Node>(root, {
      ...adapter,
      isHidden: (node) => node instanceof HTMLElement && node.classList.contains("paper"),
    });
    expect(blocks.map((b) => b.text)).toEqual(["屏幕"]);
  });

  it("reads nothing from a page without text", () => {
    expect(read("<main><nav><a href='/'>首页</a></nav></main>")).toEqual([]);
  });
});

describe("speakable", () => {
  it("collapses white space, and drops it between Chinese characters and full-width punctuation", () => {
    expect(speakable("  组工\n  干部，\t要 学习 Astro 7 框架  ")).toBe("组工干部，要学习 Astro 7 框架");
    expect(speakable("第一条　为了")).toBe("第一条　为了");
  });
});

const voice = (lang: string, name: string, extra: Partial<VoiceInfo> = {}): VoiceInfo => ({
  lang,
  name,
  localService: true,
  default: false,
  ...extra,
});

describe("chooseVoice", () => {
  it("prefers a zh-CN voice over other Chinese and other languages", () => {
    const voices = [
      voice("en-US", "Samantha", { default: true }),
      voice("zh-TW", "Meijia"),
      voice("zh-HK", "Sinji"),
      voice("zh-CN", "Tingting"),
    ];
    expect(chooseVoice(voices)?.name).toBe("Tingting");
  });

  it("accepts zh_CN and lower-case spellings of the language", () => {
    expect(chooseVoice([voice("zh-TW", "Meijia"), voice("zh_CN", "Android 普通话")])?.name).toBe(
      "Android 普通话",
    );
    expect(chooseVoice([voice("cmn-Hans-CN", "Other"), voice("zh-cn", "Lower")])?.name).toBe("Lower");
  });

  it("falls back to another Chinese voice, Mandarin before Cantonese", () => {
    expect(
      chooseVoice([voice("en-GB", "Daniel"), voice("zh-HK", "Sinji"), voice("zh-TW", "Meijia")])?.name,
    ).toBe("Meijia");
    expect(chooseVoice([voice("yue-HK", "Cantonese"), voice("zh", "Chinese")])?.name).toBe("Chinese");
    expect(chooseVoice([voice("en-GB", "Daniel"), voice("zh-HK", "Sinji")])?.name).toBe("Sinji");
  });

  it("takes the browser's default among equal voices, else the first", () => {
    expect(chooseVoice([voice("zh-CN", "A"), voice("zh-CN", "B", { default: true })])?.name).toBe("B");
    expect(chooseVoice([voice("zh-CN", "A"), voice("zh-CN", "B")])?.name).toBe("A");
  });

  it("never picks an online voice, which would send the text to its provider", () => {
    const online = voice("zh-CN", "Google 普通话（中国大陆）", { localService: false });
    expect(chooseVoice([online, voice("zh-TW", "Meijia")])?.name).toBe("Meijia");
    expect(chooseVoice([online])).toBeUndefined();
  });

  it("gives none (the browser then picks for lang zh-CN) when no Chinese voice is installed, or none at all", () => {
    expect(
      chooseVoice([voice("en-US", "Samantha", { default: true }), voice("ja-JP", "Kyoko")]),
    ).toBeUndefined();
    expect(chooseVoice([])).toBeUndefined();
  });
});

describe("the controls' labels", () => {
  it("are 朗读全文, then 暂停 while reading and 继续 while paused", () => {
    expect(READ_ALOUD_LABELS).toEqual({ idle: "朗读全文", playing: "暂停", paused: "继续" });
  });
});
