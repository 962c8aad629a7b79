/**
 * A large site's search index is split into shards (src/lib/search/shards.ts).
 * The /portal/ build is made with three shards of the sample pages, the root
 * build with one index: the same searches must find the same pages.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { useBrowserSite, type BrowserSite } from "../helpers/browser-site.ts";

const single = useBrowserSite(() => inject("rootDist"), "/");
const sharded = useBrowserSite(() => inject("portalDist"), "/portal/");

const manifest = (dist: string) =>
  JSON.parse(readFileSync(path.join(dist, "pagefind/search-manifest.json"), "utf8")) as {
    shards: string[];
    tag: string;
  };

interface Shown {
  status: string;
  hrefs: string[];
  /** The date of each result as shown (年月日). */
  dates: string[];
  filterOptions: string[];
}

/** What a reader sees for a search: the count, the result links (without the base path), the filter menus. */
async function searchOn(site: BrowserSite, base: string, params: string): Promise<Shown> {
  const opened = await site.open(`search/${params}`);
  const { page } = opened;
  await page.waitForSelector("zg-search[data-state=ready]");
  // The filter menus are filled once the first results are shown.
  await page.waitForFunction(() => document.querySelectorAll('select[name="collection"] option').length > 1);
  const shown = {
    status: (await page.locator(".search-status").textContent()) ?? "",
    hrefs: await page
      .locator(".search-hit h3 a")
      .evaluateAll(
        (links, prefix) => links.map((a) => a.getAttribute("href")?.slice(prefix.length) ?? ""),
        base,
      ),
    dates: await page
      .locator(".search-hit-meta")
      .evaluateAll((metas) => metas.map((m) => /\d{4}年\d+月\d+日/.exec(m.textContent ?? "")?.[0] ?? "")),
    filterOptions: await page.locator(".filters option").allTextContents(),
  };
  expect(opened.problems).toEqual([]);
  await opened.close();
  return shown;
}

describe("a search index split into shards", () => {
  it("is written as shards only where the build asked for them", () => {
    expect(manifest(inject("rootDist")).shards).toEqual([""]);
    expect(manifest(inject("portalDist")).shards).toEqual(["", "2/", "3/"]);
    for (const shard of ["2/", "3/"]) {
      const folder = path.join(inject("portalDist"), "pagefind", shard);
      expect(existsSync(path.join(folder, "pagefind-entry.json")), shard).toBe(true);
      // The search script and its worker come from the first shard only.
      expect(existsSync(path.join(folder, "pagefind.js")), shard).toBe(false);
    }
  });

  it("has the search page ask for every shard's startup files as it loads, and Pagefind use them", async () => {
    const { tag } = manifest(inject("portalDist"));
    const context = await sharded.browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    const warnings: string[] = [];
    page.on("request", (r) => requested.push(r.url().slice(sharded.origin.length)));
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    await page.goto(sharded.url(`search/?q=${encodeURIComponent("限时办结")}`));
    await page.waitForSelector("zg-search[data-state=ready]");
    await expect(page.locator(".search-hit").count()).resolves.toBeGreaterThan(0);
    const bundle = "/portal/pagefind/";
    const preloaded = await page
      .locator('link[rel="preload"][as="fetch"]')
      .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href.slice(location.origin.length)));
    const entries = ["", "2/", "3/"].map((shard) => `${bundle}${shard}pagefind-entry.json?ts=${tag}`);
    const metas = requested.filter((url) => url.endsWith(".pf_meta"));
    expect(metas).toHaveLength(3);
    expect([...preloaded].sort()).toEqual(
      [`${bundle}search-manifest.json`, `${bundle}wasm.unknown.pagefind`, ...entries, ...metas].sort(),
    );
    // Pagefind asked for the very same entry files (the tag, not the time, in their URLs) …
    expect(requested.filter((url) => url.includes("pagefind-entry.json")).sort()).toEqual(
      [...entries].sort(),
    );
    // … and each file was fetched once: Pagefind's own requests were answered by the preloads.
    for (const url of [...preloaded, `${bundle}pagefind.js`])
      expect(
        requested.filter((r) => r === url),
        url,
      ).toHaveLength(1);
    expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
    await context.close();
  });

  it.each([
    ["a phrase", "?q=%E9%99%90%E6%97%B6%E5%8A%9E%E7%BB%93"],
    ["two terms", "?q=%E5%85%AC%E5%8A%A1%E5%91%98%E6%B3%95+%E7%AC%AC%E4%BA%8C%E5%8D%81%E4%B8%89%E6%9D%A1"],
    ["a document number", "?q=%E7%A4%BA%E4%BE%8B%E7%BB%84%E5%8F%91%E3%80%942024%E3%80%955%E5%8F%B7"],
    ["a filter alone, by date", "?collection=%E8%A7%84%E7%AB%A0%E5%88%B6%E5%BA%A6&sort=date"],
    ["a common word, by date", "?q=%E5%88%B6%E5%BA%A6&sort=date"],
  ])("finds the same pages for %s as one index does", async (_, params) => {
    const one = await searchOn(single, "/", params);
    const three = await searchOn(sharded, "/portal/", params);
    expect(three.status).toBe(one.status);
    expect(one.hrefs.length).toBeGreaterThan(0);
    if (!params.includes("sort=date")) {
      // Small result sets, counted exactly (a count with 约 is an estimate).
      expect(one.status).not.toContain("约");
    }
    if (params.includes("sort=date")) {
      // Newest first across all three shards (pages of the same day may come in either order).
      expect(three.dates).toEqual(one.dates);
      expect(three.dates.length).toBeGreaterThan(3);
    }
    // The first page shows the same pages (relevance scores come from each shard's own statistics,
    // so their order may differ).
    expect([...three.hrefs].sort()).toEqual([...one.hrefs].sort());
    // Filter counts are added up over the shards.
    expect(three.filterOptions).toEqual(one.filterOptions);
  });
});
