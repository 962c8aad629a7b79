/**
 * The search engine's logic against a fake Pagefind: pages are indexed with the
 * site's own tokenizer (tokenizeForIndex), and the fake answers a query as
 * Pagefind does — every page holding all the query's words, with the positions
 * of those words, a score, filter counts and the page's data.
 */
import { describe, expect, it } from "vitest";
import {
  IndexUnavailableError,
  runSearch,
  unfused,
  type Pagefind,
  type PagefindResult,
  type PagefindSearch,
  type SearchEngine,
  type SearchRequest,
} from "../../../src/lib/search/engine.ts";
import { parseChineseNumeral } from "../../../src/lib/reading/chinese-numerals.ts";
import { frequencyRanks } from "../../../src/lib/search/common-chars.ts";
import { EXCERPT_START_ID } from "../../../src/lib/search/hit.ts";
import { bare, BLOCK_END, tokenizeForIndex } from "../../../src/lib/search/tokenize.ts";
import { simplifier } from "../../../src/lib/search/traditional.ts";

interface FakePage {
  id: string;
  title: string;
  /** The page's text after its title, paragraph by paragraph; a paragraph opening 第N条 gets its anchor. */
  paragraphs: string[];
  collection?: string;
  date?: string;
  filters?: Record<string, string>;
  /** Details after the title (a rule's 文号 …): searched, but an excerpt from the top begins after them. */
  details?: string;
  /** More result metadata (a rule's status and current version). */
  meta?: Record<string, string>;
}

const ARTICLE = /^第([一二三四五六七八九十]+)条/;
/** A page as the index holds it: indexed text (title first), and its anchors' word positions. */
function indexed(page: FakePage) {
  const lead = [`${page.title}${BLOCK_END}`, ...(page.details ? [page.details] : [])];
  const blocks = [...lead, ...page.paragraphs].map((b) => tokenizeForIndex(b).trim());
  const anchors: Array<{ id: string; location: number }> = [];
  let words = 0;
  blocks.forEach((block, i) => {
    if (i === lead.length) anchors.push({ id: EXCERPT_START_ID, location: words });
    const article = i >= lead.length ? ARTICLE.exec(page.paragraphs[i - lead.length]!) : null;
    if (article) anchors.push({ id: `art-${parseChineseNumeral(article[1]!)}`, location: words });
    words += block.split(" ").length;
  });
  return { content: blocks.join(" "), anchors };
}

class FakePagefind implements Pagefind {
  searches: Array<string | null> = [];
  private readonly pages: FakePage[];
  private readonly onSearch: () => void;
  constructor(pages: FakePage[], onSearch: () => void = () => {}) {
    this.pages = pages;
    this.onSearch = onSearch;
  }
  async options() {}
  async mergeIndex() {}
  async init() {}
  async preload() {}
  async filters() {
    return this.counts(this.pages);
  }
  private counts(pages: FakePage[]) {
    const counts: Record<string, Record<string, number>> = {};
    for (const page of pages)
      for (const [name, value] of Object.entries(page.filters ?? {})) {
        const values = (counts[name] ??= {});
        values[value] = (values[value] ?? 0) + 1;
      }
    return counts;
  }
  async search(query: string | null, options: Record<string, unknown> = {}): Promise<PagefindSearch> {
    this.searches.push(query);
    this.onSearch();
    const filters = (options["filters"] ?? {}) as Record<string, string>;
    const wanted = query === null ? [] : query.split(" ").map(bare);
    const matched: Array<{ page: FakePage; result: PagefindResult }> = [];
    for (const page of this.pages) {
      if (Object.entries(filters).some(([k, v]) => page.filters?.[k] !== v)) continue;
      const { content, anchors } = indexed(page);
      const words = content.split(" ").map(bare);
      const positions = words.flatMap((w, i) => (wanted.includes(w) ? [i] : []));
      if (!wanted.every((w) => words.includes(w))) continue;
      const meta: Record<string, string | undefined> = {
        title: page.title,
        collection: page.collection,
        date: page.date,
        ...page.meta,
      };
      matched.push({
        page,
        result: {
          id: page.id,
          score: positions.length,
          words: positions,
          data: async () => ({ url: `/${page.id}/`, content, meta, anchors }),
        },
      });
    }
    matched.sort((a, b) => b.result.score - a.result.score);
    return { results: matched.map((m) => m.result), filters: this.counts(matched.map((m) => m.page)) };
  }
}

function engineOver(
  pages: FakePage[],
  options: { failing?: boolean; simplify?: (query: string) => string } = {},
) {
  let failures = 0;
  const pagefind = new FakePagefind(pages, () => {
    if (options.failing) failures++;
  });
  const engine: SearchEngine = {
    pagefind,
    loadPage: async (result) => unfused(await result.data()),
    shards: 1,
    frequencyRank: frequencyRanks(""),
    failedFetches: () => failures,
    ...(options.simplify ? { simplify: options.simplify } : {}),
  };
  return { engine, pagefind };
}

const request = (query: string, more: Partial<SearchRequest> = {}): SearchRequest => ({
  query,
  filters: {},
  sort: "relevance",
  ...more,
});

const PAGES: FakePage[] = [
  {
    id: "xianshi-banjie",
    title: "限时办结制度",
    collection: "规章制度",
    filters: { collection: "规章制度" },
    details: "文号：示例组发〔2025〕3号；发文机关：示例县委组织部。",
    paragraphs: [
      "第一条 为了提高效率，制定本制度。",
      "第二条 事项应当限时办结，不得拖延。",
      "第三条 超过时限的，追究责任。",
    ],
  },
  {
    id: "shouwen-fuze",
    title: "首问负责制度",
    collection: "规章制度",
    filters: { collection: "规章制度" },
    paragraphs: [
      "第一条 首问责任人负责答复。",
      "第二条 不能限时办结的事项，说明理由。",
      "第三条 办结后登记。",
    ],
  },
  {
    id: "diaoyan",
    title: "关于办结时限的调研",
    collection: "调研文章",
    filters: { collection: "调研文章" },
    // 办 结 限 时 in another order: holds every character but not the phrase 限时办结.
    paragraphs: ["办结的时限，限时的要求各不相同。"],
  },
];

describe("runSearch", () => {
  it("finds the pages that hold a phrase as written, not those holding its characters in another order", async () => {
    const { engine } = engineOver(PAGES);
    const outcome = await runSearch(engine, request("限时办结"));
    const hits = await outcome.hits(0, 10);
    expect(hits.map((h) => h.title)).toEqual(["限时办结制度", "首问负责制度"]);
    expect(outcome.exact).toBe(true);
    expect(outcome.total).toBe(2);
  });

  it("opens a hit at the article where the phrase stands, with the phrase marked in the excerpt", async () => {
    const { engine } = engineOver(PAGES);
    const [, second] = await (await runSearch(engine, request("限时办结"))).hits(0, 10);
    expect(second).toMatchObject({ url: "/shouwen-fuze/#art-2", section: "第二条", collection: "规章制度" });
    expect(second?.excerpt).toContain("<mark>");
    expect(second?.excerpt.replace(/<\/?mark>/g, "")).toContain("限时办结");
  });

  it("opens a page from its beginning when the query is its title, and lists the title match first", async () => {
    const { engine } = engineOver(PAGES);
    const hits = await (await runSearch(engine, request("首问负责制度"))).hits(0, 10);
    expect(hits[0]).toMatchObject({ title: "首问负责制度", url: "/shouwen-fuze/", section: undefined });
  });

  it("shows, from the top of a page, its text: not the title again, nor the details after it", async () => {
    const { engine } = engineOver(PAGES);
    const [first] = await (await runSearch(engine, request("限时办结"))).hits(0, 10);
    expect(first?.url).toBe("/xianshi-banjie/");
    expect(first?.excerpt.replace(/<\/?mark>/g, "")).toMatch(/^第一条为了提高效率，制定本制度。 ?第二条/);
    // The details are searched all the same, and shown when the match is in them.
    const [byNumber] = await (await runSearch(engine, request("示例组发〔2025〕3号"))).hits(0, 10);
    expect(byNumber?.excerpt).toContain("文号：<mark>示例组发〔2025〕3号</mark>；发文机关：示例县委组织部。");
  });

  it("says of a rule not in force which version is, and nothing of one in force", async () => {
    const old: FakePage = {
      id: "xianshi-banjie-2023",
      title: "限时办结制度",
      paragraphs: ["第一条 旧版限时办结。"],
      meta: { status: "已修改", current: "/xianshi-banjie/", currentTitle: "限时办结制度（2025年版）" },
    };
    const { engine } = engineOver([...PAGES, old]);
    const hits = await (await runSearch(engine, request("限时办结"))).hits(0, 10);
    expect(hits.find((h) => h.url.startsWith("/xianshi-banjie-2023/"))).toMatchObject({
      status: "已修改",
      current: { url: "/xianshi-banjie/", title: "限时办结制度（2025年版）" },
    });
    expect(hits.find((h) => h.url === "/xianshi-banjie/")?.status).toBeUndefined();
  });

  it("searches a Traditional query in Simplified, and says what it searched for", async () => {
    const simplify = simplifier({ chars: "問问負负責责", shared: "", phrases: "" });
    const { engine, pagefind } = engineOver(PAGES, { simplify });
    const outcome = await runSearch(engine, request("首問負責"));
    expect(outcome.query).toBe("首问负责");
    const [first] = await outcome.hits(0, 10);
    expect(first).toMatchObject({ title: "首问负责制度" });
    expect(first?.url).toBe("/shouwen-fuze/");
    expect(pagefind.searches.join(" ")).toMatch(/^首 问 负/);
    expect((await runSearch(engine, request("首问负责"))).query).toBe("首问负责");
  });

  it("goes straight to the article a query names", async () => {
    const { engine } = engineOver(PAGES);
    const hits = await (await runSearch(engine, request("限时办结制度 第三条"))).hits(0, 10);
    expect(hits.map((h) => h.url)).toEqual(["/xianshi-banjie/#art-3"]);
  });

  it("keeps to the filters and reports the counts of the values found", async () => {
    const { engine } = engineOver(PAGES);
    const outcome = await runSearch(
      engine,
      request("办结", { filters: { collection: "调研文章", year: "" } }),
    );
    expect((await outcome.hits(0, 10)).map((h) => h.title)).toEqual(["关于办结时限的调研"]);
    expect(outcome.filterCounts).toEqual({ collection: { 调研文章: 1 } });
  });

  it("loads hits page by page, counting exactly once all are confirmed", async () => {
    const { engine } = engineOver(PAGES);
    const outcome = await runSearch(engine, request("办结"));
    expect(await outcome.hits(0, 1)).toHaveLength(1);
    const all = await outcome.hits(0, 10);
    expect(all).toHaveLength(3);
    expect(await outcome.hits(1, 1)).toEqual([all[1]]);
    expect(outcome).toMatchObject({ total: 3, exact: true });
  });

  it("asks nothing of the index for an empty query without filters", async () => {
    const { engine, pagefind } = engineOver(PAGES);
    const outcome = await runSearch(engine, request("  "));
    expect(outcome).toMatchObject({ total: 0, exact: true });
    expect(await outcome.hits(0, 10)).toEqual([]);
    expect(pagefind.searches).toEqual([]);
  });

  it("fails, instead of reporting nothing found, when index files failed to load during the search", async () => {
    const { engine } = engineOver(PAGES, { failing: true });
    await expect(runSearch(engine, request("限时办结"))).rejects.toBeInstanceOf(IndexUnavailableError);
  });
});
