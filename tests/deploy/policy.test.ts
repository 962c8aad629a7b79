/**
 * deploy/nginx.conf and deploy/.htaccess say the same thing as the one policy
 * in deploy/policy.ts (real servers run them in tests/site/deploy-*).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  cacheControlFor,
  COMPRESSED_TYPES,
  contentTypeFor,
  IMMUTABLE_CACHE,
  MIME_TYPES,
  REVALIDATE_CACHE,
  SECURITY_HEADERS,
  UTF8_TYPES,
} from "../../deploy/policy.ts";
import { PROJECT_ROOT } from "../../scripts/common/project.ts";

const nginx = readFileSync(path.join(PROJECT_ROOT, "deploy/nginx.conf"), "utf8").replace(/#.*$/gm, "");
const htaccess = readFileSync(path.join(PROJECT_ROOT, "deploy/.htaccess"), "utf8").replace(/^\s*#.*$/gm, "");

/** Files of every kind the site has, as paths relative to its base. */
const SAMPLE_PATHS = [
  "index.html",
  "rules/index.html",
  "404.html",
  "rss.xml",
  "favicon.svg",
  "_astro/preferences-init.Cx6TD9mu.js",
  "_astro/BaseLayout.CClich8t.css",
  "_astro/search.astro_astro_type_script_index_0_lang.DQYDMi3M.js",
  "_astro/cover.LJ-765U0_1oR6fx.webp",
  "pagefind/pagefind-entry.json",
  "pagefind/pagefind.js",
  "pagefind/pagefind-worker.js",
  "pagefind/wasm.unknown.pagefind",
  "pagefind/search-manifest.json",
  "pagefind/pagefind.und_901988933c9.pf_meta",
  "pagefind/index/und_1e8fb42.pf_index",
  "pagefind/fragment/und_01671c0.pf_fragment",
  "pagefind/filter/und_408039f.pf_filter",
  // A large site's second index shard.
  "pagefind/2/pagefind-entry.json",
  "pagefind/2/wasm.unknown.pagefind",
  "pagefind/2/pagefind.und_52e0a1b7c4d.pf_meta",
  "pagefind/2/index/und_9f3c2aa.pf_index",
  "pagefind/2/fragment/und_7d01e3b.pf_fragment",
];

const words = (text: string) => text.trim().split(/\s+/).sort();

describe("the deploy policy", () => {
  it("caches only content-hashed files for good", () => {
    const immutable = SAMPLE_PATHS.filter((p) => cacheControlFor(p) === IMMUTABLE_CACHE);
    expect(immutable).toEqual([
      "_astro/preferences-init.Cx6TD9mu.js",
      "_astro/BaseLayout.CClich8t.css",
      "_astro/search.astro_astro_type_script_index_0_lang.DQYDMi3M.js",
      "_astro/cover.LJ-765U0_1oR6fx.webp",
      "pagefind/pagefind.und_901988933c9.pf_meta",
      "pagefind/index/und_1e8fb42.pf_index",
      "pagefind/fragment/und_01671c0.pf_fragment",
      "pagefind/filter/und_408039f.pf_filter",
      "pagefind/2/pagefind.und_52e0a1b7c4d.pf_meta",
      "pagefind/2/index/und_9f3c2aa.pf_index",
      "pagefind/2/fragment/und_7d01e3b.pf_fragment",
    ]);
  });

  it("gives text a UTF-8 charset and Pagefind's gzip data a plain binary type", () => {
    expect(contentTypeFor("index.html")).toBe("text/html; charset=utf-8");
    expect(contentTypeFor("pagefind/wasm.unknown.pagefind")).toBe("application/octet-stream");
    expect(contentTypeFor("x.pf_index")).toBe("application/octet-stream");
    expect(contentTypeFor("x.WASM")).toBe("application/wasm");
    expect(contentTypeFor("README")).toBeUndefined();
    expect(COMPRESSED_TYPES).not.toContain("application/octet-stream");
  });
});

describe("deploy/nginx.conf", () => {
  it("sends every security header with the policy's value, on every response", () => {
    const headers = Object.fromEntries(
      [...nginx.matchAll(/add_header\s+(\S+)\s+"([^"]*)"\s+always;/g)].map((m) => [m[1], m[2]]),
    );
    expect(headers).toEqual(SECURITY_HEADERS);
    expect(nginx).toMatch(/add_header\s+Cache-Control\s+\$zugong_cache_control\s+always;/);
  });

  it("maps every extension to the policy's MIME type", () => {
    const block = /types\s*\{([^}]*)\}/.exec(nginx)?.[1] ?? "";
    const types: Record<string, string> = {};
    for (const line of block.split(";")) {
      const [type, ...exts] = line.trim().split(/\s+/);
      for (const ext of exts) types[ext] = type as string;
    }
    expect(types).toEqual(MIME_TYPES);
    const charsetTypes = words(/charset_types([^;]*);/.exec(nginx)?.[1] ?? "");
    expect(["text/html", ...charsetTypes].sort()).toEqual([...UTF8_TYPES].sort());
  });

  it("compresses exactly the policy's types", () => {
    const gzipTypes = words(/gzip_types([^;]*);/.exec(nginx)?.[1] ?? "");
    // nginx always compresses text/html when gzip is on.
    expect(["text/html", ...gzipTypes].sort()).toEqual([...COMPRESSED_TYPES].sort());
  });

  it("caches each kind of file as the policy says", () => {
    const map = /map\s+\$uri\s+\$zugong_cache_control\s*\{([^}]*)\}/.exec(nginx)?.[1] ?? "";
    const rules = [...map.matchAll(/"~([^"]+)"\s+"([^"]+)";/g)].map((m) => ({
      pattern: new RegExp(m[1] as string),
      value: m[2] as string,
    }));
    const fallback = /default\s+"([^"]+)";/.exec(map)?.[1];
    expect(fallback).toBe(REVALIDATE_CACHE);
    for (const file of SAMPLE_PATHS) {
      const value = rules.find((r) => r.pattern.test(`/portal/${file}`))?.value ?? fallback;
      expect(value, file).toBe(cacheControlFor(file));
    }
  });
});

describe("deploy/.htaccess", () => {
  it("sends every security header with the policy's value, on every response", () => {
    const headers = Object.fromEntries(
      [...htaccess.matchAll(/Header always set (\S+) "([^"]*)"\s*$/gm)]
        .filter((m) => m[1] !== "Cache-Control")
        .map((m) => [m[1], m[2]]),
    );
    expect(headers).toEqual(SECURITY_HEADERS);
  });

  it("maps every extension to the policy's MIME type, with charset for text", () => {
    const types: Record<string, string> = {};
    for (const m of htaccess.matchAll(/AddType\s+("[^"]+"|\S+)\s+(.+)$/gm)) {
      const type = (m[1] as string).replace(/"/g, "");
      for (const ext of words(m[2] as string)) types[ext.replace(/^\./, "")] = type;
    }
    const expected = Object.fromEntries(
      Object.keys(MIME_TYPES).map((ext) => [ext, contentTypeFor(`file.${ext}`) as string]),
    );
    expect(types).toEqual(expected);
  });

  it("compresses exactly the policy's types", () => {
    const deflate = /AddOutputFilterByType DEFLATE (.+)$/m.exec(htaccess)?.[1] ?? "";
    expect(words(deflate)).toEqual([...COMPRESSED_TYPES].sort());
  });

  it("caches each kind of file as the policy says", () => {
    const patterns = [...htaccess.matchAll(/SetEnvIf Request_URI "([^"]+)" ZUGONG_IMMUTABLE/g)].map(
      (m) => new RegExp(m[1] as string),
    );
    expect(htaccess).toContain(`Header always set Cache-Control "${REVALIDATE_CACHE}"`);
    expect(htaccess).toContain(`Header always set Cache-Control "${IMMUTABLE_CACHE}"`);
    for (const file of SAMPLE_PATHS) {
      const immutable = patterns.some((p) => p.test(`/portal/${file}`));
      expect(immutable ? IMMUTABLE_CACHE : REVALIDATE_CACHE, file).toBe(cacheControlFor(file));
    }
  });
});
