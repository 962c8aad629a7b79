/**
 * npm run book on the built site: the EPUB that the W3C's EPUBCheck accepts
 * with no errors or warnings — the sample compilation plus a chapter with a
 * wide table and one with footnotes (tests/helpers/book-fixture.ts) — and the
 * same bytes from two runs; and the downloads it offers on the contents page.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { afterAll, describe, expect, inject, it } from "vitest";
import { offerDownloads, writeBook } from "../../scripts/book/book.ts";
import { validateHtml } from "../../scripts/common/vnu.ts";
import { formatBytes } from "../../src/lib/book/downloads.ts";
import { FOOTNOTE_CHAPTER, WIDE_TABLE_CHAPTER } from "../helpers/book-fixture.ts";

const EPUBCHECK = "/usr/share/java/epubcheck.jar";
const folder = mkdtempSync(path.join(tmpdir(), "zugong-book-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A built site whose print page is the real one with the fixture's two chapters added at the end. */
function siteWithFixtureChapters(): string {
  const dist = path.join(folder, "dist");
  mkdirSync(path.join(dist, "study/print"), { recursive: true });
  const real = readFileSync(path.join(inject("rootDist"), "study/print/index.html"), "utf8");
  const end = real.lastIndexOf("</article>") + "</article>".length;
  const html = `${real.slice(0, end)}\n${WIDE_TABLE_CHAPTER}\n${FOOTNOTE_CHAPTER}${real.slice(end)}`;
  writeFileSync(path.join(dist, "study/print/index.html"), html);
  return dist;
}

describe("npm run book: the EPUB", () => {
  const dist = siteWithFixtureChapters();
  const env = { SOURCE_DATE_EPOCH: "1764460800" };
  const { epub } = writeBook({ dist, env });
  const bytes = readFileSync(epub);

  it("passes EPUBCheck with no errors and no warnings", () => {
    const result = spawnSync("java", ["-jar", EPUBCHECK, epub], { encoding: "utf8" });
    const output = `${result.stdout}${result.stderr}`;
    expect(output).toContain("No errors or warnings detected.");
    expect(result.status, output).toBe(0);
  }, 120_000);

  it("is the same bytes when made again", () => {
    const again = path.join(folder, "again");
    mkdirSync(path.join(again, "study/print"), { recursive: true });
    execFileSync("cp", [path.join(dist, "study/print/index.html"), path.join(again, "study/print/")]);
    const second = readFileSync(writeBook({ dist: again, env }).epub);
    expect(second.equals(bytes)).toBe(true);
  });

  it("holds every chapter of the compilation, with the date of the edition", () => {
    const entries = unzipSync(new Uint8Array(bytes));
    const nav = strFromU8(entries["EPUB/nav.xhtml"] ?? new Uint8Array());
    for (const title of [
      "中华人民共和国公务员法",
      "中华人民共和国保守国家秘密法",
      "限时办结事项表",
      "干部监督情况通报办法",
    ]) {
      expect(nav).toContain(`>${title}</a>`);
    }
    const opf = strFromU8(entries["EPUB/package.opf"] ?? new Uint8Array());
    expect(opf).toContain("<dc:date>2025-11-30</dc:date>");
    const chapter = strFromU8(entries["EPUB/baomi-fa.xhtml"] ?? new Uint8Array());
    expect(chapter).toContain('<a href="baomi-fa.xhtml#baomi-fa--art-1" class="article-no">第一条</a>');
  });
});

describe("npm run book: the downloads on the compilation's contents page", () => {
  // The /portal/ build: links and sitemap entries carry the sub-path.
  const built = inject("portalDist");
  const dist = path.join(folder, "portal");
  mkdirSync(path.join(dist, "study/print"), { recursive: true });
  for (const file of ["study/index.html", "study/print/index.html", "sitemap.xml"]) {
    execFileSync("cp", [path.join(built, file), path.join(dist, file)]);
  }
  const env = { SOURCE_DATE_EPOCH: "1764460800", SITE_BASE: "/portal/" };
  writeBook({ dist, env });
  const offered = offerDownloads({ dist, env });
  const page = readFileSync(path.join(dist, "study/index.html"), "utf8");

  it("links each file that was made, with its size and date, and the link reaches the file", () => {
    expect(offered.map((d) => d.href)).toEqual(["/portal/study/xuanbian.epub"]);
    const size = formatBytes(statSync(path.join(dist, "study/xuanbian.epub")).size);
    expect(page).toContain(`<a href="/portal/study/xuanbian.epub" download>EPUB 电子书</a>`);
    expect(page).toContain(`${size}，2025年11月30日编印`);
    expect(page).not.toContain(`<div id="book-downloads"`);
  });

  it("keeps the list out of the search index and in sitemap.xml as downloads", () => {
    expect(page).toMatch(/<section id="book-downloads"[^>]*data-pagefind-ignore/);
    expect(readFileSync(path.join(dist, "sitemap.xml"), "utf8")).toContain(
      "<url><loc>https://zugong.example.com/portal/study/xuanbian.epub</loc><lastmod>2025-11-30</lastmod></url>",
    );
  });

  it("leaves the contents page valid HTML (W3C checker: no errors or warnings)", async () => {
    const messages = await validateHtml([path.join(dist, "study/index.html")]);
    expect(messages).toEqual([]);
  }, 60_000);
});
