/**
 * npm run book: the PDF booklet (Paged.js in Chromium), read back with
 * Poppler's tools — page size and count, fonts embedded, each chapter title on
 * the page the contents give, running heads, bookmarks equal to the contents,
 * a footnote at the foot of its page and a wide table inside the text block.
 * The book is the sample compilation plus the fixture's chapter with a wide
 * table and one with footnotes (tests/helpers/book-fixture.ts).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { writePdf } from "../../scripts/book/book.ts";
import { FOOTNOTE_CHAPTER, printPage, WIDE_TABLE_CHAPTER } from "../helpers/book-fixture.ts";

const folder = mkdtempSync(path.join(tmpdir(), "zugong-pdf-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const env = { SOURCE_DATE_EPOCH: "1764460800" };

function site(name: string, html: string): string {
  const dist = path.join(folder, name);
  mkdirSync(path.join(dist, "study/print"), { recursive: true });
  writeFileSync(path.join(dist, "study/print/index.html"), html);
  return dist;
}
const poppler = (tool: string, ...args: string[]) =>
  execFileSync(tool, args, { encoding: "utf8", maxBuffer: 1 << 28 });
const pageText = (pdf: string, page: number) =>
  poppler("pdftotext", "-f", `${page}`, "-l", `${page}`, pdf, "-");
const info = (pdf: string) => poppler("pdfinfo", pdf);
const pageCount = (pdf: string) => Number(/^Pages:\s+(\d+)/m.exec(info(pdf))?.[1]);

/** The PDF's bookmarks (pdftohtml -xml), as [depth, page, title]. */
function outline(pdf: string): Array<[number, number, string]> {
  const xml = poppler("pdftohtml", "-xml", "-i", "-q", "-stdout", pdf);
  const items: Array<[number, number, string]> = [];
  let depth = 0;
  for (const m of xml.matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
    if (m[0] === "<outline>") depth++;
    else if (m[0] === "</outline>") depth--;
    else items.push([depth, Number(m[1]), m[2] ?? ""]);
  }
  return items;
}

describe("npm run book: the PDF booklet", () => {
  let pdf = "";
  let contents: Array<{ title: string; page: number }> = [];
  beforeAll(async () => {
    const real = readFileSync(path.join(inject("rootDist"), "study/print/index.html"), "utf8");
    const end = real.lastIndexOf("</article>") + "</article>".length;
    const dist = site(
      "a5",
      `${real.slice(0, end)}\n${WIDE_TABLE_CHAPTER}\n${FOOTNOTE_CHAPTER}${real.slice(end)}`,
    );
    pdf = (await writePdf({ dist, env })).pdf;
    // The contents: every line that ends with a page number, on the page that starts with 目录 (and the next).
    const start = [1, 2, 3, 4, 5, 6, 7].find((page) => pageText(pdf, page).trim().startsWith("目录"));
    if (!start) throw new Error("no contents page in the first pages");
    const front = poppler("pdftotext", "-f", `${start}`, "-l", `${start + 1}`, "-layout", pdf, "-");
    contents = [...front.matchAll(/^\s*(\S.*?\S)\s{2,}(\d+)\s*$/gm)].map((m) => ({
      title: m[1] ?? "",
      page: Number(m[2]),
    }));
  }, 170_000);

  it("is A5, with every font embedded, and Chinese text in a TrueType font", () => {
    expect(info(pdf)).toMatch(/^Page size:\s+420 x 59[45](\.\d+)? pts \(A5\)/m);
    const fonts = poppler("pdffonts", pdf).split("\n").slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/\s+yes\s+(yes|no)\s+yes\s+\d+\s+\d+$/);
    expect(fonts.some((line) => /CID TrueType/.test(line))).toBe(true);
  });

  it("has a cover with the 示例 mark and the 编印说明 before the contents", () => {
    expect(pageText(pdf, 1)).toMatch(
      /示例[\s\S]*组工干部业务知识学习资料选编[\s\S]*示例县委组织部 编印[\s\S]*2025年11月30日/,
    );
    expect(pageText(pdf, 3)).toContain("编印说明");
    expect(pageText(pdf, 3)).toContain("收录6编14章");
  });

  it("puts every chapter title on the page its contents line gives, and each part on a right-hand (odd) page", () => {
    const titles = contents.map((c) => c.title);
    expect(titles).toContain("中华人民共和国公务员法");
    expect(titles).toContain("限时办结事项表");
    expect(titles).toHaveLength(6 + 14);
    for (const { title, page } of contents) {
      expect(pageText(pdf, page).replace(/\s+/g, ""), `${title} on page ${page}`).toContain(
        title.replace(/\s+/g, ""),
      );
      if (/^第.编/.test(title)) expect(page % 2, `${title} on page ${page}`).toBe(1);
    }
  });

  it("has bookmarks for parts and chapters equal to the contents", () => {
    const marks = outline(pdf).filter(([depth]) => depth <= 2);
    expect(marks.map(([, page, title]) => ({ title, page }))).toEqual(contents);
    const parts = marks.filter(([depth]) => depth === 1).map(([, , title]) => title);
    expect(parts).toEqual(contents.filter((c) => /^第.编/.test(c.title)).map((c) => c.title));
  });

  it("has page numbers and running heads: the part on left-hand pages, the chapter on right-hand pages", () => {
    const chapter = contents.find((c) => c.title === "中华人民共和国公务员法");
    if (!chapter) throw new Error("no 公务员法 in the contents");
    for (const page of [chapter.page + 1, chapter.page + 2]) {
      const lines = pageText(pdf, page).trim().split("\n");
      expect(lines[0]).toBe(page % 2 === 0 ? "第一编 干部人事" : "中华人民共和国公务员法");
      expect(lines.at(-1)).toBe(String(page));
    }
  });

  it("sets a footnote at the foot of the page that calls it, and the wide table inside the text block", () => {
    const notes = contents.find((c) => c.title === "干部监督情况通报办法");
    const table = contents.find((c) => c.title === "限时办结事项表");
    if (!notes || !table) throw new Error("fixture chapters missing from the contents");
    const text = pageText(pdf, notes.page);
    expect(text).toContain("日常监督包括谈心谈话、提醒谈话等。");
    expect(text.indexOf("日常监督包括")).toBeGreaterThan(text.indexOf("制定本办法"));
    // Every word of the table's page lies inside the page, short of the outside margin (14 mm).
    const bbox = poppler("pdftotext", "-f", `${table.page}`, "-l", `${table.page}`, "-bbox", pdf, "-");
    const right = Math.max(...[...bbox.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1])));
    expect(right).toBeLessThanOrEqual(420 - 14 * 2.8);
    const cells = pageText(pdf, table.page).replace(/\s+/g, "");
    for (const header of ["事项", "承办股室", "联系电话"]) expect(cells).toContain(header);
  });

  it("prints on A4 by option, the same bytes from two runs, dated with the edition", async () => {
    const dist = site("a4", printPage());
    const first = (await writePdf({ dist, env, paper: "A4" })).pdf;
    const second = (await writePdf({ dist, env, paper: "A4", out: path.join(folder, "again.pdf") })).pdf;
    expect(info(first)).toMatch(/^Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/m);
    expect(info(first)).toMatch(/^CreationDate:\s+Sun Nov 30 00:00:00 2025 UTC$/m);
    expect(pageCount(first)).toBeGreaterThan(5);
    expect(readFileSync(second).equals(readFileSync(first))).toBe(true);
  }, 120_000);
});
