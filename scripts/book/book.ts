/**
 * npm run book: the compilation (学习资料选编) as downloads — an EPUB 3 for
 * reading apps and a PDF booklet for the print shop — made from the
 * whole-book print page that `npm run build` wrote, so both carry the same
 * text as the site. Written into the built site next to the contents page:
 * <dist>/study/xuanbian.epub and <dist>/study/xuanbian.pdf.
 *
 *   npm run book                    # after npm run build; uses dist/, A5
 *   npm run book -- --paper A4      # the PDF on A4
 *   npm run book -- --dist DIR      # another built site (the production build's new folder)
 *   npm run book -- --no-pdf        # the EPUB only (no Chromium needed)
 */
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { addToSitemap, insertDownloads, type BookDownload } from "../../src/lib/book/downloads.ts";
import { epubFiles, epubZip, type BookMeta } from "../../src/lib/book/epub.ts";
import { pinPdfDates } from "../../src/lib/book/pdf-dates.ts";
import { pdfDocument, type Paper } from "../../src/lib/book/pdf-html.ts";
import { readPrintPage, type Book } from "../../src/lib/book/source.ts";
import site from "../../site.config.ts";
import { findChromium } from "../common/browser.ts";
import { PROJECT_ROOT } from "../common/project.ts";
import { editionDate } from "./lib/edition-date.ts";
import { pagedJs, renderPdf } from "./lib/pdf.ts";

export const EPUB_NAME = "xuanbian.epub";
export const PDF_NAME = "xuanbian.pdf";

export interface BookOptions {
  /** The built site. */
  dist: string;
  root?: string;
  env?: Record<string, string | undefined>;
}

function readBook({ dist, root = PROJECT_ROOT, env = process.env }: BookOptions): {
  book: Book;
  meta: BookMeta;
} {
  const printPage = path.join(dist, "study/print/index.html");
  let html: string;
  try {
    html = readFileSync(printPage, "utf8");
  } catch {
    throw new Error(`没有找到 ${printPage}：先运行 npm run build 生成网站。`);
  }
  const meta = {
    compiler: site.organizer,
    date: editionDate(root, env),
    siteUrl: (env["SITE_URL"] || site.url).replace(/\/$/, ""),
    base: env["SITE_BASE"] || site.base,
    sample: site.notice !== "",
  };
  return { book: readPrintPage(html), meta };
}

/** Writes the EPUB into `dist`; returns its path. */
export function writeBook(options: BookOptions): { epub: string } {
  const { book, meta } = readBook(options);
  const css = readFileSync(path.join(options.root ?? PROJECT_ROOT, "src/styles/book/epub.css"), "utf8");
  const epub = path.join(options.dist, "study", EPUB_NAME);
  writeFileSync(epub, epubZip(epubFiles(book, meta, css), meta.date));
  return { epub };
}

/** Writes the PDF booklet into `dist` (Paged.js in Chromium); returns its path. */
export async function writePdf(
  options: BookOptions & { paper?: Paper; out?: string },
): Promise<{ pdf: string }> {
  const { book, meta } = readBook(options);
  const css = readFileSync(path.join(options.root ?? PROJECT_ROOT, "src/styles/book/pdf.css"), "utf8");
  const pdf = options.out ?? path.join(options.dist, "study", PDF_NAME);
  const bytes = await renderPdf(pdfDocument(book, meta, options.paper ?? "A5", css, pagedJs()));
  writeFileSync(pdf, pinPdfDates(bytes, meta.date));
  return { pdf };
}

/**
 * Offers the files that are in `dist/study/` on the contents page (size and date)
 * and lists them in sitemap.xml. Run after writing them; the contents page must
 * come from the same build (it still holds the placeholder).
 */
export function offerDownloads(options: BookOptions): BookDownload[] {
  const { meta } = readBook(options);
  const study = path.join(options.dist, "study");
  const offered: BookDownload[] = [
    {
      label: "PDF 印刷本",
      note: "带目录页码和书签，可打印装订成册",
      href: PDF_NAME,
      bytes: 0,
      date: meta.date,
    },
    {
      label: "EPUB 电子书",
      note: "适合手机和平板的阅读软件，可离线阅读",
      href: EPUB_NAME,
      bytes: 0,
      date: meta.date,
    },
  ]
    .filter((d) => existsSync(path.join(study, d.href)))
    .map((d) => ({
      ...d,
      bytes: statSync(path.join(study, d.href)).size,
      href: `${meta.base}study/${d.href}`,
    }));
  const contents = path.join(study, "index.html");
  writeFileSync(contents, insertDownloads(readFileSync(contents, "utf8"), offered));
  const sitemap = path.join(options.dist, "sitemap.xml");
  if (existsSync(sitemap)) {
    const urls = offered.map((d) => ({ loc: `${meta.siteUrl}${d.href}`, date: d.date }));
    writeFileSync(sitemap, addToSitemap(readFileSync(sitemap, "utf8"), urls));
  }
  return offered;
}

/**
 * The whole of `npm run book`, as the production build runs it on its new
 * folder: the EPUB; the PDF when Chromium is installed (without it, says so and
 * goes on); the downloads offered on the contents page. Returns what it did, to print.
 */
export async function makeBook(options: BookOptions & { paper?: Paper; pdf?: boolean }): Promise<string[]> {
  const done: string[] = [];
  const relative = (p: string) => path.relative(options.dist, p);
  done.push(`已生成 ${relative(writeBook(options).epub)}`);
  if (options.pdf === false) {
    // Asked for the EPUB only.
  } else if (findChromium()) {
    const paper = options.paper ?? "A5";
    done.push(`已生成 ${relative((await writePdf({ ...options, paper })).pdf)}（${paper}）`);
  } else {
    done.push(
      "本机没有 Chromium，未生成 PDF（安装 Debian 的 chromium 后重新运行 npm run book）；EPUB 照常提供。",
    );
  }
  const offered = offerDownloads(options);
  done.push(`选编目录页和 sitemap.xml 已列出 ${offered.length} 个下载文件。`);
  return done;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      dist: { type: "string" },
      paper: { type: "string", default: "A5" },
      "no-pdf": { type: "boolean" },
    },
  });
  const dist = path.resolve(values.dist ?? path.join(PROJECT_ROOT, "dist"));
  const paper = values.paper.toUpperCase();
  try {
    if (paper !== "A5" && paper !== "A4")
      throw new Error(`--paper 只能是 A5 或 A4，而不是 ${values.paper}。`);
    for (const line of await makeBook({ dist, paper, pdf: !values["no-pdf"] })) console.log(line);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
