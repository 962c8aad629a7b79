/** A tiny built site and project on disk for the audit's script tests. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pageHtml, type FixturePage } from "../../lib/audit/fixtures.ts";

/** Writes the pages (and any other files) into a new temporary folder and returns it. */
export function writeSite(pages: readonly FixturePage[], extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "zugong-audit-"));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  for (const page of pages) write(page.file, pageHtml(page));
  for (const [file, text] of Object.entries(extra)) write(file, text);
  return dir;
}

/** A home page, the 调研文章 list page and one article dated `date`. */
export function articleSite(date: string): string {
  return writeSite([
    { file: "index.html", links: ["/articles/a/"] },
    { file: "articles/index.html", column: "调研文章", links: ["/articles/a/"] },
    { file: "articles/a/index.html", column: "调研文章", title: "一篇文章", pubDate: date },
  ]);
}
