/**
 * deploy/nginx.conf in Debian's nginx, run unprivileged, serving the /portal/
 * build under /portal/ (the shared checks are in tests/helpers/deploy-suite.ts),
 * and every page of the site in Chromium through it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../scripts/common/browser.ts";
import { startNginx } from "../helpers/servers/nginx.ts";
import { describeDeployment, get } from "../helpers/deploy-suite.ts";

const { server } = describeDeployment("nginx with deploy/nginx.conf", {
  start: startNginx,
  errorPattern: /\[(error|crit|alert|emerg)\]/,
});

describe("nginx outside the sub-path", () => {
  it("sends the server's root address to the site and nothing else", async () => {
    const root = await get(server().origin, "/");
    expect(root.status).toBe(302);
    expect(root.headers["location"]).toBe("/portal/");
    expect((await get(server().origin, "/other/")).status).toBe(404);
  });
});

describe("every page in Chromium through nginx", () => {
  it("loads with no failed request, no request to another origin and no CSP violation", async () => {
    const sitemap = readFileSync(path.join(inject("portalDist"), "sitemap.xml"), "utf8");
    const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
    pages.push("/portal/no-such-page/");
    const { origin } = server();
    const chromium = await launchChromium();
    const problems: string[] = [];
    try {
      const page = await chromium.browser.newPage();
      page.on("request", (r) => {
        if (!r.url().startsWith(origin) && !r.url().startsWith("data:"))
          problems.push(`${page.url()}: request to ${r.url()}`);
      });
      page.on("response", (r) => {
        if (r.status() >= 400 && !r.url().endsWith("/no-such-page/"))
          problems.push(`${page.url()}: ${r.status()} ${r.url()}`);
      });
      page.on("console", (m) => {
        // The missing page's own 404 is expected; anything else (a CSP violation, a script error) is not.
        const expected404 = page.url().endsWith("/no-such-page/") && m.text().includes("404");
        if (m.type() === "error" && !expected404) problems.push(`${page.url()}: console error ${m.text()}`);
      });
      for (const urlPath of pages) {
        await page.goto(`${origin}${urlPath}`, { waitUntil: "load" });
      }
    } finally {
      await chromium.close();
    }
    expect(problems).toEqual([]);
  });
});
