/**
 * The compilation's downloads (EPUB and PDF) offered on its contents page and
 * listed in sitemap.xml. The files are made after the site is built (from its
 * print page), so `npm run book` writes them into the built pages: the contents
 * page holds an empty placeholder (BookDownloads.astro) that the list replaces.
 */
import { chineseDate } from "./epub.ts";
import { escapeXml } from "./xhtml.ts";

export interface BookDownload {
  /** What the file is, e.g. “EPUB 电子书”. */
  label: string;
  /** What it is for, e.g. “适合手机阅读软件”. */
  note: string;
  /** The file's address on the site (with the base path). */
  href: string;
  bytes: number;
  /** YYYY-MM-DD, the edition's date. */
  date: string;
}

/** The placeholder's id, written by BookDownloads.astro. */
export const DOWNLOADS_ID = "book-downloads";

/** 117661 → “115 KB”, 4603034 → “4.4 MB” (binary units, as file managers show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The list of downloads, as the contents page shows it (outside the search index). */
export function downloadsHtml(downloads: readonly BookDownload[]): string {
  const items = downloads
    .map(
      (d) =>
        `<li><a href="${escapeXml(d.href)}" download>${escapeXml(d.label)}</a>（${escapeXml(d.note)}；${formatBytes(d.bytes)}，${chineseDate(d.date)}编印）</li>`,
    )
    .join("");
  return `<section id="${DOWNLOADS_ID}" class="book-downloads" aria-labelledby="${DOWNLOADS_ID}-title" data-pagefind-ignore><h2 id="${DOWNLOADS_ID}-title">下载整本选编</h2><ul>${items}</ul></section>`;
}

// The placeholder, or the list an earlier run put there.
const PLACEHOLDER = new RegExp(
  `<div[^>]*\\bid="${DOWNLOADS_ID}"[^>]*>\\s*</div>|<section id="${DOWNLOADS_ID}"[\\s\\S]*?</section>`,
);

/** The contents page with its placeholder replaced by the list; throws when the page has none. */
export function insertDownloads(page: string, downloads: readonly BookDownload[]): string {
  if (!PLACEHOLDER.test(page)) throw new Error(`选编目录页中没有下载区的占位（id="${DOWNLOADS_ID}"）。`);
  return page.replace(PLACEHOLDER, () => downloadsHtml(downloads));
}

/** sitemap.xml with the downloads listed (once: a second run replaces nothing twice). */
export function addToSitemap(xml: string, downloads: ReadonlyArray<{ loc: string; date: string }>): string {
  const entries = downloads
    .filter((d) => !xml.includes(`<loc>${escapeXml(d.loc)}</loc>`))
    .map((d) => `  <url><loc>${escapeXml(d.loc)}</loc><lastmod>${d.date}</lastmod></url>\n`)
    .join("");
  return xml.replace("</urlset>", `${entries}</urlset>`);
}
