import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { useBrowserSite } from "../helpers/browser-site.ts";

const BASE = "/portal/";
const site = useBrowserSite(() => inject("portalDist"), BASE);
/** A small phone's screen. */
const PHONE = { width: 375, height: 667 };

/** A page object for the search page: what a reader sees and does. */
class SearchPage {
  readonly requests: string[] = [];
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
    page.on("request", (r) => this.requests.push(r.url()));
  }
  static async open(params = "", options: { javaScriptEnabled?: boolean; phone?: boolean } = {}) {
    const context = await site.browser.newContext({
      javaScriptEnabled: options.javaScriptEnabled ?? true,
      ...(options.phone ? { viewport: PHONE } : {}),
    });
    const search = new SearchPage(await context.newPage());
    await search.page.goto(`${site.origin}${BASE}search/${params}`);
    if (options.javaScriptEnabled !== false) await search.settled();
    return search;
  }
  async settled() {
    await this.page.waitForSelector("zg-search[data-state=ready]");
  }
  async search(query: string) {
    await this.page.locator("#search-q").fill(query);
    await this.page.locator("#search-q").press("Enter");
    await this.page.waitForFunction(
      () => document.querySelector("zg-search")?.getAttribute("data-state") === "ready",
    );
    await this.page.waitForFunction(
      () => !/正在/.test(document.querySelector(".search-status")?.textContent ?? ""),
    );
  }
  async choose(filter: string, value: string) {
    await this.page.locator(`select[name="${filter}"]`).selectOption(value);
    await this.page.waitForFunction(
      () => document.querySelector("zg-search")?.getAttribute("data-state") === "ready",
    );
  }
  status() {
    return this.page.locator(".search-status").textContent();
  }
  hrefs() {
    return this.page
      .locator(".search-hit h3 a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  }
  close() {
    return this.page.context().close();
  }
}

describe("finding content by what a reader remembers", () => {
  it.each([
    ["限时办结", [`${BASE}rules/xianshi-banjie/`, `${BASE}rules/xianshi-banjie-2023/`]],
    ["个人重大事项报告", [`${BASE}rules/zhongda-shixiang-baogao/`]],
    ["信访工作条例", [`${BASE}study/xinfang-tiaoli/`]],
    ["公务员法 第二十三条", [`${BASE}study/gongwuyuan-fa/#art-23`]],
    ["示例组发〔2024〕5号", [`${BASE}rules/shouwen-fuze/`]],
  ])("“%s” puts the expected pages first", async (query, expected) => {
    const search = await SearchPage.open();
    await search.search(query);
    const hrefs = await search.hrefs();
    expect(hrefs.slice(0, expected.length).map((h) => h?.replace(/#(?!art-).*$/, ""))).toEqual(expected);
    await search.close();
  });

  it("finds Simplified text for a query typed in Traditional characters, with no request of its own", async () => {
    const search = await SearchPage.open();
    for (const [simplified, traditional] of [
      ["个人重大事项报告", "個人重大事項報告"],
      ["首问负责", "首問負責"],
    ] as const) {
      await search.search(simplified);
      const expected = await search.hrefs();
      expect(expected.length).toBeGreaterThan(0);
      // A warm page: the conversion comes with the index's manifest, and the index files and pages
      // the Simplified query loaded serve the converted one.
      const requestsBefore = search.requests.length;
      await search.search(traditional);
      await expect(search.hrefs()).resolves.toEqual(expected);
      // (The browser may ask for the site's icon at any time.)
      expect(search.requests.slice(requestsBefore).filter((url) => !url.endsWith("/favicon.svg"))).toEqual(
        [],
      );
      await expect(search.status()).resolves.toContain(
        `与“${traditional}”相关的结果（按简体“${simplified}”查找）`,
      );
    }
    await expect(search.page.locator(".search-hit mark").first().textContent()).resolves.toBe("首问负责");
    await search.close();
  });

  it("shows excerpts as sentences: a rule's text, not its metadata table run together", async () => {
    const search = await SearchPage.open();
    await search.search("限时办结");
    const excerpts = await search.page.locator(".search-hit-excerpt").allTextContents();
    const first = excerpts[0] ?? "";
    // Before: “限时办结制度制度信息文号示例组发〔2025〕3号发文机关示例县委组织部成文日期2025年2月20日”.
    expect(first).not.toMatch(/制度信息|文号|发文机关|成文日期/);
    expect(first.startsWith("限时办结制度")).toBe(false);
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/制度信息文号|总则第一条/);
    // The metadata is searched all the same, and reads as a sentence where a query finds it.
    await search.search("示例组发〔2024〕5号");
    await expect(search.page.locator(".search-hit-excerpt").first().textContent()).resolves.toMatch(
      /文号：示例组发〔2024〕5号；发文机关：/,
    );
    await search.close();
  });

  it("says beside the title of a rule no longer in force that it is, and links to the current version", async () => {
    const search = await SearchPage.open();
    await search.search("限时办结");
    const old = search.page.locator(".search-hit", {
      has: search.page.locator(`h3 a[href^="${BASE}rules/xianshi-banjie-2023/"]`),
    });
    await expect(old.locator("h3 .search-hit-status").textContent()).resolves.toBe("已修改");
    const current = old.locator(".search-hit-version a");
    await expect(current.getAttribute("href")).resolves.toBe(`${BASE}rules/xianshi-banjie/`);
    await expect(old.locator(".search-hit-version").textContent()).resolves.toBe(
      "现行版本：限时办结制度（2025年版）",
    );
    // The version in force says nothing of the kind.
    const inForce = search.page.locator(".search-hit", {
      has: search.page.locator(`h3 a[href="${BASE}rules/xianshi-banjie/"]`),
    });
    await expect(inForce.locator(".search-hit-status, .search-hit-version").count()).resolves.toBe(0);
    await current.click();
    await search.page.waitForURL(`${site.origin}${BASE}rules/xianshi-banjie/`);
    await search.close();
  });

  it("a phrase from inside an article links straight to that 第N条 and highlights the phrase", async () => {
    const search = await SearchPage.open();
    await search.search("首问责任人");
    const first = search.page.locator(".search-hit").first();
    await expect(first.locator("h3 a").getAttribute("href")).resolves.toMatch(
      /^\/portal\/rules\/shouwen-fuze\/#art-\d+$/,
    );
    await expect(first.locator(".search-hit-meta").textContent()).resolves.toMatch(/第.+条/);
    await expect(first.locator("mark").first().textContent()).resolves.toBe("首问责任人");
    await search.close();
  });

  it("finds words with the most frequent characters, which the index pairs with their neighbours", async () => {
    const search = await SearchPage.open();
    // 法 is indexed paired with 员 before it; 的 alone cannot be searched for in the index and every
    // page that holds it is a result, with it marked.
    await search.search("公务员法");
    expect((await search.hrefs())[0]).toBe(`${BASE}study/gongwuyuan-fa/`);
    await search.search("的");
    expect((await search.hrefs()).length).toBeGreaterThan(5);
    await expect(search.page.locator(".search-hit mark").first().textContent()).resolves.toBe("的");
    // The page's language is swapped for the index's only while Pagefind starts (engine.ts).
    await expect(search.page.locator("html").getAttribute("lang")).resolves.toBe("zh-CN");
    await search.close();
  });

  it("several terms narrow the results", async () => {
    const search = await SearchPage.open();
    await search.search("责任追究");
    const broad = (await search.hrefs()).length;
    await search.search("责任追究 个人重大事项");
    const narrow = await search.hrefs();
    expect(narrow.length).toBeGreaterThan(0);
    expect(narrow.length).toBeLessThan(broad);
    await search.close();
  });

  it("says so, helpfully, when nothing matches", async () => {
    const search = await SearchPage.open();
    await search.search("量子纠缠超导");
    await expect(search.status()).resolves.toContain("没有找到与“量子纠缠超导”相关的内容");
    expect(await search.hrefs()).toEqual([]);
    // Its words apart find nothing either, so there is nothing to suggest.
    await expect(search.page.locator(".search-suggest").isVisible()).resolves.toBe(false);
    await search.close();
  });

  it("when a phrase is not in any page as written, offers its words searched apart", async () => {
    const search = await SearchPage.open();
    await search.search("限时办理"); // the rule says 限时办结, and 办理 elsewhere
    await expect(search.status()).resolves.toContain("没有找到");
    const link = search.page.locator(".search-suggest a");
    await expect(link.textContent()).resolves.toBe("限时 办理");
    await link.click();
    await search.settled();
    expect(new URL(search.page.url()).searchParams.get("q")).toBe("限时 办理");
    expect(await search.hrefs()).toContain(`${BASE}rules/xianshi-banjie/`);
    await expect(search.page.locator(".search-suggest").isVisible()).resolves.toBe(false);
    await search.page.goBack();
    await search.page.waitForFunction(
      () => (document.querySelector("#search-q") as HTMLInputElement).value === "限时办理",
    );
    await search.close();
  });
});

describe("filters, sorting and the URL", () => {
  it("filters by collection, status and department, with counts", async () => {
    const search = await SearchPage.open();
    await search.search("制度");
    await search.choose("collection", "规章制度");
    expect((await search.hrefs()).every((h) => h?.startsWith(`${BASE}rules/`))).toBe(true);
    await search.choose("status", "已修改");
    expect(await search.hrefs()).toEqual([`${BASE}rules/xianshi-banjie-2023/`]);
    const option = await search.page.locator('select[name="status"] option[value="已修改"]').textContent();
    expect(option).toBe("已修改（1）");
    await search.close();
  });

  it("filters articles by department without a query", async () => {
    const search = await SearchPage.open("?department=组织股");
    const hrefs = await search.hrefs();
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h?.startsWith(`${BASE}articles/`))).toBe(true);
    await search.close();
  });

  it("sorts by date, newest first", async () => {
    const search = await SearchPage.open(
      "?q=%E5%88%B6%E5%BA%A6&collection=%E8%A7%84%E7%AB%A0%E5%88%B6%E5%BA%A6&sort=date",
    );
    const dates = await search.page.locator(".search-hit-meta").evaluateAll((metas) =>
      metas.map((m) =>
        /(\d{4})年(\d+)月(\d+)日/
          .exec(m.textContent ?? "")!
          .slice(1)
          .map(Number),
      ),
    );
    const keys = dates.map(([y, m, d]) => y! * 10000 + m! * 100 + d!);
    expect(keys.length).toBeGreaterThan(3);
    expect(keys).toEqual([...keys].sort((a, b) => b - a));
    await search.close();
  });

  it("on a phone, folds the filters so that results show without scrolling, and names the filters in use", async () => {
    const search = await SearchPage.open(
      "?q=%E5%88%B6%E5%BA%A6&collection=%E8%A7%84%E7%AB%A0%E5%88%B6%E5%BA%A6",
      {
        phone: true,
      },
    );
    const page = search.page;
    const panel = page.locator("details.filters");
    const isOpen = () => panel.evaluate((details) => (details as HTMLDetailsElement).open);
    await expect(isOpen()).resolves.toBe(false);
    await expect(panel.locator("summary").textContent()).resolves.toBe("筛选和排序（已选：栏目 规章制度）");
    const firstResult = await page.locator(".search-hit h3").first().boundingBox();
    expect(firstResult!.y + firstResult!.height).toBeLessThanOrEqual(PHONE.height);
    // The search button stays beside the box.
    const [box, button] = await Promise.all([
      page.locator("#search-q").boundingBox(),
      page.locator(".query button").boundingBox(),
    ]);
    expect(button!.y).toBe(box!.y);
    // From the search button, Tab reaches the folded panel; Enter opens it and Tab goes on into the menus.
    await page.locator(".query button").focus();
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe("SUMMARY");
    await page.keyboard.press("Enter");
    await expect(isOpen()).resolves.toBe(true);
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("name"))).resolves.toBe(
      "collection",
    );
    await search.close();
    // On a wide screen the menus are open from the start.
    const desktop = await SearchPage.open();
    await expect(
      desktop.page.locator("details.filters").evaluate((details) => (details as HTMLDetailsElement).open),
    ).resolves.toBe(true);
    await desktop.close();
  });

  it("when the filters leave nothing, clears them all with one button, keeping the query", async () => {
    const search = await SearchPage.open(
      `?q=${encodeURIComponent("限时办结")}&collection=${encodeURIComponent("推荐书目")}`,
    );
    const clear = search.page.locator(".search-clear");
    await expect(search.status()).resolves.toMatch(/没有找到/);
    await expect(clear.isVisible()).resolves.toBe(true);
    await clear.click();
    await search.settled();
    expect((await search.hrefs())[0]).toBe(`${BASE}rules/xianshi-banjie/`);
    const url = new URL(search.page.url());
    expect([url.searchParams.get("q"), url.searchParams.get("collection")]).toEqual(["限时办结", null]);
    await expect(search.page.locator('select[name="collection"]').inputValue()).resolves.toBe("");
    await expect(clear.isVisible()).resolves.toBe(false);
    // Focus stays in the form rather than on a button that is gone.
    await expect(search.page.evaluate(() => document.activeElement?.id)).resolves.toBe("search-q");
    await search.close();
    // With results, there is no such button: the filters are changed in their menus.
    const filtered = await SearchPage.open(
      `?q=${encodeURIComponent("限时办结")}&collection=${encodeURIComponent("规章制度")}`,
    );
    await expect(filtered.page.locator(".search-hit").count()).resolves.toBeGreaterThan(0);
    await expect(filtered.page.locator(".search-clear").isVisible()).resolves.toBe(false);
    await filtered.close();
  });

  it("keeps the search in the URL: shareable, reloadable, and the back button works", async () => {
    const search = await SearchPage.open();
    await search.search("限时办结");
    expect(new URL(search.page.url()).searchParams.get("q")).toBe("限时办结");
    await search.search("首问负责");
    await search.page.goBack();
    await search.page.waitForFunction(
      () => (document.querySelector("#search-q") as HTMLInputElement).value === "限时办结",
    );
    await search.settled();
    await search.page.reload();
    await search.settled();
    await expect(search.page.locator("#search-q").inputValue()).resolves.toBe("限时办结");
    expect((await search.hrefs())[0]).toBe(`${BASE}rules/xianshi-banjie/`);
    await search.close();
  });
});

describe("search for everyone", () => {
  it("the header search box on any page leads to the results", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}${BASE}rules/`);
    await page.locator("#site-search-q").fill("限时办结");
    await page.locator("#site-search-q").press("Enter");
    await page.waitForSelector("zg-search[data-state=ready]");
    expect(await page.locator(".search-hit h3 a").first().getAttribute("href")).toBe(
      `${BASE}rules/xianshi-banjie/`,
    );
    await context.close();
  });

  it("works with the keyboard alone, announcing results to screen readers", async () => {
    const search = await SearchPage.open();
    const page = search.page;
    await page.locator("#search-q").focus();
    await page.keyboard.type("个人重大事项");
    await page.keyboard.press("Enter");
    await search.settled();
    await expect(page.locator(".search-status").getAttribute("role")).resolves.toBe("status");
    await expect(search.status()).resolves.toMatch(/找到 \d+ 条/);
    // Tab from the search button reaches the filters, then the results' links.
    let reachedResult = false;
    for (let i = 0; i < 20 && !reachedResult; i++) {
      await page.keyboard.press("Tab");
      reachedResult = await page.evaluate(() => !!document.activeElement?.closest(".search-hit"));
    }
    expect(reachedResult).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForURL(/zhongda-shixiang-baogao/);
    await search.close();
  });

  it("fetches the index files while the reader types, so that Enter needs none", async () => {
    const search = await SearchPage.open();
    const page = search.page;
    const indexRequests = () => search.requests.filter((url) => /\/pagefind\/index\//.test(url)).length;
    const before = indexRequests();
    const loaded = page.waitForResponse((response) => /\/pagefind\/index\//.test(response.url()));
    await page.locator("#search-q").focus();
    await page.keyboard.type("个人重大事项");
    await loaded;
    const whileTyping = indexRequests();
    expect(whileTyping).toBeGreaterThan(before);
    await page.keyboard.press("Enter");
    await search.settled();
    await expect(search.status()).resolves.toMatch(/找到 \d+ 条/);
    expect(indexRequests()).toBe(whileTyping);
    await search.close();
  });

  it("keeps the results in place while a slow search runs, saying that it is searching", async () => {
    const search = await SearchPage.open();
    await search.search("限时办结");
    const before = await search.hrefs();
    // A slow connection: the next search's index and page files take a second and a half.
    await search.page.route("**/pagefind/**", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await search.page.locator("#search-q").fill("个人重大事项报告");
    await search.page.locator("#search-q").press("Enter");
    await search.page.waitForFunction(() =>
      /正在搜索/.test(document.querySelector(".search-status")?.textContent ?? ""),
    );
    await expect(search.hrefs()).resolves.toEqual(before);
    await search.settled();
    await expect(search.status()).resolves.toMatch(/找到 \d+ 条与“个人重大事项报告”相关的结果/);
    await expect(search.hrefs()).resolves.toContain(`${BASE}rules/zhongda-shixiang-baogao/`);
    await search.close();
  });

  it("says so when the index cannot be loaded, and searches again once it can", async () => {
    const search = await SearchPage.open();
    await search.search("限时办结");
    // The connection drops: no index or page file arrives.
    await search.page.route("**/pagefind/**", (route) => route.abort());
    await search.search("个人重大事项报告");
    await expect(search.status()).resolves.toMatch(/搜索没有完成.*请检查网络后重试/);
    await search.page.unroute("**/pagefind/**");
    await search.search("个人重大事项报告");
    await expect(search.hrefs()).resolves.toContain(`${BASE}rules/zhongda-shixiang-baogao/`);
    await search.close();
  });

  it("shows ten results at a time; “显示更多结果” adds the next ones and moves focus to the first of them", async () => {
    const search = await SearchPage.open();
    await search.search("示例");
    const more = search.page.locator(".search-more");
    await expect(search.page.locator(".search-hit").count()).resolves.toBe(10);
    await expect(more.isVisible()).resolves.toBe(true);
    const firstTen = await search.hrefs();
    await more.click();
    await search.page.waitForFunction(() => document.querySelectorAll(".search-hit").length > 10);
    const all = await search.hrefs();
    expect(all.slice(0, 10)).toEqual(firstTen);
    expect(new Set(all).size).toBe(all.length);
    await expect(
      search.page.evaluate(
        () => document.activeElement?.closest(".search-hit") === document.querySelectorAll(".search-hit")[10],
      ),
    ).resolves.toBe(true);
    await search.close();
  });

  it("keeps the results shown when the next ones cannot be loaded, and loads them on the next try", async () => {
    const search = await SearchPage.open();
    await search.search("示例");
    const more = search.page.locator(".search-more");
    await search.page.route("**/pagefind/**", (route) => route.abort());
    await more.click();
    await search.page.waitForFunction(() =>
      /搜索没有完成/.test(document.querySelector(".search-status")?.textContent ?? ""),
    );
    await expect(search.page.locator(".search-hit").count()).resolves.toBe(10);
    await search.page.unroute("**/pagefind/**");
    await more.click();
    await search.page.waitForFunction(() => document.querySelectorAll(".search-hit").length > 10);
    // The same results as when nothing failed: none skipped, none twice.
    const uninterrupted = await SearchPage.open();
    await uninterrupted.search("示例");
    await uninterrupted.page.locator(".search-more").click();
    await uninterrupted.page.waitForFunction(() => document.querySelectorAll(".search-hit").length > 10);
    await expect(search.hrefs()).resolves.toEqual(await uninterrupted.hrefs());
    await uninterrupted.close();
    await search.close();
  });

  it.each([
    { name: "a phone", viewport: { width: 412, height: 823 } },
    { name: "an office PC", viewport: { width: 1280, height: 800 } },
  ])(
    "lets the results arrive without the page jumping on $name (layout shift ≤ 0.1)",
    async ({ viewport }) => {
      const context = await site.browser.newContext({ viewport });
      const page = await context.newPage();
      // The browser's own layout-shift entries, as Lighthouse's CLS counts them (not after input).
      await page.addInitScript(() => {
        const shifts: number[] = [];
        Object.assign(window, { shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[])
            if (!entry.hadRecentInput) shifts.push(entry.value);
        }).observe({ type: "layout-shift", buffered: true });
      });
      await page.goto(`${site.origin}${BASE}search/?q=${encodeURIComponent("限时办结")}`);
      await page.locator(".search-hit").first().waitFor();
      // Let late work (facet counts, fonts) land before adding up.
      await page.waitForTimeout(1000);
      const total = await page.evaluate(() =>
        (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0),
      );
      expect(await page.locator(".search-hit").count()).toBeGreaterThan(0);
      expect(total).toBeLessThanOrEqual(0.1);
      await context.close();
    },
  );

  it("loads nothing from another origin", async () => {
    const search = await SearchPage.open();
    await search.search("限时办结");
    expect(search.requests.filter((u) => !u.startsWith(site.origin))).toEqual([]);
    await search.close();
  });

  it("without JavaScript, says so and points to the lists and the site map", async () => {
    const search = await SearchPage.open("", { javaScriptEnabled: false });
    const message = search.page.locator(".search-noscript");
    await expect(message.isVisible()).resolves.toBe(true);
    await expect(message.textContent()).resolves.toContain("需要浏览器启用 JavaScript");
    await expect(message.locator(`a[href="${BASE}sitemap/"]`).count()).resolves.toBe(1);
    await search.close();
  });
});
