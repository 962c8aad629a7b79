import { describe, expect, it } from "vitest";
import { editLink } from "../../../src/lib/site/edit-link.ts";
import { defineSiteConfig } from "../../../src/lib/site/site-config.ts";

describe("editLink", () => {
  it("appends the file's path to the configured edit address", () => {
    expect(editLink("https://git.example.com/org/repo/edit/main/", "src/content/rules/shouwen-fuze.md")).toBe(
      "https://git.example.com/org/repo/edit/main/src/content/rules/shouwen-fuze.md",
    );
  });

  it("adds the missing slash and cleans Windows-style and ./ paths", () => {
    expect(editLink("https://git.example.com/edit/main", ".\\src\\content\\books\\a.md")).toBe(
      "https://git.example.com/edit/main/src/content/books/a.md",
    );
  });

  it("puts the path where the address has {path}", () => {
    expect(editLink("https://git.example.com/editor?file={path}&ref=main", "src/content/study/a.md")).toBe(
      "https://git.example.com/editor?file=src/content/study/a.md&ref=main",
    );
  });

  it("encodes characters that are not safe in a URL", () => {
    expect(editLink("https://x.example/edit/", "src/content/rules/首问 负责.md")).toBe(
      "https://x.example/edit/src/content/rules/%E9%A6%96%E9%97%AE%20%E8%B4%9F%E8%B4%A3.md",
    );
  });

  it("is undefined (the link is hidden) when no address is configured or the file is unknown", () => {
    expect(editLink("", "src/content/rules/a.md")).toBeUndefined();
    expect(editLink("  ", "src/content/rules/a.md")).toBeUndefined();
    expect(editLink("https://x.example/edit/", undefined)).toBeUndefined();
  });
});

describe("editBaseUrl in site.config.ts", () => {
  const minimal = { name: "门户", description: "说明", url: "https://zugong.example.com" };

  it("defaults to empty", () => {
    expect(defineSiteConfig(minimal).editBaseUrl).toBe("");
  });

  it("rejects an address that is not a web address", () => {
    expect(() => defineSiteConfig({ ...minimal, editBaseUrl: "git.example.com/edit" })).toThrow(
      /editBaseUrl/,
    );
  });
});
