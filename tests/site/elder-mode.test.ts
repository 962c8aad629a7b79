/**
 * 长者模式 and 语音朗读 in Chromium against the built site under /portal/, sent
 * with the production security headers (the strict CSP included): the header
 * entry by keyboard, what it changes, that it is in place before first paint,
 * the single controls in 阅读设置, reflow at 320 px, and the read-aloud
 * controls with the browser's speech synthesis replaced at the API boundary
 * (window.speechSynthesis and SpeechSynthesisUtterance) by a recording fake.
 */
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { SECURITY_HEADERS } from "../../deploy/policy.ts";
import { STORAGE_KEY } from "../../src/lib/reading/preferences.ts";
import { useBrowserSite } from "../helpers/browser-site.ts";

const site = useBrowserSite(() => inject("portalDist"), "/portal/", { headers: { ...SECURITY_HEADERS } });

const RULE = "rules/ba-buzhun/";
const CHAPTER = "study/gongwuyuan-fa/";
const ARTICLE = "articles/nianqing-ganbu-2025/";
const BOOK = "books/xiangtu-zhongguo/";
const ELDER = { font: "xxlarge", spacing: "wide", cursor: "large" };

/** The reading-preference attributes on <html>, all of them. */
const modeAttributes = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      ["data-font", "data-contrast", "data-spacing", "data-cursor", "data-theme"]
        .map((name) => [name, document.documentElement.getAttribute(name)])
        .filter(([, value]) => value !== null),
    ),
  );

const rootFontSize = (page: Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

/** Opens a page with preferences already stored, as a returning reader has them. */
async function openStored(urlPath: string, prefs: object, width = 1280) {
  const opened = await site.open("", { width });
  await opened.page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    STORAGE_KEY,
    JSON.stringify(prefs),
  ] as const);
  await opened.page.goto(site.url(urlPath));
  return opened;
}

describe("长者模式 in the header", () => {
  it("is reached with Tab, switched on with Enter and off with Space, and says whether it is on", async () => {
    const { page, problems, close } = await site.open(RULE);
    const standard = await rootFontSize(page);
    const elder = page.locator("button.elder-toggle");
    expect(await elder.textContent()).toBe("长者模式");
    expect(await elder.getAttribute("aria-pressed")).toBe("false");

    let tabs = 0;
    while (!(await elder.evaluate((el) => el === document.activeElement)) && tabs < 20) {
      await page.keyboard.press("Tab");
      tabs += 1;
    }
    expect(tabs, "Tab presses to reach 长者模式").toBeLessThan(20);

    await page.keyboard.press("Enter");
    expect(await elder.getAttribute("aria-pressed")).toBe("true");
    expect(await modeAttributes(page)).toEqual({
      "data-font": "xxlarge",
      "data-spacing": "wide",
      "data-cursor": "large",
    });
    expect(await rootFontSize(page)).toBeCloseTo(standard * 2);
    expect(JSON.parse((await stored(page)) ?? "{}")).toEqual(ELDER);
    // Focus stays on the button, so a second press undoes the first.
    expect(await elder.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.press("Space");
    expect(await elder.getAttribute("aria-pressed")).toBe("false");
    expect(await modeAttributes(page)).toEqual({});
    expect(await rootFontSize(page)).toBeCloseTo(standard);
    expect(await stored(page)).toBeNull();
    expect(problems).toEqual([]);
    await close();
  });

  it("is remembered: after a reload and on the next page it is still on, and shown pressed", async () => {
    const { page, close } = await site.open(RULE);
    await page.locator("button.elder-toggle").click();
    await page.reload();
    expect(await modeAttributes(page)).toEqual({
      "data-font": "xxlarge",
      "data-spacing": "wide",
      "data-cursor": "large",
    });
    expect(await page.locator("button.elder-toggle").getAttribute("aria-pressed")).toBe("true");
    await page.goto(site.url(ARTICLE));
    expect(await page.locator("button.elder-toggle").getAttribute("aria-pressed")).toBe("true");
    await close();
  });

  it("keeps the reader's own 高对比度 and 配色 when switched on and off", async () => {
    const { page, close } = await openStored(RULE, { contrast: "high", theme: "dark" });
    const elder = page.locator("button.elder-toggle");
    await elder.click();
    expect(await modeAttributes(page)).toEqual({
      "data-font": "xxlarge",
      "data-contrast": "high",
      "data-spacing": "wide",
      "data-cursor": "large",
      "data-theme": "dark",
    });
    await elder.click();
    expect(await modeAttributes(page)).toEqual({ "data-contrast": "high", "data-theme": "dark" });
    await close();
  });

  it("is in place before first paint: set before <body> exists, button shown pressed, nothing in the header shifts", async () => {
    for (const prefs of [ELDER, {}]) {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(
        ([key, value]) => {
          if (value) localStorage.setItem(key, value);
          const record = window as unknown as { atBody?: Record<string, string | null>; shifts: string[] };
          record.shifts = [];
          // The moment <body> is inserted, nothing of it has been painted yet.
          new MutationObserver((_, observer) => {
            if (!document.body) return;
            const root = document.documentElement;
            record.atBody = Object.fromEntries(
              ["data-font", "data-spacing", "data-cursor", "data-js"].map((n) => [n, root.getAttribute(n)]),
            );
            observer.disconnect();
          }).observe(document, { childList: true, subtree: true });
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as {
              sources: { node?: Node | null }[];
            }[])
              for (const source of entry.sources)
                if (source.node instanceof Element && source.node.closest("header"))
                  record.shifts.push(source.node.outerHTML.slice(0, 80));
          }).observe({ type: "layout-shift", buffered: true });
        },
        [STORAGE_KEY, Object.keys(prefs).length > 0 ? JSON.stringify(prefs) : ""] as const,
      );
      const page = await context.newPage();
      await page.goto(site.url(RULE));
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(300);
      const result = await page.evaluate(() => {
        const record = window as unknown as { atBody: object; shifts: string[] };
        return { atBody: record.atBody, shifts: record.shifts };
      });
      const elder = Object.keys(prefs).length > 0;
      expect(result.atBody).toEqual({
        "data-font": elder ? "xxlarge" : null,
        "data-spacing": elder ? "wide" : null,
        "data-cursor": elder ? "large" : null,
        "data-js": "",
      });
      expect(result.shifts, JSON.stringify(prefs)).toEqual([]);
      // The pressed look follows the attributes on <html>, so it needs no script.
      const looks = await page
        .locator("button.elder-toggle")
        .evaluate((el) => getComputedStyle(el).fontWeight);
      expect(Number(looks) >= 700, JSON.stringify(prefs)).toBe(elder);
      await context.close();
    }
  });

  it("is absent without JavaScript, like the rest of 阅读设置", async () => {
    const { page, close } = await site.open(RULE, { javaScriptEnabled: false });
    expect(await page.locator("button.elder-toggle").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "朗读全文" }).isVisible()).toBe(false);
    expect(await page.locator("main h1").isVisible()).toBe(true);
    await close();
  });
});

describe("长者模式 on the page", () => {
  it("sets the text at 200 %, paragraphs apart with looser lines, and the large pointer from the site's own files", async () => {
    const measure = async (prefs: object) => {
      const { page, problems, close } = await openStored(ARTICLE, prefs);
      await page.mouse.move(400, 400);
      const facts = await page.evaluate(() => {
        const p = document.querySelector(".prose > p + p") as HTMLElement;
        const style = getComputedStyle(p);
        return {
          fontSize: parseFloat(style.fontSize),
          lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
          gap: parseFloat(style.marginTop) / parseFloat(style.fontSize),
          cursor: getComputedStyle(document.body).cursor,
          linkCursor: getComputedStyle(document.querySelector("main a[href]") as Element).cursor,
          buttonCursor: getComputedStyle(document.querySelector("button.elder-toggle") as Element).cursor,
          inputCursor: getComputedStyle(document.querySelector("#site-search-q") as Element).cursor,
        };
      });
      await close();
      return { ...facts, problems };
    };
    const standard = await measure({});
    const elder = await measure(ELDER);
    expect(elder.fontSize / standard.fontSize).toBeCloseTo(2);
    expect(standard.gap).toBe(0);
    // Paragraph pitch at least 1.3 × the line pitch (MIIT ageing-friendly rules).
    expect((elder.lineHeight + elder.gap) / elder.lineHeight).toBeGreaterThanOrEqual(1.3);
    expect(elder.lineHeight).toBeGreaterThan(standard.lineHeight);
    expect(standard.cursor).toBe("auto");
    expect(elder.cursor).toMatch(
      /^url\("http:\/\/[^"]+\/portal\/_astro\/arrow\.[\w-]+\.svg"\) 5 3, default$/,
    );
    expect(elder.linkCursor).toMatch(/\/portal\/_astro\/pointer\.[\w-]+\.svg"\) 20 3, pointer$/);
    expect(elder.buttonCursor).toMatch(/pointer\.[\w-]+\.svg"\) 20 3, pointer$/);
    expect(elder.inputCursor).toMatch(/text\.[\w-]+\.svg"\) 24 24, text$/);
    expect(elder.problems).toEqual([]);
  });

  it("serves the pointer images as SVG from the site, allowed by the strict CSP", async () => {
    const { page, close } = await openStored(ARTICLE, ELDER);
    const violations: string[] = [];
    page.on("console", (m) => /Content.Security.Policy|Refused/i.test(m.text()) && violations.push(m.text()));
    const urls = await page.evaluate(() =>
      [document.body, document.querySelector("main a[href]"), document.querySelector("#site-search-q")].map(
        (el) => /url\("([^"]+)"\)/.exec(getComputedStyle(el as Element).cursor)?.[1] ?? "",
      ),
    );
    for (const url of urls) {
      expect(url.startsWith(site.origin)).toBe(true);
      const response = await page.request.get(url);
      expect(response.status(), url).toBe(200);
      expect(response.headers()["content-type"], url).toMatch(/^image\/svg\+xml/);
    }
    await page.mouse.move(300, 300);
    await page.mouse.move(320, 360);
    expect(violations).toEqual([]);
    await close();
  });

  it.each([
    RULE,
    "rules/xianshi-banjie/",
    CHAPTER,
    ARTICLE,
    BOOK,
    "",
    "rules/",
    "study/",
    "books/",
    "articles/",
    "programme/",
    "programme/stats/2026/",
    "search/?q=%E9%99%90%E6%97%B6%E5%8A%9E%E7%BB%93",
  ])("/portal/%s fits a 320 px phone in 长者模式, 阅读设置 open (no sideways scrolling)", async (urlPath) => {
    const { page, close } = await openStored(urlPath, ELDER, 320);
    await page.locator(".prefs-toggle").click();
    const overflow = await page.evaluate(() => {
      const root = document.scrollingElement as Element;
      const culprits = [...document.querySelectorAll("body *")]
        .filter((el) => !el.closest("table") && el.getBoundingClientRect().right > root.clientWidth + 1)
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}`);
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits };
    });
    expect(overflow.scrollWidth, overflow.culprits.join(", ")).toBeLessThanOrEqual(overflow.clientWidth);
    await close();
  });
});

describe("阅读设置: the single controls", () => {
  it("has 超大, 段落加宽 and 大鼠标, and 长者模式 shows pressed exactly when all three are on", async () => {
    const { page, problems, close } = await site.open(RULE);
    const standard = await rootFontSize(page);
    const elder = page.locator("button.elder-toggle");
    await page.locator(".prefs-toggle").click();
    const xxlarge = page.locator('button[data-pref="font"][value="xxlarge"]');
    const spacing = page.getByRole("button", { name: "段落加宽" });
    const cursor = page.getByRole("button", { name: "大鼠标" });
    expect(await xxlarge.textContent()).toContain("超大");

    await xxlarge.click();
    expect(await rootFontSize(page)).toBeCloseTo(standard * 2);
    await spacing.click();
    expect(await spacing.getAttribute("aria-pressed")).toBe("true");
    expect(await elder.getAttribute("aria-pressed")).toBe("false");
    await cursor.click();
    expect(await cursor.getAttribute("aria-pressed")).toBe("true");
    expect(await elder.getAttribute("aria-pressed")).toBe("true");
    expect(JSON.parse((await stored(page)) ?? "{}")).toEqual(ELDER);

    // Any part changed: no longer 长者模式; pressing it completes the bundle again.
    await page.locator('button[data-pref="font"][value="xlarge"]').click();
    expect(await elder.getAttribute("aria-pressed")).toBe("false");
    await elder.click();
    expect(await xxlarge.getAttribute("aria-pressed")).toBe("true");

    // 长者模式 off clears the three single controls too.
    await elder.click();
    for (const button of [xxlarge, spacing, cursor])
      expect(await button.getAttribute("aria-pressed")).toBe("false");
    expect(
      await page.locator('button[data-pref="font"][value="standard"]').getAttribute("aria-pressed"),
    ).toBe("true");
    expect(problems).toEqual([]);
    await close();
  });

  it("has each new control labelled by its group, at least 44 × 44 px, in 长者模式 too", async () => {
    const { page, close } = await openStored(RULE, ELDER, 375);
    await page.locator(".prefs-toggle").click();
    const buttons = await page.locator("zg-reading-prefs button").evaluateAll((els) =>
      els.map((el) => {
        const group = el.closest("[role=group]")?.getAttribute("aria-labelledby");
        const box = el.getBoundingClientRect();
        return {
          name: `${group ? document.getElementById(group)?.textContent : "—"} ${el.textContent?.trim()}`,
          small: box.width < 44 || box.height < 44,
        };
      }),
    );
    expect(buttons.map((b) => b.name)).toEqual(
      expect.arrayContaining(["— 长者模式", "字号 超大", "间距 段落加宽", "鼠标 大鼠标"]),
    );
    expect(buttons.filter((b) => b.small)).toEqual([]);
    await close();
  });
});

/* ------------------------------------------------------------------ 语音朗读 */

/**
 * Replaces the browser's speech synthesis with a fake that records what the
 * page asks of it; the test fires the utterances' events. Its cancel() reports
 * an end for the utterance it cuts short, as some browsers do, so a page that
 * does not tell a cancelled utterance from a finished one would read on.
 */
function fakeSpeech() {
  const calls: string[] = [];
  class FakeUtterance extends EventTarget {
    text: string;
    lang = "";
    voice: unknown = null;
    rate = 1;
    pitch = 1;
    volume = 1;
    constructor(text = "") {
      super();
      this.text = text;
    }
  }
  const voices = [
    { name: "Samantha", lang: "en-US", localService: true, default: true, voiceURI: "samantha" },
    { name: "Meijia", lang: "zh-TW", localService: true, default: false, voiceURI: "meijia" },
    {
      name: "Google 普通话（中国大陆）",
      lang: "zh-CN",
      localService: false,
      default: false,
      voiceURI: "google",
    },
    { name: "Tingting", lang: "zh-CN", localService: true, default: false, voiceURI: "tingting" },
  ];
  const spoken: FakeUtterance[] = [];
  const fire = (u: FakeUtterance | undefined, type: string, extra: object = {}) => {
    if (!u) return;
    const event = Object.assign(new Event(type), { utterance: u, charIndex: 0, elapsedTime: 0 }, extra);
    u.dispatchEvent(event);
    const handler = (u as unknown as Record<string, unknown>)[`on${type}`];
    if (typeof handler === "function") handler.call(u, event);
  };
  const synth = {
    speaking: false,
    paused: false,
    pending: false,
    onvoiceschanged: null,
    addEventListener() {},
    removeEventListener() {},
    getVoices: () => voices,
    speak(u: FakeUtterance) {
      calls.push("speak");
      spoken.push(u);
      synth.speaking = true;
    },
    pause() {
      calls.push("pause");
      synth.paused = true;
    },
    resume() {
      calls.push("resume");
      synth.paused = false;
    },
    cancel() {
      calls.push("cancel");
      const current = synth.speaking ? spoken[spoken.length - 1] : undefined;
      synth.speaking = false;
      synth.paused = false;
      fire(current, "end");
    },
  };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  Object.defineProperty(window, "SpeechSynthesisUtterance", {
    value: FakeUtterance,
    configurable: true,
    writable: true,
  });
  (window as unknown as { fakeSpeech: object }).fakeSpeech = {
    calls,
    spoken,
    /** Fires `type` on the utterance spoken last (start, end, error …). */
    fire: (type: string, extra?: object) => {
      if (type === "end" || type === "error") synth.speaking = false;
      fire(spoken[spoken.length - 1], type, extra);
    },
  };
}

interface SpeechRecord {
  calls: string[];
  spoken: { text: string; lang: string; voice: { name: string } | null }[];
}

async function openWithSpeech(urlPath: string, options: { width?: number } = {}) {
  const opened = await site.open("", { reducedMotion: "reduce", ...options });
  await opened.page.addInitScript(fakeSpeech);
  await opened.page.goto(site.url(urlPath));
  const { page } = opened;
  const speech = () =>
    page.evaluate(() => {
      const fake = (window as unknown as { fakeSpeech: SpeechRecord }).fakeSpeech;
      return {
        calls: [...fake.calls],
        spoken: fake.spoken.map((u) => ({
          text: u.text,
          lang: u.lang,
          voice: u.voice && { name: u.voice.name },
        })),
      };
    });
  const fire = (type: string, extra?: object) =>
    page.evaluate(
      ([t, e]) =>
        (window as unknown as { fakeSpeech: { fire(t: string, e?: object): void } }).fakeSpeech.fire(t, e),
      [type, extra] as const,
    );
  /** The highlighted blocks: their text with the white space taken out. */
  const highlighted = () =>
    page.$$eval("[data-read-aloud-current]", (els) =>
      els.map((el) => ({ tag: el.localName, text: (el.textContent ?? "").replace(/\s/g, "") })),
    );
  const main = page.locator("[data-read-aloud-main]");
  const stop = page.locator("[data-read-aloud-stop]");
  const status = () => page.textContent("[data-read-aloud-status]");
  return { ...opened, speech, fire, highlighted, main, stop, status };
}

const compact = (text: string) => text.replace(/[\s，]/g, "");

describe("语音朗读 (read aloud)", () => {
  it("reads the first block with a local zh-CN voice, highlights it, and moves on when it ends", async () => {
    const { page, problems, close, speech, fire, highlighted, main, stop, status } =
      await openWithSpeech(RULE);
    expect(await main.textContent()).toBe("朗读全文");
    expect(await stop.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.hasAttribute("data-speech"))).toBe(true);

    await main.click();
    const first = await speech();
    expect(first.calls).toEqual(["cancel", "speak"]);
    const title = (await page.textContent("main h1"))?.trim() ?? "";
    expect(first.spoken).toEqual([{ text: title, lang: "zh-CN", voice: { name: "Tingting" } }]);
    expect(await highlighted()).toEqual([{ tag: "h1", text: compact(title) }]);
    expect(await main.textContent()).toBe("暂停");
    expect(await stop.isVisible()).toBe(true);
    expect(await status()).toBe("开始朗读");
    const colours = await page.$eval("[data-read-aloud-current]", (el) => ({
      block: getComputedStyle(el).backgroundColor,
      page: getComputedStyle(document.body).backgroundColor,
    }));
    expect(colours.block).not.toBe(colours.page);

    await fire("start");
    await fire("end");
    const second = await speech();
    expect(second.spoken).toHaveLength(2);
    const [now] = await highlighted();
    expect(await highlighted()).toHaveLength(1);
    expect(now?.tag).not.toBe("h1");
    expect(now?.text).toContain(compact(second.spoken[1]?.text ?? "").slice(0, 8));
    expect(second.spoken[1]?.voice).toEqual({ name: "Tingting" });
    expect(problems).toEqual([]);
    await close();
  });

  it("reads the rule's articles one by one, keeps the one being read in view, and leaves out the page's aids", async () => {
    const { page, close, speech, fire, main } = await openWithSpeech(RULE, { width: 375 });
    await main.click();
    for (let i = 0; i < 12; i++) await fire("end");
    const { spoken } = await speech();
    expect(spoken).toHaveLength(13);
    const texts = spoken.map((u) => u.text);
    expect(texts.some((t) => t.startsWith("第一条"))).toBe(true);
    const articles = texts.filter((t) => /^第[一二三四五六七八九十]+条/.test(t));
    expect(articles.slice(0, 3).map((t) => t.slice(0, 3))).toEqual(["第一条", "第二条", "第三条"]);
    // Not read: the table of contents, the 打印本页 button, the breadcrumbs.
    expect(texts.filter((t) => /^目录|打印本页|^首页/.test(t))).toEqual([]);
    const box = await page.$eval("[data-read-aloud-current]", (el) => {
      const rect = el.getBoundingClientRect();
      const bar = document.querySelector(".read-aloud-bar")?.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom, viewport: innerHeight, barTop: bar?.top ?? innerHeight };
    });
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeLessThan(box.barTop);
    // While reading, 暂停 and 停止 stay at hand at the foot of the window.
    expect(await page.$eval(".read-aloud-bar", (el) => getComputedStyle(el).position)).toBe("fixed");
    expect(await main.isVisible()).toBe(true);
    await close();
  });

  it("pauses, resumes and stops through the API, with the buttons saying what they do", async () => {
    const { close, speech, fire, highlighted, main, stop, status, page } = await openWithSpeech(ARTICLE);
    await main.click();
    await main.click();
    expect((await speech()).calls.slice(-1)).toEqual(["pause"]);
    expect(await main.textContent()).toBe("继续");
    expect(await status()).toBe("已暂停朗读");
    expect(await highlighted()).toHaveLength(1);

    await main.click();
    expect((await speech()).calls.slice(-1)).toEqual(["resume"]);
    expect(await main.textContent()).toBe("暂停");
    expect(await status()).toBe("继续朗读");

    await fire("end");
    const before = await speech();
    expect(before.spoken).toHaveLength(2);
    await stop.click();
    const after = await speech();
    expect(after.calls.slice(-1)).toEqual(["cancel"]);
    // The end the cancel reported did not start the next block.
    expect(after.spoken).toHaveLength(2);
    expect(await highlighted()).toEqual([]);
    expect(await main.textContent()).toBe("朗读全文");
    expect(await stop.isVisible()).toBe(false);
    expect(await status()).toBe("已停止朗读");
    expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-read-aloud-main"))).toBe(
      true,
    );
    expect(await page.$eval(".read-aloud-bar", (el) => getComputedStyle(el).position)).not.toBe("fixed");

    // A new start begins at the top again.
    await main.click();
    const again = await speech();
    expect(again.spoken.at(-1)?.text).toBe(again.spoken[0]?.text);
    await close();
  });

  it("is operated with the keyboard: Enter starts, Space pauses and resumes, Escape stops", async () => {
    const { page, close, speech, highlighted, main } = await openWithSpeech(CHAPTER);
    await main.focus();
    await page.keyboard.press("Enter");
    expect(await main.textContent()).toBe("暂停");
    await page.keyboard.press("Space");
    expect(await main.textContent()).toBe("继续");
    await page.keyboard.press("Space");
    expect(await main.textContent()).toBe("暂停");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("停止");
    await page.keyboard.press("Escape");
    expect(await main.textContent()).toBe("朗读全文");
    expect(await highlighted()).toEqual([]);
    expect((await speech()).calls).toEqual(["cancel", "speak", "pause", "resume", "cancel"]);
    await close();
  });

  it("says when the whole text has been read, and stops on a speech error", async () => {
    const { close, speech, fire, highlighted, main, status } = await openWithSpeech(BOOK);
    await main.click();
    let count = 0;
    for (let i = 0; i < 300; i++) {
      count = (await speech()).spoken.length;
      await fire("end");
      if ((await main.textContent()) === "朗读全文") break;
    }
    expect(count).toBeGreaterThan(3);
    expect(await status()).toBe("全文朗读完毕");
    expect(await highlighted()).toEqual([]);

    await main.click();
    await fire("error", { error: "interrupted" });
    expect(await main.textContent()).toBe("暂停");
    await fire("error", { error: "synthesis-failed" });
    expect(await main.textContent()).toBe("朗读全文");
    expect(await status()).toBe("朗读出错，已停止");
    expect(await highlighted()).toEqual([]);
    await close();
  });

  it("is not offered where the browser has no speech synthesis", async () => {
    const opened = await site.open("");
    await opened.page.addInitScript(() => {
      delete (window as unknown as Record<string, unknown>)["speechSynthesis"];
      delete (window as unknown as Record<string, unknown>)["SpeechSynthesisUtterance"];
    });
    await opened.page.goto(site.url(RULE));
    const { page } = opened;
    expect(await page.evaluate(() => "speechSynthesis" in window)).toBe(false);
    expect(await page.evaluate(() => document.documentElement.hasAttribute("data-speech"))).toBe(false);
    expect(await page.locator("zg-read-aloud").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "朗读全文" }).count()).toBe(0);
    // The rest of the header works as usual.
    expect(await page.locator("button.elder-toggle").isVisible()).toBe(true);
    expect(opened.problems).toEqual([]);
    await opened.close();
  });
});
