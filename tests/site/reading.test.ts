/**
 * The reading experience in Chromium against the built site under /portal/:
 * Chinese typography, regulation layout, tables on a phone, footnotes, the
 * compilation read as a book (progress, print page), printing, 复制引用, covers.
 */
import { describe, expect, inject, it } from "vitest";
import { PROGRESS_STORAGE_KEY } from "../../src/lib/reading/reading-progress.ts";
import { useBrowserSite } from "../helpers/browser-site.ts";

const site = useBrowserSite(() => inject("portalDist"), "/portal/");
const RULE = "rules/ba-buzhun/";
const RULE_WITH_TABLE = "rules/xianshi-banjie/";
const ARTICLE = "articles/gongwuyuan-pingshi-kaohe-2025/";
/** An article not published elsewhere: cited as an online source. */
const ONLINE_ARTICLE = "articles/ganbu-jiandu-2025/";

/** Chapter ids and titles in the order of the contents page. */
async function chaptersInOrder() {
  const { page, close } = await site.open("study/");
  const chapters = await page.$$eval("[data-chapter-id]", (items) =>
    items.map((li) => ({
      id: (li as HTMLElement).dataset.chapterId as string,
      title: li.querySelector("a")?.textContent ?? "",
    })),
  );
  await close();
  return chapters;
}

describe("Chinese typography", () => {
  it("sets body text justified, 1.5–2.0 line height, at most about 40 characters a line, with system fonts only", async () => {
    const { page, problems, close } = await site.open(ARTICLE);
    const style = await page.$eval(".prose p", (p) => {
      const s = getComputedStyle(p);
      const prose = p.closest(".prose") as HTMLElement;
      return {
        textAlign: s.textAlign,
        lineHeight: parseFloat(s.lineHeight) / parseFloat(s.fontSize),
        charsPerLine: prose.clientWidth / parseFloat(s.fontSize),
        lineBreak: s.getPropertyValue("line-break"),
        fontFamily: s.fontFamily,
        fontFaces: document.fonts.size,
      };
    });
    expect(style.textAlign).toBe("justify");
    expect(style.lineHeight).toBeGreaterThanOrEqual(1.5);
    expect(style.lineHeight).toBeLessThanOrEqual(2.0);
    expect(style.charsPerLine).toBeLessThanOrEqual(41);
    expect(style.charsPerLine).toBeGreaterThan(30);
    expect(style.lineBreak).toBe("strict");
    expect(style.fontFamily).toMatch(/PingFang SC|Microsoft YaHei|Noto Sans CJK SC/);
    expect(style.fontFaces).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });

  it("uses one paragraph convention: a two-character indent and no gap between paragraphs", async () => {
    const { page, close } = await site.open(ARTICLE);
    const paragraphs = await page.$$eval(".prose > p + p", (ps) =>
      ps.map((p) => {
        const s = getComputedStyle(p);
        return { indent: parseFloat(s.textIndent) / parseFloat(s.fontSize), gap: parseFloat(s.marginTop) };
      }),
    );
    expect(paragraphs.length).toBeGreaterThan(3);
    for (const p of paragraphs) expect(p).toEqual({ indent: 2, gap: 0 });
    await close();
  });

  it("sets each 第N条 with a hanging indent and a visible link to that article", async () => {
    const { page, close } = await site.open(RULE);
    const article = await page.$eval("p.article#art-3", (p) => {
      const s = getComputedStyle(p);
      const number = p.querySelector("a.article-no") as HTMLAnchorElement;
      const lines = p.getClientRects();
      return {
        indent: parseFloat(s.textIndent),
        padding: parseFloat(s.paddingLeft),
        numberLeft: number.getBoundingClientRect().left,
        boxLeft: p.getBoundingClientRect().left,
        href: number.getAttribute("href"),
        numberText: number.textContent,
        weight: getComputedStyle(number).fontWeight,
        lines: lines.length,
      };
    });
    expect(article.indent).toBeLessThan(0);
    expect(article.padding).toBe(-article.indent);
    // The number sticks out to the left edge of the article box.
    expect(Math.round(article.numberLeft)).toBe(Math.round(article.boxLeft));
    expect(article.href).toBe("#art-3");
    expect(article.numberText).toBe("第三条");
    expect(Number(article.weight)).toBeGreaterThanOrEqual(600);
    await close();
  });

  it("copies a deep link when a reader follows an article number", async () => {
    const { page, close } = await site.open(RULE, { permissions: ["clipboard-read", "clipboard-write"] });
    await page.click("#art-5 a.article-no");
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(site.url(`${RULE}#art-5`));
    expect(page.url()).toBe(site.url(`${RULE}#art-5`));
    await expect.poll(() => page.textContent("[data-article-link-status]")).toBe("已复制第五条的链接");
    await close();
  });

  it("keeps a wide table scrolling inside itself on a 360 px phone, reachable by keyboard", async () => {
    const { page, close } = await site.open(RULE_WITH_TABLE, { width: 360 });
    const layout = await page.evaluate(() => {
      const box = document.querySelector(".prose .table-scroll") as HTMLElement;
      return {
        pageOverflow: document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth,
        boxRight: box.getBoundingClientRect().right,
        viewport: window.innerWidth,
        overflowX: getComputedStyle(box).overflowX,
        focusable: box.tabIndex,
        label: box.getAttribute("aria-label"),
      };
    });
    expect(layout.pageOverflow).toBeLessThanOrEqual(0);
    expect(layout.boxRight).toBeLessThanOrEqual(layout.viewport);
    expect(layout.overflowX).toBe("auto");
    expect(layout.focusable).toBe(0);
    expect(layout.label).toBe("表格（可左右滚动）");
    await close();
  });

  it("links footnotes both ways", async () => {
    const { page, close } = await site.open(ARTICLE);
    const ref = page.locator("[data-footnote-ref]").first();
    const refId = await ref.getAttribute("id");
    await ref.click();
    const note = page.locator(":target");
    await expect.poll(() => note.getAttribute("id")).toMatch(/fn-1$/);
    await note.locator("[data-footnote-backref]").click();
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash.slice(1)))).toBe(refId);
    await close();
  });
});

describe("the compilation as a book", () => {
  it("remembers the chapter last opened and the chapters finished, on the contents page as 继续阅读", async () => {
    const chapters = await chaptersInOrder();
    expect(chapters.length).toBeGreaterThan(2);
    const [first, second] = chapters as [(typeof chapters)[0], (typeof chapters)[0]];
    const { page, close } = await site.open(`study/${first.id}/`);
    await page.locator("[data-chapter-end]").scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key), PROGRESS_STORAGE_KEY))
      .toContain(`"finished":["${first.id}"]`);
    await page.goto(site.url(`study/${second.id}/`));
    await page.goto(site.url("study/"));

    const resume = page.locator("[data-resume-link]");
    await expect.poll(() => resume.textContent()).toBe(second.title);
    expect(await resume.getAttribute("href")).toBe(`/portal/study/${second.id}/`);
    expect(await page.isVisible(`[data-chapter-id="${first.id}"] [data-read-badge]`)).toBe(true);
    expect(await page.isVisible(`[data-chapter-id="${second.id}"] [data-read-badge]`)).toBe(false);
    expect(await page.textContent("[data-finished-count]")).toBe(`已读完 1 / ${chapters.length} 章`);

    await page.click("[data-progress-clear]");
    expect(await page.isVisible("[data-reading-progress]")).toBe(false);
    expect(await page.isVisible("[data-read-badge]")).toBe(false);
    expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_STORAGE_KEY)).toBeNull();
    expect(await page.textContent("[data-progress-status]")).toBe("阅读记录已清除");
    await close();
  });

  it("offers the next unread chapter once the last one was read to the end", async () => {
    const [first, second] = await chaptersInOrder();
    const { page, close } = await site.open(`study/${first!.id}/`);
    await page.locator("[data-chapter-end]").scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key), PROGRESS_STORAGE_KEY))
      .toContain(`"finished":["${first!.id}"]`);
    await page.goto(site.url("study/"));
    await expect.poll(() => page.textContent("[data-resume-link]")).toBe(second!.title);
    await close();
  });

  it("keeps working when the browser refuses storage", async () => {
    const { page, problems, close } = await site.open("study/");
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("denied", "SecurityError");
        },
      });
    });
    const chapter = await page.getAttribute("[data-chapter-id] a", "href");
    await page.goto(`${site.origin}${chapter}`);
    await page.locator("[data-chapter-end]").scrollIntoViewIfNeeded();
    await page.goto(site.url("study/"));
    expect(await page.isVisible("[data-reading-progress]")).toBe(false);
    expect(problems).toEqual([]);
    await close();
  });

  it("shows none of it without JavaScript, and the page still reads", async () => {
    const { page, close } = await site.open("study/", { javaScriptEnabled: false });
    expect(await page.isVisible("[data-reading-progress]")).toBe(false);
    expect(await page.locator("[data-chapter-id] a").count()).toBeGreaterThan(2);
    await close();
  });

  it("prints the whole compilation: reachable from the contents, contents first, every chapter in order on a new page", async () => {
    const chapters = await chaptersInOrder();
    const { page, problems, close } = await site.open("study/");
    await page.click("text=打印整本选编");
    await page.waitForURL(site.url("study/print/"));
    const book = await page.evaluate(() => {
      const contents = document.querySelector(".book-contents") as HTMLElement;
      const sections = [...document.querySelectorAll<HTMLElement>(".book-chapter")];
      const ids = [...document.querySelectorAll("[id]")].map((el) => el.id);
      const links = [...contents.querySelectorAll("a")].map((a) => a.getAttribute("href") as string);
      return {
        contentsFirst: sections.every(
          (s) => contents.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING,
        ),
        order: sections.map((s) => s.id.replace(/^chapter-/, "")),
        titles: sections.map((s) => s.querySelector("h2")?.textContent),
        duplicateIds: ids.filter((id, i) => ids.indexOf(id) !== i),
        brokenContentsLinks: links.filter((href) => !document.getElementById(href.slice(1))),
        articles: document.querySelectorAll(".book-chapter p.article").length,
        brokenArticleLinks: [
          ...document.querySelectorAll<HTMLAnchorElement>(".book-chapter a.article-no"),
        ].filter((a) => !document.getElementById(decodeURIComponent(a.hash.slice(1)))).length,
      };
    });
    expect(book.contentsFirst).toBe(true);
    expect(book.order).toEqual(chapters.map((c) => c.id));
    expect(book.titles).toEqual(chapters.map((c) => c.title));
    expect(book.duplicateIds).toEqual([]);
    expect(book.brokenContentsLinks).toEqual([]);
    expect(book.articles).toBeGreaterThan(100);
    expect(book.brokenArticleLinks).toBe(0);

    await page.emulateMedia({ media: "print" });
    const breaks = await page.$$eval(".book-contents, .book-chapter", (els) =>
      els.map((el) => getComputedStyle(el).breakBefore),
    );
    expect(breaks).toEqual(Array(chapters.length + 1).fill("page"));
    expect(problems).toEqual([]);
    await close();
  });
});

describe("printing", () => {
  it("prints a rule on A4 without navigation, header, search or buttons, keeping the metadata table", async () => {
    const { page, close } = await site.open(RULE);
    await page.emulateMedia({ media: "print" });
    const shown = await page.evaluate(() =>
      Object.fromEntries(
        [
          ".site-header",
          ".site-nav",
          ".breadcrumbs",
          ".site-footer",
          ".toc",
          "[data-print-button]",
          "#site-search-q",
          ".rule-meta",
          "h1",
          ".prose",
        ].map((selector) => {
          const el = document.querySelector(selector);
          return [
            selector,
            el
              ? getComputedStyle(el).display !== "none" && (el as HTMLElement).offsetParent !== null
              : "missing",
          ];
        }),
      ),
    );
    expect(shown).toEqual({
      ".site-header": false,
      ".site-nav": false,
      ".breadcrumbs": false,
      ".site-footer": false,
      ".toc": false,
      "[data-print-button]": false,
      "#site-search-q": false,
      ".rule-meta": true,
      h1: true,
      ".prose": true,
    });
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
    const box = pdf.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
    // A4 is 210 × 297 mm = 595 × 842 pt.
    expect(Math.round(Number(box?.[1]))).toBeCloseTo(595, -1);
    expect(Math.round(Number(box?.[2]))).toBeCloseTo(842, -1);
    await close();
  });

  it("prints the address of an external link after its text", async () => {
    const { page, close } = await site.open(ARTICLE);
    await page.emulateMedia({ media: "print" });
    const after = await page.$eval(
      '.prose a[href^="https://"]',
      (a) => getComputedStyle(a, "::after").content,
    );
    expect(after).toContain("https://flk.npc.gov.cn/");
    await page.emulateMedia({ media: "screen" });
    expect(
      await page.$eval('.prose a[href^="https://"]', (a) => getComputedStyle(a, "::after").content),
    ).toBe("none");
    await close();
  });

  it("has a 打印本页 button that opens the print dialog, and none without JavaScript", async () => {
    const { page, close } = await site.open(RULE);
    await page.evaluate(() => {
      window.print = () => void document.documentElement.setAttribute("data-printed", "yes");
    });
    await page.getByRole("button", { name: "打印本页" }).click();
    expect(await page.getAttribute("html", "data-printed")).toBe("yes");
    await close();

    for (const path of [RULE, ARTICLE, "study/print/"]) {
      const noJs = await site.open(path, { javaScriptEnabled: false });
      expect(await noJs.page.locator("[data-print-button]").count()).toBe(1);
      expect(await noJs.page.isVisible("[data-print-button]")).toBe(false);
      await noJs.close();
    }
  });
});

describe("books and articles", () => {
  it("copies a GB/T 7714 reference with today's date as 引用日期", async () => {
    const { page, close } = await site.open(ONLINE_ARTICLE, {
      permissions: ["clipboard-read", "clipboard-write"],
    });
    const title = (await page.textContent("h1")) ?? "";
    await page.getByRole("button", { name: "复制引用" }).click();
    await expect.poll(() => page.textContent("[data-citation-status]")).toBe("已复制引用");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    });
    expect(copied).toContain(`. ${title}[`);
    expect(copied).toMatch(/^[^.]+\. /);
    expect(copied).toContain(`[EB/OL]. (`);
    expect(copied).toContain(`)[${today}]. `);
    expect(
      copied.endsWith(`${site.url(ONLINE_ARTICLE).replace(site.origin, "https://zugong.example.com")}.`),
    ).toBe(true);
    expect(await page.textContent("[data-citation-text]")).toBe(copied);
    await close();
  });

  it("cites an article published elsewhere by its publication", async () => {
    const { page, close } = await site.open(ARTICLE);
    expect(await page.textContent("[data-citation-text]")).toMatch(/\[J\]\. 示例县组工信息, \d{4}\.$/);
    await close();
  });

  it("shows the reference as text without JavaScript, without the button", async () => {
    const { page, close } = await site.open(ARTICLE, { javaScriptEnabled: false });
    expect(await page.textContent("[data-citation-text]")).toMatch(/\[(EB\/OL|J|N)\]/);
    expect(await page.isVisible("[data-copy-citation]")).toBe(false);
    await close();
  });

  it("shows an optimised cover image with its size when given, a text cover otherwise", async () => {
    const { page, close } = await site.open("books/");
    const covers = await page.$$eval(".book-cover", (els) =>
      els.map((el) =>
        el instanceof HTMLImageElement
          ? {
              kind: "image",
              src: el.getAttribute("src"),
              width: el.getAttribute("width"),
              height: el.getAttribute("height"),
              alt: el.alt,
            }
          : { kind: "text", text: el.textContent?.trim() },
      ),
    );
    const image = covers.find((c) => c.kind === "image");
    expect(image).toMatchObject({ width: "120", height: "160", alt: "《乡土中国》封面" });
    expect(image?.src).toMatch(/\/portal\/_astro\/.+\.webp$/);
    expect(covers.filter((c) => c.kind === "text").length).toBeGreaterThan(0);
    expect(covers.every((c) => c.kind === "image" || (c.text ?? "").length > 0)).toBe(true);
    await close();
  });
});
