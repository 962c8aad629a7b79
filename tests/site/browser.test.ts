import { readdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/build-site.ts";
import { useBrowserSite } from "../helpers/browser-site.ts";

const BASE = "/portal/";
const firstId = (folder: string) =>
  (
    readdirSync(path.join(PROJECT_ROOT, "src/content", folder))
      .filter((f) => /\.mdx?$/.test(f))
      .sort()[0] as string
  ).replace(/\.mdx?$/, "");

/** One page of each template. */
const TEMPLATES = [
  "",
  "programme/",
  "rules/",
  `rules/${firstId("rules")}/`,
  "study/",
  `study/${firstId("study")}/`,
  "books/",
  `books/${firstId("books")}/`,
  "articles/",
  `articles/${firstId("articles")}/`,
  "sitemap/",
];

const site = useBrowserSite(() => inject("portalDist"), BASE);
const open = (urlPath: string, options: { javaScriptEnabled?: boolean; width?: number } = {}) =>
  site.open(urlPath, options);

describe("every page template in Chromium, served under /portal/", () => {
  it.each(TEMPLATES)("/portal/%s loads with no error and no request to another origin", async (urlPath) => {
    const { page, response, problems, close } = await open(urlPath);
    expect(response?.status()).toBe(200);
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    expect(await page.locator("h1").count()).toBe(1);
    await page.waitForLoadState("networkidle");
    expect(problems).toEqual([]);
    await close();
  });

  it("answers an unknown address with the Chinese 404 page", async () => {
    const { page, response, close } = await open("no-such-page/");
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1").textContent()).resolves.toBe("页面不存在");
    await close();
  });
});

describe("reading a rule", () => {
  it("a deep link to 第三条 lands on that article", async () => {
    const id = "shouwen-fuze";
    const { page, close } = await open(`rules/${id}/#art-3`);
    const target = page.locator(":target");
    await expect(target.getAttribute("id")).resolves.toBe("art-3");
    await expect(target.textContent()).resolves.toMatch(/^第三条/);
    const top = await target.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(100);
    await close();
  });

  it("clicking an article number puts its link in the address bar", async () => {
    const { page, close } = await open("rules/shouwen-fuze/");
    await page.locator("#art-5 a.article-no").click();
    expect(new URL(page.url()).hash).toBe("#art-5");
    await close();
  });

  it("the whole rules list reads without JavaScript", async () => {
    const { page, close } = await open("rules/", { javaScriptEnabled: false });
    const links = await page.locator(".entry-list a").count();
    expect(links).toBe(readdirSync(path.join(PROJECT_ROOT, "src/content/rules")).length);
    await close();
  });
});

describe("keyboard", () => {
  async function firstTab(page: Page) {
    await page.keyboard.press("Tab");
    return page.evaluate(() => document.activeElement?.textContent?.trim());
  }

  it("the first Tab reaches the skip link, and it moves focus to the main content", async () => {
    const { page, close } = await open("rules/shouwen-fuze/");
    expect(await firstTab(page)).toBe("跳到正文");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await close();
  });
});
