import { describe, expect, it } from "vitest";
import { bundleUrlOf, startupFiles, withStartupPreloads } from "../../../src/lib/search/preload.ts";

const entry = (hash: string) => ({ languages: { und: { hash, wasm: null } } });

describe("startupFiles", () => {
  it("lists the manifest, then each shard's entry (with the tag) and metadata, and the WebAssembly once", () => {
    const shards = [
      { folder: "", entry: entry("und_aaa") },
      { folder: "2/", entry: entry("und_bbb") },
    ];
    expect(startupFiles(shards, "und", "t1")).toEqual([
      "search-manifest.json",
      "pagefind-entry.json?ts=t1",
      "pagefind.und_aaa.pf_meta",
      "wasm.unknown.pagefind",
      "2/pagefind-entry.json?ts=t1",
      "2/pagefind.und_bbb.pf_meta",
    ]);
  });

  it("names the WebAssembly of the index's language when Pagefind has one", () => {
    const files = startupFiles(
      [{ folder: "", entry: { languages: { en: { hash: "en_1", wasm: "en" } } } }],
      "en",
      "x",
    );
    expect(files).toContain("wasm.en.pagefind");
  });

  it("fails with the shard when the index has no entry for the language", () => {
    expect(() => startupFiles([{ folder: "3/", entry: entry("und_c") }], "zh-cn", "t")).toThrow(
      /分片“3\/”.*zh-cn/,
    );
  });
});

describe("withStartupPreloads", () => {
  const page =
    '<html><head><title>站内搜索</title></head><body><zg-search data-bundle="/portal/pagefind/"></zg-search></body></html>';

  it("reads the bundle URL (with the base path) from the search element", () => {
    expect(bundleUrlOf(page)).toBe("/portal/pagefind/");
    expect(bundleUrlOf("<html><head></head><body></body></html>")).toBeUndefined();
  });

  it("asks for the engine's script and every file in the head, as Pagefind fetches them", () => {
    const html = withStartupPreloads(page, "/portal/pagefind/", [
      "search-manifest.json",
      "2/pagefind.und_b.pf_meta",
    ]);
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head).toContain('<link rel="modulepreload" href="/portal/pagefind/pagefind.js">');
    expect(head).toContain(
      '<link rel="preload" href="/portal/pagefind/search-manifest.json" as="fetch" crossorigin>',
    );
    expect(head).toContain(
      '<link rel="preload" href="/portal/pagefind/2/pagefind.und_b.pf_meta" as="fetch" crossorigin>',
    );
    expect(html.slice(html.indexOf("</head>"))).toBe(page.slice(page.indexOf("</head>")));
  });

  it("refuses a page without a head", () => {
    expect(() => withStartupPreloads("<p>", "/pagefind/", [])).toThrow(/<\/head>/);
  });
});
