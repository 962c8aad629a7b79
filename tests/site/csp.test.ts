/**
 * The strict Content-Security-Policy a government host sends (deploy/): no
 * inline script or style anywhere, scripts and styles from the site only,
 * WebAssembly allowed for the search. Every page template, search included,
 * must work under it without a single violation.
 */
import { describe, expect, inject, it } from "vitest";
import { useBrowserSite } from "../helpers/browser-site.ts";

const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

const site = useBrowserSite(() => inject("portalDist"), "/portal/", {
  headers: { "Content-Security-Policy": STRICT_CSP },
});

const TEMPLATES = [
  "",
  "programme/",
  "programme/stats/",
  "programme/stats/2026/",
  "rules/",
  "rules/ba-buzhun/",
  "rules/xianshi-banjie-2023/",
  "study/",
  "study/gongwuyuan-fa/",
  "study/print/",
  "books/",
  "books/xiangtu-zhongguo/",
  "articles/",
  "articles/gongwuyuan-pingshi-kaohe-2025/",
  "sessions/",
  "sessions/2026-06-05-gongwuyuan-fa/",
  "sitemap/",
  "search/?q=%E9%99%90%E6%97%B6%E5%8A%9E%E7%BB%93",
  "no-such-page/",
];

async function openRecordingViolations(urlPath: string) {
  const opened = await site.open("", { javaScriptEnabled: true });
  const { page } = opened;
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.violatedDirective}: ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  const console: string[] = [];
  page.on("console", (m) => /Content.Security.Policy|Refused to/i.test(m.text()) && console.push(m.text()));
  const response = await page.goto(site.url(urlPath));
  return { ...opened, response, console };
}

describe("under the strict Content-Security-Policy", () => {
  it.each(TEMPLATES)("/portal/%s loads with no violation", async (urlPath) => {
    const { page, response, console, problems, close } = await openRecordingViolations(urlPath);
    expect(response?.headers()["content-security-policy"]).toBe(STRICT_CSP);
    if (urlPath.startsWith("search/")) await page.waitForSelector("zg-search[data-state=ready]");
    await page.waitForLoadState("networkidle");
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    expect(violations).toEqual([]);
    expect(console).toEqual([]);
    // The 404 page itself is answered with status 404, which Chromium logs.
    expect(problems.filter((p) => !(urlPath === "no-such-page/" && p.includes("404")))).toEqual([]);
    await close();
  });

  it("still searches: results, highlights and filters", async () => {
    const { page, close } = await openRecordingViolations(`search/?q=${encodeURIComponent("限时办结")}`);
    await page.waitForSelector("zg-search[data-state=ready]");
    expect(await page.locator(".search-hit h3 a").first().getAttribute("href")).toBe(
      "/portal/rules/xianshi-banjie/",
    );
    expect(await page.locator(".search-hit mark").count()).toBeGreaterThan(0);
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
    await close();
  });

  it("ships no inline script, inline style or style attribute in any page", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const path = await import("node:path");
    const dist = inject("portalDist");
    const pages = (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(40);
    const offending = pages.flatMap((file) => {
      const html = readFileSync(path.join(dist, file), "utf8");
      const found: string[] = [];
      for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
        if (!/\bsrc=/.test(tag) && !/type="application\/(ld\+)?json"/.test(tag))
          found.push(`${file}: ${tag}`);
      }
      if (/<style\b/i.test(html)) found.push(`${file}: <style>`);
      if (/<[^>]+\sstyle=/i.test(html)) found.push(`${file}: style=""`);
      if (/<[^>]+\son[a-z]+=/i.test(html)) found.push(`${file}: on…= handler`);
      return found;
    });
    expect(offending).toEqual([]);
  });
});
