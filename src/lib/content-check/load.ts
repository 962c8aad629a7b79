/** Reads the content folder from disk into entries the validator can check. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseFrontmatter } from "@astrojs/markdown-remark";
import yaml from "js-yaml";
import { COLLECTIONS, COLLECTION_NAMES, MARKDOWN_EXTENSIONS, type CollectionName } from "./collections.ts";
import type { Problem } from "./problem.ts";

export interface SourceEntry {
  collection: CollectionName;
  /** Entry id: the file name without extension, or `id` of a YAML list item. */
  id: string;
  /** Project-relative path with forward slashes. */
  file: string;
  /** The raw front matter (Markdown) or the whole file (YAML), for line look-ups. */
  source: string;
  /** Line where this entry's source starts (1 for Markdown; the `- ` line for YAML items). */
  startLine: number;
  data: unknown;
}

export interface LoadResult {
  entries: SourceEntry[];
  problems: Problem[];
}

const toPosix = (p: string) => p.split(path.sep).join("/");

/** Loads every collection under `<root>/src/content`. */
export function loadContent(root: string): LoadResult {
  const contentDir = path.join(root, "src", "content");
  const result: LoadResult = { entries: [], problems: [] };
  for (const name of COLLECTION_NAMES) {
    const spec = COLLECTIONS[name];
    const target = path.join(contentDir, spec.path);
    const rel = toPosix(path.relative(root, target));
    if (!existsSync(target)) {
      result.problems.push({
        severity: "error",
        file: rel,
        message: `找不到${spec.label}的${spec.kind === "markdown" ? "文件夹" : "数据文件"}`,
        hint: `请恢复 ${rel}。`,
      });
      continue;
    }
    if (spec.kind === "markdown") loadMarkdownFolder(root, name, target, result);
    else loadYamlList(root, name, target, result);
  }
  return result;
}

function loadMarkdownFolder(root: string, collection: CollectionName, dir: string, result: LoadResult): void {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const file = toPosix(path.relative(root, full));
    const ext = path.extname(name);
    if (statSync(full).isDirectory()) continue; // sub-folders hold images
    if (!(MARKDOWN_EXTENSIONS as readonly string[]).includes(ext)) continue;
    const text = readFileSync(full, "utf8");
    const parsed = parseMarkdown(text, file, result.problems);
    if (parsed === undefined) continue;
    result.entries.push({
      collection,
      id: path.basename(name, ext),
      file,
      source: text,
      startLine: 1,
      data: parsed,
    });
  }
}

/** Front matter of a Markdown file, or undefined after reporting why it cannot be read. */
function parseMarkdown(text: string, file: string, problems: Problem[]): Record<string, unknown> | undefined {
  if (!/^\uFEFF?---\r?\n/.test(text)) {
    problems.push({
      severity: "error",
      file,
      line: 1,
      message: "文件开头没有前置元数据",
      expected: "文件第一行是 ---，接着是 title: … 等字段，再以一行 --- 结束",
      hint: "参照同一文件夹里的其他文件，在开头补上前置元数据。",
    });
    return undefined;
  }
  try {
    const { frontmatter, rawFrontmatter } = parseFrontmatter(text);
    if (rawFrontmatter === "") {
      problems.push({
        severity: "error",
        file,
        line: 1,
        message: "前置元数据没有结束",
        expected: "字段之后单独一行 ---",
        hint: "在最后一个字段后面加一行 ---。",
      });
      return undefined;
    }
    return frontmatter;
  } catch (error) {
    problems.push(yamlProblem(error, file, 1));
    return undefined;
  }
}

function loadYamlList(root: string, collection: CollectionName, full: string, result: LoadResult): void {
  const file = toPosix(path.relative(root, full));
  const text = readFileSync(full, "utf8");
  let data: unknown;
  try {
    data = yaml.load(text);
  } catch (error) {
    result.problems.push(yamlProblem(error, file, 0));
    return;
  }
  if (!Array.isArray(data)) {
    result.problems.push({
      severity: "error",
      file,
      message: "数据文件应是一个列表",
      expected: "每一项以“- id: …”开头",
      hint: "参照示例文件的写法。",
    });
    return;
  }
  const itemLines = text.split(/\r?\n/).flatMap((line, i) => (/^-(\s|$)/.test(line) ? [i + 1] : []));
  data.forEach((item: unknown, index) => {
    const id = item && typeof item === "object" && "id" in item ? String(item.id) : `#${index + 1}`;
    result.entries.push({ collection, id, file, source: text, startLine: itemLines[index] ?? 1, data: item });
  });
}

function yamlProblem(error: unknown, file: string, lineOffset: number): Problem {
  const mark = (error as { mark?: { line?: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? String(error);
  return {
    severity: "error",
    file,
    // js-yaml lines are 0-based within the YAML text; front matter starts after the opening ---.
    line: mark?.line === undefined ? undefined : mark.line + 1 + lineOffset,
    message: "YAML 语法错误，无法读取字段",
    found: reason,
    expected: "每行一个“字段: 值”，冒号是英文半角冒号且后面有一个空格；列表项以“- ”开头并对齐缩进",
    hint: "检查这一行及上一行：冒号、引号和缩进最常出错。含冒号的值请用英文引号括起来。",
  };
}
