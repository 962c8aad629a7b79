/** Reads the content folder from disk into entries the validator can check. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  MARKDOWN_EXTENSIONS,
  type CollectionName,
} from "../model/collections.ts";
import type { Problem } from "./problem.ts";
import { strayFiles } from "./checks/stray-files.ts";
import {
  checkYamlTypography,
  DASH_LIKE_LINE,
  decodeContent,
  SAVE_AS_UTF8,
  type TextIssue,
} from "./checks/text.ts";

export interface SourceEntry {
  collection: CollectionName;
  /** Entry id: the file name without extension, or `id` of a YAML list item. */
  id: string;
  /** Project-relative path with forward slashes. */
  file: string;
  /** The file's text (full-width slips in keys repaired), for line look-ups. */
  source: string;
  /** Line where this entry's source starts (the opening --- for Markdown; the `- ` line for YAML items). */
  startLine: number;
  data: unknown;
  /** The Markdown body (after the front matter). */
  body?: string;
  /** File line number of the body's first line. */
  bodyLine?: number;
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
  result.problems.push(...strayFiles(root));
  return result;
}

/** Field names of a collection, nested ones by their last part (published.level → level). */
function knownKeys(collection: CollectionName): Set<string> {
  return new Set(Object.keys(COLLECTIONS[collection].docs).map((key) => key.split(".").pop() as string));
}

/** Reads a file as text, reporting an encoding other than UTF-8. */
function readText(full: string, file: string, problems: Problem[]): string {
  const { text, encoding } = decodeContent(readFileSync(full));
  if (encoding !== "utf-8") {
    problems.push({
      severity: "error",
      file,
      message: {
        gb18030: "文件是 GBK/GB18030 编码（Windows 记事本、WPS 等的旧默认），不是 UTF-8，网站上会显示成乱码",
        "utf-16": "文件是 UTF-16 编码（记事本里叫“Unicode”），不是 UTF-8，网站无法读取",
        unknown: "文件不是 UTF-8 编码，无法正确读取（可能是其他编码，或者不是文字文件）",
      }[encoding],
      expected: "UTF-8 编码的文字文件（带不带 BOM 都可以）",
      hint: SAVE_AS_UTF8,
    });
  }
  return text;
}

function typographyProblem(file: string, fieldLabel: (key: string) => string | undefined) {
  return (issue: TextIssue): Problem => ({
    severity: "error",
    file,
    line: issue.line,
    field: issue.key,
    fieldLabel: issue.key ? fieldLabel(issue.key) : undefined,
    message: issue.message,
    found: issue.found,
    expected: issue.expected,
    hint: issue.hint,
  });
}

const labelIn = (collection: CollectionName) => (key: string) =>
  (COLLECTIONS[collection].docs as Record<string, { label: string }>)[key]?.label;

function loadMarkdownFolder(root: string, collection: CollectionName, dir: string, result: LoadResult): void {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const file = toPosix(path.relative(root, full));
    const ext = path.extname(name);
    if (statSync(full).isDirectory()) continue; // sub-folders hold images (stray-files.ts checks them)
    if (!(MARKDOWN_EXTENSIONS as readonly string[]).includes(ext)) continue;
    const text = readText(full, file, result.problems);
    const parsed = parseMarkdown(text, file, collection, result.problems);
    if (parsed === undefined) continue;
    result.entries.push({ collection, id: path.basename(name, ext), file, ...parsed });
  }
}

type ParsedMarkdown = Pick<SourceEntry, "source" | "startLine" | "data" | "body" | "bodyLine">;

/** Front matter and body of a Markdown file, or undefined after reporting why it cannot be read. */
function parseMarkdown(
  text: string,
  file: string,
  collection: CollectionName,
  problems: Problem[],
): ParsedMarkdown | undefined {
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  const first = lines.findIndex((line) => line.trim() !== "");
  const opening = lines[first]?.replace(/\r$/, "") ?? "";
  if (opening.trim() !== "---") {
    const dashes = DASH_LIKE_LINE.test(opening);
    problems.push({
      severity: "error",
      file,
      line: first + 1 || 1,
      message: dashes ? "前置元数据的开始行不是三个英文减号" : "文件开头没有前置元数据",
      found: dashes ? `“${opening.trim()}”` : undefined,
      expected: "文件第一行是 ---（三个英文减号），接着是 title: … 等字段，再以一行 --- 结束",
      hint: dashes
        ? "这一行用了中文输入法的破折号或全角减号；切换到英文输入法，改为三个减号 ---。"
        : "参照同一文件夹里的其他文件，或用 npm run new 新建文件，在开头补上前置元数据。",
    });
    return undefined;
  }
  const closing = lines.findIndex((line, i) => i > first && line.startsWith("---"));
  if (closing < 0) {
    const dashLine = lines.findIndex((line, i) => i > first && DASH_LIKE_LINE.test(line.replace(/\r$/, "")));
    problems.push({
      severity: "error",
      file,
      line: dashLine >= 0 ? dashLine + 1 : first + 1,
      message: "前置元数据没有结束：找不到结束的 --- 行",
      found: dashLine >= 0 ? `“${(lines[dashLine] as string).trim()}”` : undefined,
      expected: "字段之后单独一行 ---（三个英文减号），然后才是正文",
      hint:
        dashLine >= 0
          ? "这一行用了中文输入法的破折号或全角减号；切换到英文输入法，改为三个减号 ---。"
          : "在最后一个字段后面加一行 ---（三个英文减号）。",
    });
    return undefined;
  }

  // Report and repair full-width slips in the keys, then parse the repaired text.
  const { lines: repaired, issues } = checkYamlTypography(
    lines.slice(first + 1, closing),
    first + 2,
    knownKeys(collection),
  );
  problems.push(...issues.map(typographyProblem(file, labelIn(collection))));
  const source = [...lines.slice(0, first + 1), ...repaired, ...lines.slice(closing)].join("\n");
  const body = lines.slice(closing + 1).join("\n");
  try {
    // The block Astro reads too: from the opening --- to the first line starting with ---.
    // It starts on the opening line, so js-yaml's line numbers count from there.
    const data = yaml.load(`\n${repaired.join("\n")}\n`);
    if (issues.length > 0 && (data === null || typeof data !== "object")) return undefined;
    return {
      source,
      startLine: first + 1,
      data: data !== null && typeof data === "object" ? data : {},
      body,
      bodyLine: closing + 2,
    };
  } catch (error) {
    // After a full-width slip, a YAML error is usually its consequence: report the slip alone.
    if (issues.length === 0) problems.push(yamlProblem(error, file, first));
    return undefined;
  }
}

function loadYamlList(root: string, collection: CollectionName, full: string, result: LoadResult): void {
  const file = toPosix(path.relative(root, full));
  const { lines: repaired, issues } = checkYamlTypography(
    readText(full, file, result.problems).split("\n"),
    1,
    knownKeys(collection),
  );
  result.problems.push(...issues.map(typographyProblem(file, labelIn(collection))));
  const text = repaired.join("\n");
  let data: unknown;
  try {
    data = yaml.load(text);
  } catch (error) {
    if (issues.length === 0) result.problems.push(yamlProblem(error, file, 0));
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
    // js-yaml lines are 0-based within the YAML text; a front matter's text starts on its opening --- line.
    line: mark?.line === undefined ? undefined : mark.line + 1 + lineOffset,
    message: "YAML 语法错误，无法读取字段",
    found: reason,
    expected: "每行一个“字段: 值”，冒号是英文半角冒号且后面有一个空格；列表项以“- ”开头并对齐缩进",
    hint: "检查这一行及上一行：冒号、引号和缩进最常出错。含冒号的值请用英文引号括起来。",
  };
}
