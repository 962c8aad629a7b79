/**
 * npm run book: the compilation (学习资料选编) as downloads — an EPUB 3 for
 * reading apps — made from the whole-book print page that `npm run build`
 * wrote, so the files carry the same text as the site. Written into the
 * built site next to the contents page: <dist>/study/xuanbian.epub.
 *
 *   npm run book                 # after npm run build; uses dist/
 *   npm run book -- --dist DIR   # another built site (the production build's new folder)
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { epubFiles, epubZip } from "../../src/lib/book/epub.ts";
import { readPrintPage } from "../../src/lib/book/source.ts";
import site from "../../site.config.ts";
import { PROJECT_ROOT } from "../common/project.ts";
import { editionDate } from "./lib/edition-date.ts";

export const EPUB_NAME = "xuanbian.epub";

export interface BookOptions {
  /** The built site. */
  dist: string;
  root?: string;
  env?: Record<string, string | undefined>;
}

/** Writes the EPUB into `dist`; returns its path. */
export function writeBook({ dist, root = PROJECT_ROOT, env = process.env }: BookOptions): { epub: string } {
  const printPage = path.join(dist, "study/print/index.html");
  let html: string;
  try {
    html = readFileSync(printPage, "utf8");
  } catch {
    throw new Error(`没有找到 ${printPage}：先运行 npm run build 生成网站。`);
  }
  const book = readPrintPage(html);
  const meta = {
    compiler: site.organizer,
    date: editionDate(root, env),
    siteUrl: (env["SITE_URL"] || site.url).replace(/\/$/, ""),
    base: env["SITE_BASE"] || site.base,
    sample: site.notice !== "",
  };
  const css = readFileSync(path.join(root, "src/styles/book/epub.css"), "utf8");
  const epub = path.join(dist, "study", EPUB_NAME);
  writeFileSync(epub, epubZip(epubFiles(book, meta, css), meta.date));
  return { epub };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { dist: { type: "string" } } });
  const dist = path.resolve(values.dist ?? path.join(PROJECT_ROOT, "dist"));
  try {
    const { epub } = writeBook({ dist });
    console.log(`已生成 ${path.relative(process.cwd(), epub)}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
