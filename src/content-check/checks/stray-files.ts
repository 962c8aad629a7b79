/**
 * Files under src/content that the site would silently ignore: Markdown in a
 * folder that is no collection, in a sub-folder of a collection, with the
 * wrong extension, or a Word document dropped in as it is.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { COLLECTIONS, MARKDOWN_EXTENSIONS } from "../../model/collections.ts";
import type { Problem } from "../problem.ts";
import { closest } from "../suggest.ts";

const MARKDOWN_FOLDERS = Object.values(COLLECTIONS)
  .filter((c) => c.kind === "markdown")
  .map((c) => c.path);
const DATA_FILES = Object.values(COLLECTIONS)
  .filter((c) => c.kind === "yaml-list")
  .map((c) => c.path);

/** Extensions of text an editor may have meant as content. */
const TEXT_LIKE = /\.(?:md|mdx|markdown|mdown|txt)$/i;
const DATA_LIKE = /\.(?:ya?ml|json)$/i;
const WORD_LIKE = /\.(?:docx?|wps|rtf|odt)$/i;

const folderList = MARKDOWN_FOLDERS.map((f) => `src/content/${f}/`).join("、");
const IMPORT_HINT = "用 npm run import -- 文件名.docx 把它转换成 Markdown 文件，转换后删去这个 Word 文件。";

/** Every stray file under `<root>/src/content`. */
export function strayFiles(root: string): Problem[] {
  const contentDir = path.join(root, "src", "content");
  const problems: Problem[] = [];
  const rel = (full: string) => path.relative(root, full).split(path.sep).join("/");
  let names: string[];
  try {
    names = readdirSync(contentDir);
  } catch {
    return problems;
  }
  for (const name of names.sort()) {
    if (name.startsWith(".")) continue;
    const full = path.join(contentDir, name);
    if (statSync(full).isDirectory()) {
      if (MARKDOWN_FOLDERS.includes(name)) collectionFolder(full, rel, problems);
      else unknownFolder(full, name, rel, problems);
    } else if (!DATA_FILES.includes(name)) {
      topLevelFile(full, name, rel, problems);
    }
  }
  return problems;
}

function wordDocument(file: string): Problem {
  return {
    severity: "warning",
    file,
    message: "Word 等文档不会发布到网站上",
    expected: "网站只读取 .md 文件",
    hint: IMPORT_HINT,
  };
}

function collectionFolder(dir: string, rel: (full: string) => string, problems: Problem[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const full = path.join(dir, name);
    const folder = rel(dir);
    if (statSync(full).isDirectory()) {
      for (const file of walk(full)) {
        if (TEXT_LIKE.test(file)) {
          problems.push({
            severity: "error",
            file: rel(file),
            message: "子文件夹里的文字文件不会发布到网站上",
            expected: `内容文件直接放在 ${folder}/ 下（子文件夹只放图片）`,
            hint: `把它移到 ${folder}/ 下，文件名就是网址的一部分。`,
          });
        } else if (WORD_LIKE.test(file)) {
          problems.push(wordDocument(rel(file)));
        }
      }
      continue;
    }
    const ext = path.extname(name);
    if ((MARKDOWN_EXTENSIONS as readonly string[]).includes(ext)) continue;
    if (TEXT_LIKE.test(name)) {
      const fixed = `${path.basename(name, ext)}.md`;
      problems.push({
        severity: "error",
        file: rel(full),
        message: `扩展名“${ext}”不对，这个文件不会发布到网站上`,
        found: `“${name}”`,
        expected: "扩展名为小写的 .md（少数需要组件的页面用 .mdx）",
        hint: `把文件改名为 ${fixed}。`,
      });
    } else if (WORD_LIKE.test(name)) {
      problems.push(wordDocument(rel(full)));
    }
  }
}

function unknownFolder(dir: string, name: string, rel: (full: string) => string, problems: Problem[]): void {
  const suggestion = closest(name, MARKDOWN_FOLDERS);
  for (const file of walk(dir)) {
    if (WORD_LIKE.test(file)) {
      problems.push(wordDocument(rel(file)));
      continue;
    }
    if (!TEXT_LIKE.test(file) && !DATA_LIKE.test(file)) continue;
    problems.push({
      severity: "error",
      file: rel(file),
      message: `文件夹 src/content/${name}/ 不属于任何内容类别，里面的文件不会发布到网站上`,
      expected: `内容文件放在以下文件夹之一：${folderList}`,
      hint: suggestion
        ? `是不是想放在 src/content/${suggestion}/？把文件移过去。`
        : `按内容类别把文件移到上面的文件夹之一；新的内容类别需要开发人员在 src/content.config.ts 中添加。`,
    });
  }
}

function topLevelFile(full: string, name: string, rel: (full: string) => string, problems: Problem[]): void {
  if (WORD_LIKE.test(name)) {
    problems.push(wordDocument(rel(full)));
    return;
  }
  if (DATA_LIKE.test(name)) {
    const suggestion = closest(name, DATA_FILES);
    problems.push({
      severity: "error",
      file: rel(full),
      message: "不是网站使用的数据文件，不会被读取",
      found: `“${name}”`,
      expected: `src/content/ 下的数据文件只有：${DATA_FILES.join("、")}`,
      hint: suggestion
        ? `是不是想写 ${suggestion}？把文件改名为 ${suggestion}。`
        : "删去这个文件，或请开发人员添加对应的内容类别。",
    });
    return;
  }
  if (TEXT_LIKE.test(name)) {
    problems.push({
      severity: "error",
      file: rel(full),
      message: "文件直接放在 src/content/ 下，不属于任何内容类别，不会发布到网站上",
      expected: `内容文件放在以下文件夹之一：${folderList}`,
      hint: "按内容类别把文件移到上面的文件夹之一。",
    });
  }
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full);
    else yield full;
  }
}
