/**
 * Accessibility of the built site (served under /portal/) in real Chromium:
 * axe-core (WCAG 2.0/2.1/2.2 A and AA) on every page in each reading mode, keyboard-only use, reflow at 320 CSS px, page structure, and
 * the 阅读设置 controls themselves.
 */
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { useBrowserSite } from "../helpers/browser-site.ts";
import { parsePreferences, preferenceAttributes, STORAGE_KEY } from "../../src/lib/reading/preferences.ts";
import { axePages, describeViolations } from "../../scripts/common/axe-pages.ts";
import { SECURITY_HEADERS } from "../../deploy/policy.ts";
import { htmlFiles, urlPathOf } from "../helpers/site-files.ts";

const BASE = "/portal/";

interface Template {
  name: string;
  path: string;
  status?: number;
  /** Waits until the page shows what a reader came for (search results). */
  ready?: (page: Page) => Promise<void>;
}

/** One page of every template; rules twice (the current version and the one it supersedes). */
const TEMPLATES: Template[] = [
  { name: "首页", path: "" },
  { name: "五型建设", path: "programme/" },
  { name: "成果统计", path: "programme/stats/" },
  { name: "一年的成果统计", path: "programme/stats/2026/" },
  { name: "规章制度列表", path: "rules/" },
  { name: "现行制度", path: "rules/xianshi-banjie/" },
  { name: "已被修订的制度", path: "rules/xianshi-banjie-2023/" },
  { name: "选编目录", path: "study/" },
  { name: "选编一章", path: "study/gongwuyuan-fa/" },
  { name: "选编打印本", path: "study/print/" },
  { name: "推荐书目列表", path: "books/" },
  { name: "一本书", path: "books/xiangtu-zhongguo/" },
  { name: "调研文章列表", path: "articles/" },
  { name: "一篇文章", path: "articles/nianqing-ganbu-2025/" },
  {
    name: "搜索结果",
    path: `search/?q=${encodeURIComponent("限时办结")}`,
    ready: async (page) => {
      await page.locator(".search-results li").first().waitFor({ timeout: 30_000 });
    },
  },
  { name: "404", path: "no-such-page/", status: 404 },
  { name: "网站地图", path: "sitemap/" },
];

/** Reading modes, stored the way the 阅读设置 controls store them, and the attributes they must produce. */
const MODES = [
  { name: "浅色", stored: undefined, attributes: {} },
  { name: "深色", stored: { theme: "dark" }, attributes: { "data-theme": "dark" } },
  { name: "高对比度", stored: { contrast: "high" }, attributes: { "data-contrast": "high" } },
  {
    name: "高对比度深色",
    stored: { contrast: "high", theme: "dark" },
    attributes: { "data-contrast": "high", "data-theme": "dark" },
  },
  { name: "特大字号", stored: { font: "xlarge" }, attributes: { "data-font": "xlarge" } },
  { name: "超大字号", stored: { font: "xxlarge" }, attributes: { "data-font": "xxlarge" } },
  { name: "段落加宽", stored: { spacing: "wide" }, attributes: { "data-spacing": "wide" } },
  {
    name: "长者模式",
    stored: { font: "xxlarge", spacing: "wide", cursor: "large" },
    attributes: { "data-font": "xxlarge", "data-spacing": "wide", "data-cursor": "large" },
  },
  {
    name: "长者模式高对比度深色",
    stored: { font: "xxlarge", spacing: "wide", cursor: "large", contrast: "high", theme: "dark" },
    attributes: {
      "data-font": "xxlarge",
      "data-spacing": "wide",
      "data-cursor": "large",
      "data-contrast": "high",
      "data-theme": "dark",
    },
  },
] as const;

const site = useBrowserSite(() => inject("portalDist"), BASE);

interface OpenOptions {
  stored?: object | undefined;
  width?: number;
  colorScheme?: "light" | "dark";
  javaScriptEnabled?: boolean;
  /** Makes every localStorage access throw, as in a locked-down or private browser. */
  storageBlocked?: boolean;
}

async function newContext(options: OpenOptions = {}): Promise<BrowserContext> {
  const context = await site.browser.newContext({
    viewport: { width: options.width ?? 1280, height: 800 },
    colorScheme: options.colorScheme ?? "light",
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  if (options.stored)
    await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
      STORAGE_KEY,
      JSON.stringify(options.stored),
    ] as const);
  if (options.storageBlocked)
    await context.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    });
  return context;
}

async function open(template: Template, options: OpenOptions = {}) {
  const context = await newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => {
    // The 404 page's own status is reported as a failed load; that one is expected.
    if (template.status === 404 && m.text().includes("status of 404")) return;
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  const response = await page.goto(site.url(template.path));
  expect(response?.status(), `${template.path} status`).toBe(template.status ?? 200);
  await template.ready?.(page);
  return { page, problems, close: () => context.close() };
}

/** Attributes the init script manages on <html>. */
const htmlAttributes = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      ["data-font", "data-contrast", "data-theme", "data-spacing", "data-cursor"]
        .map((name) => [name, document.documentElement.getAttribute(name)])
        .filter(([, value]) => value !== null),
    ),
  );

/** Every page of the build (not one per template), the search page also with results shown. */
const SEARCH_WITH_RESULTS = `search/?q=${encodeURIComponent("限时办结")}`;
const allPages = () => [
  ...htmlFiles(inject("portalDist")).map((file) => urlPathOf(file, BASE)),
  BASE + SEARCH_WITH_RESULTS,
  // The not-found page as a missing address gets it, with its 404 status.
  `${BASE}no-such-page/`,
];

describe("axe-core (WCAG 2.2 AA) on every page of the site, in every reading mode", () => {
  it.each(MODES)("the $name mode, stored by the controls, is applied before first paint", async (mode) => {
    const { page, close } = await open(TEMPLATES[0] as Template, { stored: mode.stored });
    expect(await htmlAttributes(page)).toEqual(mode.attributes);
    await close();
  });

  it("finds no violation on any page in any mode, under the production CSP", async () => {
    const pages = allPages();
    expect(pages.length).toBeGreaterThan(50);
    const results = await axePages(inject("portalDist"), BASE, pages, {
      // Each mode as the controls apply it: the mapping of src/lib/reading/preferences.ts.
      modes: MODES.map((mode) => ({
        name: mode.name,
        attributes: preferenceAttributes(parsePreferences(JSON.stringify(mode.stored ?? {}))),
      })),
      headers: SECURITY_HEADERS,
      ready: async (page, urlPath) => {
        if (urlPath.includes("?q="))
          await page.locator(".search-results li").first().waitFor({ timeout: 30_000 });
      },
    });
    expect(results).toHaveLength(pages.length * MODES.length);
    // Every page really loaded (a missing address with the 404 status), so axe saw the page, not an error.
    for (const result of results)
      expect(result.status, result.urlPath).toBe(result.urlPath.endsWith("no-such-page/") ? 404 : 200);
    expect(describeViolations(results)).toEqual([]);
  }, 600_000);
});

describe("page structure", () => {
  it.each(TEMPLATES)("$name: lang, one h1, landmarks, alt text", async (template) => {
    const { page, close } = await open(template);
    const facts = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      h1: document.querySelectorAll("h1").length,
      // Top-level header/footer are the banner/contentinfo landmarks.
      banner: document.querySelectorAll("body > header, [role=banner]").length,
      main: document.querySelectorAll("main, [role=main]").length,
      contentinfo: document.querySelectorAll("body > footer, [role=contentinfo]").length,
      nav: document.querySelectorAll("nav[aria-label], [role=navigation][aria-label]").length,
      imagesWithoutAlt: [...document.querySelectorAll("img:not([alt])")].map((img) => img.outerHTML),
    }));
    expect(facts).toMatchObject({ lang: "zh-CN", h1: 1, banner: 1, main: 1, contentinfo: 1 });
    expect(facts.nav).toBeGreaterThanOrEqual(1);
    expect(facts.imagesWithoutAlt).toEqual([]);
    await close();
  });
});

describe("reflow at 320 CSS px (WCAG 1.4.10)", () => {
  for (const mode of [MODES[0], MODES[4]])
    it.each(TEMPLATES)(`$name does not scroll sideways (${mode.name})`, async (template) => {
      const { page, close } = await open(template, { stored: mode.stored, width: 320 });
      const overflow = await page.evaluate(() => {
        const root = document.scrollingElement as Element;
        // Name what sticks out, so a failure says where to look; tables scroll inside themselves.
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

describe("keyboard only", () => {
  /** Tabs through the whole page; for each stop: where it is, what it is, whether focus is visible. */
  async function tabThrough(page: Page) {
    const stops: { region: string; label: string; visible: boolean }[] = [];
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press("Tab");
      const stop = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return undefined;
        const style = getComputedStyle(el);
        const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
        return {
          region: el.closest("body > header")
            ? "header"
            : el.closest("main")
              ? "main"
              : el.closest("body > footer")
                ? "footer"
                : el.classList.contains("skip-link")
                  ? "skip"
                  : "other",
          label: `${el.tagName.toLowerCase()} ${(el.textContent ?? "").trim().slice(0, 20) || el.getAttribute("name") || ""}`,
          visible: outline || style.boxShadow !== "none",
        };
      });
      if (!stop) break;
      const { region, label, visible } = stop;
      if (stops.length > 0 && stops[0]?.label === label && region === "skip") break; // wrapped around
      stops.push({ region, label, visible });
    }
    return stops;
  }

  it.each(TEMPLATES.filter((t) => ["现行制度", "一篇文章", "选编一章", "搜索结果"].includes(t.name)))(
    "$name: skip link first, then header → main → footer, focus always visible, every control reached",
    async (template) => {
      const { page, close } = await open(template);
      // Open 阅读设置 so its buttons are in the tab order too.
      // A script click, unlike a real one, leaves the tab order starting at the top of the page.
      await page.locator(".prefs-toggle").evaluate((button: HTMLButtonElement) => button.click());
      const stops = await tabThrough(page);
      expect(stops[0]?.region).toBe("skip");
      const order = ["skip", "header", "main", "footer"];
      const regions = stops.map((s) => s.region);
      expect(regions.filter((r) => !order.includes(r))).toEqual([]);
      expect(regions.map((r) => order.indexOf(r))).toEqual(
        [...regions.map((r) => order.indexOf(r))].sort((a, b) => a - b),
      );
      expect(stops.filter((s) => !s.visible)).toEqual([]);

      // Every visible, enabled control of the page was one of the stops.
      const controls = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            "a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, [tabindex]:not([tabindex='-1'])",
          ),
        ]
          .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden")
          .map(
            (el) =>
              `${el.tagName.toLowerCase()} ${(el.textContent ?? "").trim().slice(0, 20) || el.getAttribute("name") || ""}`,
          ),
      );
      const reached = new Set(stops.map((s) => s.label));
      expect(controls.filter((c) => !reached.has(c))).toEqual([]);
      for (const label of ["阅读设置", "标准", "特大", "高对比度", "深色"])
        expect([...reached].some((r) => r.startsWith("button ") && r.endsWith(label))).toBe(true);
      expect(reached.has("input q")).toBe(true);
      await close();
    },
  );

  it.each(TEMPLATES.slice(0, 4))("$name: the skip link moves focus to the main content", async (template) => {
    const { page, close } = await open(template);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("跳到正文");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await close();
  });
});

describe("阅读设置 (reading preferences)", () => {
  const rule = TEMPLATES[3] as Template;

  it("is operated with the keyboard alone, applies at once and is remembered on the next page", async () => {
    const { page, problems, close } = await open(rule);
    const toggle = page.locator(".prefs-toggle");
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(toggle.getAttribute("aria-expanded")).resolves.toBe("true");

    const fontSize = () =>
      page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const before = await fontSize();
    await page.keyboard.press("Tab"); // 标准
    await page.keyboard.press("Tab"); // 大
    await page.keyboard.press("Tab"); // 特大
    await page.keyboard.press("Space");
    const xlarge = page.locator('button[data-pref="font"][value="xlarge"]');
    await expect(xlarge.getAttribute("aria-pressed")).resolves.toBe("true");
    await expect(
      page.locator('button[data-pref="font"][value="standard"]').getAttribute("aria-pressed"),
    ).resolves.toBe("false");
    expect(await fontSize()).toBeCloseTo(before * 1.5);

    await page.keyboard.press("Tab"); // 超大
    await page.keyboard.press("Tab"); // 高对比度
    await page.keyboard.press("Enter");
    await page.locator('button[data-pref="theme"][value="dark"]').press("Enter");
    expect(await htmlAttributes(page)).toEqual({
      "data-font": "xlarge",
      "data-contrast": "high",
      "data-theme": "dark",
    });

    // Escape closes the panel and gives focus back to its button.
    await page.keyboard.press("Escape");
    await expect(page.locator(".prefs-panel").isHidden()).resolves.toBe(true);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("prefs-toggle"))).toBe(true);

    // The next page opens with the same choices, already applied by the init script.
    await page.goto(site.url("study/"));
    expect(await htmlAttributes(page)).toEqual({
      "data-font": "xlarge",
      "data-contrast": "high",
      "data-theme": "dark",
    });
    await page.locator(".prefs-toggle").click();
    await expect(page.locator('button[data-pref="contrast"]').getAttribute("aria-pressed")).resolves.toBe(
      "true",
    );

    // Pressing 高对比度 again turns it off; 跟随系统 removes the override.
    await page.locator('button[data-pref="contrast"]').click();
    await page.locator('button[data-pref="theme"][value="system"]').click();
    await page.locator('button[data-pref="font"][value="standard"]').click();
    expect(await htmlAttributes(page)).toEqual({});
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
    expect(problems).toEqual([]);
    await close();
  });

  it("has labelled buttons of at least 44×44 CSS px with their state exposed", async () => {
    const { page, close } = await open(rule, { width: 375 });
    await page.locator(".prefs-toggle").click();
    const buttons = await page.locator("zg-reading-prefs button").evaluateAll((els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        return {
          label: el.textContent?.trim(),
          width: box.width,
          height: box.height,
          pressed: el.getAttribute("aria-pressed"),
          state: el.getAttribute("aria-pressed") ?? el.getAttribute("aria-expanded"),
          group: el.closest("[role=group]")
            ? document.getElementById(el.closest("[role=group]")?.getAttribute("aria-labelledby") ?? "")
                ?.textContent
            : "—",
        };
      }),
    );
    expect(buttons.map((b) => `${b.group} ${b.label}`)).toEqual([
      "— 长者模式",
      "— 阅读设置",
      "字号 标准",
      "字号 大",
      "字号 特大",
      "字号 超大",
      "对比度 高对比度",
      "间距 段落加宽",
      "鼠标 大鼠标",
      "配色 跟随系统",
      "配色 浅色",
      "配色 深色",
    ]);
    for (const b of buttons) {
      expect(b.width, b.label).toBeGreaterThanOrEqual(44);
      expect(b.height, b.label).toBeGreaterThanOrEqual(44);
      expect(b.state, b.label).toMatch(/^(true|false)$/);
    }
    // Defaults: 标准 and 跟随系统 are pressed.
    expect(buttons.filter((b) => b.pressed === "true").map((b) => b.label)).toEqual(["标准", "跟随系统"]);
    await close();
  });

  it("fits a 320 px wide phone at 特大 with its panel open (no sideways scrolling)", async () => {
    const { page, close } = await open(rule, { width: 320, stored: { font: "xlarge" } });
    await page.locator(".prefs-toggle").click();
    const { scrollWidth, clientWidth } = await page.evaluate(() => {
      const root = document.scrollingElement as Element;
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
    });
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await close();
  });

  it("is absent without JavaScript, and the page still reads normally", async () => {
    const { page, close } = await open(rule, { javaScriptEnabled: false });
    await expect(page.locator("zg-reading-prefs").isVisible()).resolves.toBe(false);
    await expect(page.locator(".prefs-toggle").isVisible()).resolves.toBe(false);
    await expect(page.locator("main h1").isVisible()).resolves.toBe(true);
    await close();
  });

  it("is marked to be left out of print", async () => {
    const { page, close } = await open(rule);
    await expect(page.locator("zg-reading-prefs").getAttribute("data-print")).resolves.toBe("hide");
    await close();
  });

  it("keeps working, for the current page, when the browser blocks storage", async () => {
    const { page, problems, close } = await open(rule, { storageBlocked: true });
    await page.locator(".prefs-toggle").click();
    await page.locator('button[data-pref="font"][value="large"]').click();
    expect(await htmlAttributes(page)).toEqual({ "data-font": "large" });
    expect(problems).toEqual([]);
    await close();
  });

  it("ignores a damaged stored value instead of breaking the page", async () => {
    const context = await newContext();
    await context.addInitScript((key) => window.localStorage.setItem(key, "{broken"), STORAGE_KEY);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(site.url(rule.path));
    expect(await htmlAttributes(page)).toEqual({});
    expect(errors).toEqual([]);
    await context.close();
  });

  it("is applied by a blocking script in <head>, before the stylesheets are used for first paint", async () => {
    const { page, close } = await open(rule);
    const script = await page.evaluate(() => {
      const el = document.head.querySelector<HTMLScriptElement>('script[src*="/_astro/preferences-init."]');
      return (
        el && { async: el.async, defer: el.defer, type: el.type, inHead: el.parentElement === document.head }
      );
    });
    expect(script).toEqual({ async: false, defer: false, type: "", inHead: true });
    await close();
  });

  it("follows the system's dark setting by default, with the same colours as the 深色 choice", async () => {
    const colours = async (options: OpenOptions) => {
      const { page, close } = await open(rule, options);
      const result = await page.evaluate(() => {
        const style = getComputedStyle(document.body);
        return { bg: getComputedStyle(document.documentElement).backgroundColor, text: style.color };
      });
      await close();
      return result;
    };
    const system = await colours({ colorScheme: "dark" });
    expect(system).toEqual(await colours({ stored: { theme: "dark" } }));
    expect(system).not.toEqual(await colours({}));
    // 浅色 overrides a dark system setting.
    expect(await colours({ colorScheme: "dark", stored: { theme: "light" } })).toEqual(await colours({}));
    // High contrast too: system dark + 高对比度 equals 深色 + 高对比度.
    expect(await colours({ colorScheme: "dark", stored: { contrast: "high" } })).toEqual(
      await colours({ stored: { contrast: "high", theme: "dark" } }),
    );
  });

  it("prints dark text on white paper even when the reader chose 深色 on screen", async () => {
    for (const stored of [{ theme: "dark" }, { theme: "dark", contrast: "high" }]) {
      const { page, close } = await open(rule, { stored, colorScheme: "dark" });
      await page.emulateMedia({ media: "print" });
      const colour = await page.evaluate(
        () => getComputedStyle(document.querySelector("main") as Element).color,
      );
      const [r, g, b] = (colour.match(/\d+/g) ?? []).map(Number) as [number, number, number];
      expect(r + g + b, `${JSON.stringify(stored)}: ${colour}`).toBeLessThan(150);
      await close();
    }
  });

  it.each(TEMPLATES.filter((t) => ["首页", "现行制度", "一本书", "选编一章"].includes(t.name)))(
    "特大 scales every piece of text on $name by 1.5 (nothing is fixed in px)",
    async (template) => {
      const sizes = async (stored?: object) => {
        const { page, close } = await open(template, { stored });
        const result = await page.evaluate(() =>
          [...document.querySelectorAll("body *")]
            .filter((el) => el.getClientRects().length > 0 && el.childNodes.length > 0)
            .map((el) => parseFloat(getComputedStyle(el).fontSize)),
        );
        await close();
        return result;
      };
      const standard = await sizes();
      const xlarge = await sizes({ font: "xlarge" });
      expect(xlarge.length).toBe(standard.length);
      const unscaled = standard
        .map((size, i) => ({ i, ratio: (xlarge[i] as number) / size }))
        .filter(({ ratio }) => Math.abs(ratio - 1.5) > 0.02);
      expect(unscaled).toEqual([]);
    },
  );
});
