/**
 * The government-site meta of every built page, checked against the one
 * table in src/lib/site/gov-meta.ts: each kind of page carries exactly the
 * tags the 发展指引 lists for it, in the right form, with the page's own values.
 */
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import yaml from "js-yaml";
import { readFileSync, readdirSync } from "node:fs";
import { govMetaProblems, type MetaTag, type PageKind } from "../../src/lib/site/gov-meta.ts";
import { SECTIONS } from "../../src/lib/site/routes.ts";
import { PROJECT_ROOT } from "../helpers/build-site.ts";
import { htmlFiles, readPage } from "../helpers/site-files.ts";

const dist = inject("rootDist");
const CONTENT_FOLDERS = ["rules", "study", "sessions", "books", "articles"] as const;

/** Front matter of one content file. */
function frontMatter(folder: string, id: string): Record<string, unknown> {
  const file = readdirSync(path.join(PROJECT_ROOT, "src/content", folder)).find(
    (f) => f.replace(/\.mdx?$/, "") === id,
  );
  const text = readFileSync(path.join(PROJECT_ROOT, "src/content", folder, file as string), "utf8");
  return yaml.load(text.split(/^---$/m)[1] as string) as Record<string, unknown>;
}

/** What kind of page a built file is, from where it sits. */
function expectedKind(file: string): {
  kind: PageKind;
  section?: (typeof SECTIONS)[number];
  content?: [string, string];
} {
  const [first, second] = file.split("/");
  const sectionHere = SECTIONS.find((s) => s.key !== "home" && s.path === `/${first}/`);
  if (!sectionHere) return { kind: "site" };
  const isContent =
    (CONTENT_FOLDERS as readonly string[]).includes(first as string) &&
    second !== "index.html" &&
    second !== "print";
  return isContent
    ? { kind: "article", section: sectionHere, content: [first as string, second as string] }
    : { kind: "column", section: sectionHere };
}

const tagsOf = (file: string): MetaTag[] =>
  readPage(path.join(dist, file))
    .querySelectorAll("head meta[name]")
    .map((m) => ({ name: m.getAttribute("name") as string, content: m.getAttribute("content") ?? "" }))
    .filter((t) => /^[A-Z]/.test(t.name) && t.name !== "Referrer");

const isoDay = (day: unknown) => (day instanceof Date ? day.toISOString().slice(0, 10) : String(day));
const value = (tags: MetaTag[], name: string) => tags.find((t) => t.name === name)?.content;

describe("government-site meta on every page", () => {
  const files = htmlFiles(dist);

  it("covers every kind of page", () => {
    const kinds = new Set(files.map((f) => expectedKind(f).kind));
    expect([...kinds].sort()).toEqual(["article", "column", "site"]);
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files)("%s carries the tags of its kind, well formed", (file) => {
    const { kind, section, content } = expectedKind(file);
    const tags = tagsOf(file);
    expect(govMetaProblems(kind, tags)).toEqual([]);
    expect(value(tags, "SiteName")).toBe("组工学习门户");
    expect(value(tags, "SiteDomain")).toBe("zugong.example.com");
    if (section) {
      expect(value(tags, "ColumnName")).toBe(section.title);
      expect(value(tags, "ColumnType")).toBe(section.column?.type);
    }
    if (content) {
      const [folder, id] = content;
      const data = frontMatter(folder, id);
      const title = folder === "books" ? `《${String(data["title"])}》` : String(data["title"]);
      expect(value(tags, "ArticleTitle")).toBe(title);
      expect(value(tags, "Url")).toBe(`https://zugong.example.com/${folder}/${id}/`);
      // A chapter's date is read from its source line (first date in it), so only its form is checked above.
      const day = { rules: data["issued"], books: `${String(data["month"])}-01`, articles: data["date"] }[
        folder
      ];
      if (day !== undefined) expect(value(tags, "PubDate")).toBe(`${isoDay(day)} 00:00`);
    }
  });

  it("gives a book with a cover its cover as the Image, an absolute address of a file in the build", () => {
    const image = value(tagsOf("books/xiangtu-zhongguo/index.html"), "Image") as string;
    expect(image).toMatch(/^https:\/\/zugong\.example\.com\/_astro\/.+\.(webp|jpg|png)$/);
    const local = path.join(dist, new URL(image).pathname);
    expect(() => readFileSync(local)).not.toThrow();
  });
});
