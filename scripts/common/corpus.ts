/**
 * The real-law corpus (../shared/corpus/laws) as portal content, for the
 * search benchmark and the build benchmark. Each law becomes a rule entry;
 * the corpus itself is never modified.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./project.ts";

export interface CorpusLaw {
  /** Path relative to the corpus folder, e.g. 行政法规/信访工作条例(2022-02-25).md */
  file: string;
  title: string;
  /** YYYY-MM-DD of the first dated event line, when there is one. */
  date: string | undefined;
  body: string;
}

/** Every law file under `dir`, relative and sorted; folder descriptions (_index.md) are not laws. */
export function listCorpus(dir: string): string[] {
  const found: string[] = [];
  const walk = (sub: string) => {
    for (const name of readdirSync(path.join(dir, sub)).sort()) {
      const relative = sub ? `${sub}/${name}` : name;
      if (statSync(path.join(dir, relative)).isDirectory()) walk(relative);
      else if (name.endsWith(".md") && name !== "_index.md") found.push(relative);
    }
  };
  walk("");
  return found;
}

const CHINESE_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;

/** Splits a corpus file into title, first event date and body (see the corpus README for the format). */
export function parseCorpusLaw(text: string, file: string): CorpusLaw {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const title = (lines[0] ?? "").replace(/^#\s*/, "").trim() || path.basename(file, ".md");
  const end = lines.findIndex((line) => line.trim() === "<!-- INFO END -->");
  const header = end >= 0 ? lines.slice(1, end) : [];
  const body = (end >= 0 ? lines.slice(end + 1) : lines.slice(1).filter((l) => !l.startsWith("# ")))
    .join("\n")
    .replace(/^# /gm, "## ")
    .trim();
  const dated = header.map((line) => CHINESE_DATE.exec(line)).find((m) => m !== null);
  const date = dated
    ? `${dated[1]}-${(dated[2] as string).padStart(2, "0")}-${(dated[3] as string).padStart(2, "0")}`
    : undefined;
  return { file, title, date, body };
}

/** A corpus law as a rule file the portal accepts (the rules schema, with fixed sample values where the corpus has none). */
export function lawToRuleMarkdown(law: CorpusLaw): string {
  const frontMatter = [
    "---",
    `title: ${JSON.stringify(law.title)}`,
    "issuer: 国家法律法规数据库（语料）",
    `issued: ${law.date ?? "2000-01-01"}`,
    "status: 现行有效",
    "category: 工作制度",
    "---",
  ];
  return `${frontMatter.join("\n")}\n\n${law.body || "（本文件没有正文。）"}\n`;
}

export function readCorpus(dir: string, files: readonly string[] = listCorpus(dir)): CorpusLaw[] {
  return files.map((file) => parseCorpusLaw(readFileSync(path.join(dir, file), "utf8"), file));
}

/** The corpus folder a benchmark was given (default: ../shared/corpus/laws beside the project), or exit with a hint. */
export function corpusDirOrExit(given: string | undefined): string {
  const dir = path.resolve(given ?? path.join(PROJECT_ROOT, "..", "shared", "corpus", "laws"));
  if (!existsSync(dir)) {
    console.error(`找不到语料目录 ${dir}。请把 shared/ 放在项目旁边，或用 --corpus 指定。`);
    process.exit(2);
  }
  return dir;
}
