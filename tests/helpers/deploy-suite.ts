/**
 * What a web server configured with a file from deploy/ must do with the
 * /portal/ build, checked against the real server (nginx, Apache): every page
 * and file with its headers, caching, compression and MIME type, the 404
 * page, directory redirects, and search in Chromium under the strict headers.
 */
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../scripts/common/browser.ts";
import {
  cacheControlFor,
  COMPRESSED_TYPES,
  contentTypeFor,
  GZIP_MIN_LENGTH,
  IMMUTABLE_CACHE,
  MIME_TYPES,
  REVALIDATE_CACHE,
  SECURITY_HEADERS,
} from "../../deploy/policy.ts";
import { DEPLOY_BASE } from "./servers/nginx.ts";
import type { RunningServer } from "./servers/web-server.ts";

const BASE = DEPLOY_BASE;
/** Files of every type in the policy that the sample site lacks (fonts, images, .wasm…). */
const SAMPLES = "deploy-samples";

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw GET: no automatic decompression, redirects or caching, so the test sees what the server sends. */
export function get(
  origin: string,
  urlPath: string,
  headers: Record<string, string> = {},
): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${urlPath}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

/** URL path of a file in dist: pages by their directory, as the site links them. */
const urlOf = (relative: string) => `${BASE}${relative.replace(/(^|\/)index\.html$/, "$1")}`;

function expectSecurityHeaders(response: HttpResponse, what: string) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(response.headers[name.toLowerCase()], `${name} on ${what}`).toBe(value);
}

export interface Deployment {
  /** Starts the server with its deploy/ configuration, serving `dist` under /portal/. */
  start(dist: string): Promise<RunningServer>;
  /** Lines of the server's error log that mean something went wrong. */
  errorPattern: RegExp;
}

/** The shared checks; returns the running server for server-specific tests in the same file. */
export function describeDeployment(name: string, deployment: Deployment): { server: () => RunningServer } {
  let site: string;
  let dist: string;
  let server: RunningServer;
  const fetchRaw = (urlPath: string, headers: Record<string, string> = {}) =>
    get(server.origin, urlPath, headers);

  beforeAll(async () => {
    // A copy readable by the unprivileged server, with one sample file of every type in the policy.
    site = mkdtempSync(path.join(tmpdir(), "zugong-deploy-"));
    chmodSync(site, 0o755);
    dist = path.join(site, "dist");
    cpSync(inject("portalDist"), dist, { recursive: true });
    mkdirSync(path.join(dist, SAMPLES));
    for (const ext of Object.keys(MIME_TYPES))
      writeFileSync(path.join(dist, SAMPLES, `sample.${ext}`), "x".repeat(512));
    server = await deployment.start(dist);
  });
  afterAll(async () => {
    await server?.close();
    if (site) rmSync(site, { recursive: true, force: true });
  });

  describe(`${name} serves the site under ${BASE}`, () => {
    it("serves every page of the sitemap and every file it uses, with all security headers", async () => {
      const sitemap = readFileSync(path.join(dist, "sitemap.xml"), "utf8");
      const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
        (m) => new URL(m[1] as string).pathname,
      );
      expect(pages.length).toBeGreaterThan(20);
      expect(pages.every((p) => p.startsWith(BASE))).toBe(true);
      const assets = new Set<string>();
      const failures: string[] = [];
      for (const page of pages) {
        const response = await fetchRaw(page);
        if (response.status !== 200) failures.push(`${page}: ${response.status}`);
        expectSecurityHeaders(response, page);
        expect(response.headers["content-type"], page).toBe("text/html; charset=utf-8");
        expect(response.headers["cache-control"], page).toBe(REVALIDATE_CACHE);
        const html = parse(response.body.toString("utf8"));
        for (const el of html.querySelectorAll("link[href], script[src], img[src]")) {
          const ref = el.getAttribute("href") ?? el.getAttribute("src") ?? "";
          if (ref.startsWith(BASE)) assets.add(ref.split("#")[0] as string);
        }
      }
      expect(assets.size).toBeGreaterThan(2);
      for (const asset of assets) {
        const response = await fetchRaw(asset);
        if (response.status >= 400) failures.push(`${asset}: ${response.status}`);
        expectSecurityHeaders(response, asset);
      }
      expect(failures).toEqual([]);
    });

    it("sends every file of dist/ with its MIME type and cache policy", async () => {
      const all = files(dist);
      const unknown = all.filter((f) => contentTypeFor(f) === undefined);
      expect(unknown, "file types missing from deploy/policy.ts").toEqual([]);
      const wrong: string[] = [];
      for (const file of all) {
        const response = await fetchRaw(urlOf(file));
        const got = `${response.status} ${String(response.headers["content-type"])} | ${String(response.headers["cache-control"])}`;
        const expected = `200 ${contentTypeFor(file)} | ${cacheControlFor(file)}`;
        if (got !== expected) wrong.push(`${file}: got ${got}, expected ${expected}`);
      }
      expect(wrong).toEqual([]);
      // The policy's intent, on real files: hashed assets and index chunks for a year, the rest revalidated.
      const cacheOf = async (file: string) => (await fetchRaw(urlOf(file))).headers["cache-control"];
      const css = all.find((f) => /^_astro\/.+\.css$/.test(f)) as string;
      const chunk = all.find((f) => /^pagefind\/index\/.+\.pf_index$/.test(f)) as string;
      const meta = all.find((f) => /^pagefind\/pagefind\..+\.pf_meta$/.test(f)) as string;
      for (const hashed of [css, chunk, meta]) expect(await cacheOf(hashed), hashed).toBe(IMMUTABLE_CACHE);
      for (const named of [
        "pagefind/pagefind-entry.json",
        "pagefind/pagefind.js",
        "pagefind/search-manifest.json",
        "index.html",
      ])
        expect(await cacheOf(named), named).toBe(REVALIDATE_CACHE);
      expect((await fetchRaw(`${BASE}${SAMPLES}/sample.wasm`)).headers["content-type"]).toBe(
        "application/wasm",
      );
    });

    it("compresses text with gzip when asked, and never re-encodes Pagefind's already gzipped files", async () => {
      const all = files(dist);
      const wrong: string[] = [];
      for (const file of all) {
        const bytes = readFileSync(path.join(dist, file));
        const type = (contentTypeFor(file) as string).split(";")[0] as string;
        const response = await fetchRaw(urlOf(file), { "Accept-Encoding": "gzip" });
        const encoding = response.headers["content-encoding"];
        // Below the size limit a server may send either way (nginx does not compress, Apache does).
        if (!COMPRESSED_TYPES.includes(type) && encoding !== undefined)
          wrong.push(`${file}: Content-Encoding ${String(encoding)}`);
        if (COMPRESSED_TYPES.includes(type) && bytes.length >= GZIP_MIN_LENGTH && encoding !== "gzip")
          wrong.push(`${file}: not compressed`);
        const body = encoding === "gzip" ? gunzipSync(response.body) : response.body;
        if (!body.equals(bytes)) wrong.push(`${file}: body differs from the file`);
      }
      expect(wrong).toEqual([]);
      for (const kind of [/\.html$/, /\.css$/, /\.js$/]) {
        const file = all.find((f) => kind.test(f) && statSync(path.join(dist, f)).size > 2048) as string;
        const gzipped = await fetchRaw(urlOf(file), { "Accept-Encoding": "gzip" });
        expect(gzipped.headers["content-encoding"], file).toBe("gzip");
        expect(gzipped.headers["vary"], file).toMatch(/Accept-Encoding/i);
        expect((await fetchRaw(urlOf(file))).headers["content-encoding"], file).toBeUndefined();
      }
    });

    it("answers a missing page with 404 and the site's own 404 page", async () => {
      for (const missing of [
        `${BASE}no-such-page/`,
        `${BASE}rules/no-such-rule/`,
        `${BASE}_astro/no-such.css`,
      ]) {
        const response = await fetchRaw(missing);
        expect(response.status, missing).toBe(404);
        expect(response.body.equals(readFileSync(path.join(dist, "404.html"))), missing).toBe(true);
        expect(response.headers["cache-control"], missing).toBe(REVALIDATE_CACHE);
        expectSecurityHeaders(response, missing);
      }
    });

    it("adds the trailing slash of Astro's directory URLs with a redirect, and serves index.html", async () => {
      for (const [from, to] of [
        ["/portal", "/portal/"],
        ["/portal/rules", "/portal/rules/"],
        ["/portal/search", "/portal/search/"],
      ] as const) {
        const response = await fetchRaw(from);
        expect(response.status, from).toBe(301);
        expect(new URL(response.headers["location"] as string, server.origin).pathname, from).toBe(to);
        expectSecurityHeaders(response, from);
      }
      const index = await fetchRaw(`${BASE}rules/`);
      expect(index.body.equals(readFileSync(path.join(dist, "rules/index.html")))).toBe(true);
    });

    it("finds a rule by a phrase of its text in Chromium, under the strict headers", async () => {
      const chromium = await launchChromium();
      try {
        const page = await chromium.browser.newPage();
        const failed: string[] = [];
        page.on("response", (r) => {
          if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
        });
        await page.goto(`${server.origin}${BASE}search/?q=${encodeURIComponent("限时办结")}`);
        await page.waitForSelector("zg-search[data-state=ready]");
        await page.waitForSelector(".search-hit h3 a");
        const hrefs = await page
          .locator(".search-hit h3 a")
          .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
        expect(hrefs).toContain(`${BASE}rules/xianshi-banjie/`);
        expect(failed).toEqual([]);
      } finally {
        await chromium.close();
      }
    });

    it("logs no error while serving all of the above", () => {
      expect(server.errorLog()).not.toMatch(deployment.errorPattern);
    });
  });

  return { server: () => server };
}
