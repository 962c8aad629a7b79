/**
 * Checks on the Markdown body of an entry: placeholders left by the editor
 * tools, images that point to missing files, and (in rules) 第N条 articles
 * that skip or repeat a number. Pure: file-system facts come in through
 * `fileExists`.
 */
import path from "node:path";
import { toChineseNumeral } from "../../lib/reading/chinese-numerals.ts";
import { matchArticle, type ArticleMark } from "../../lib/reading/regulation.ts";
import { checkHtml } from "./html.ts";
import { checkMdx } from "./mdx.ts";
import { needsParsing, parseBody } from "../parse-body.ts";
import { PLACEHOLDER } from "../placeholder.ts";
import type { Problem } from "../problem.ts";
import type { BodyContext } from "../types.ts";

interface BodyLine {
  line: number;
  text: string;
  /** First line of a paragraph (after a blank line, a heading or the start). */
  startsParagraph: boolean;
}

/** Lines of Markdown that hold text: fenced code and HTML comments are skipped. */
function textLines(body: string, firstLine: number): BodyLine[] {
  const result: BodyLine[] = [];
  let fence: string | undefined;
  let inComment = false;
  let previousBlank = true;
  body.split(/\r?\n/).forEach((text, index) => {
    const line = firstLine + index;
    const trimmed = text.trim();
    if (fence) {
      if (trimmed.startsWith(fence)) fence = undefined;
      previousBlank = false;
      return;
    }
    const opening = /^(`{3,}|~{3,})/.exec(trimmed);
    if (opening) {
      fence = opening[1];
      previousBlank = false;
      return;
    }
    if (inComment || trimmed.startsWith("<!--")) {
      inComment = !trimmed.includes("-->");
      previousBlank = false;
      return;
    }
    if (trimmed === "") {
      previousBlank = true;
      return;
    }
    const heading = /^#{1,6}\s/.test(trimmed);
    result.push({ line, text: trimmed, startsParagraph: previousBlank || heading });
    // The line after a heading starts a new block too.
    previousBlank = heading;
  });
  return result;
}

export function checkBody(ctx: BodyContext): Problem[] {
  const lines = textLines(ctx.body, ctx.firstLine);
  // HTML that the site's allow-list removes, and MDX that is more than components (html-check.ts, mdx-check.ts).
  const parsed = needsParsing(ctx.body, ctx.file) ? parseBody(ctx.body, ctx.file) : undefined;
  return [
    ...(parsed ? [...checkMdx(ctx, parsed), ...checkHtml(ctx, parsed)] : []),
    ...placeholders(ctx, lines),
    ...images(ctx, lines),
    ...(ctx.collection === "rules" ? articleNumbering(ctx, lines) : []),
  ];
}

function placeholders(ctx: BodyContext, lines: readonly BodyLine[]): Problem[] {
  // The marker starts the line, or follows a list, heading or quote marker or an article number (第一条 待填写).
  const start =
    /^(?:[-*+]\s+|\d+\.\s+|#{1,6}\s+|>\s*)?(?:第[零〇一二三四五六七八九十百千两]+条(?:之[零〇一二三四五六七八九十百千两]+)?\s+)?/;
  return lines
    .filter((l) => l.text.replace(start, "").startsWith(PLACEHOLDER))
    .map((l) => ({
      severity: "error" as const,
      file: ctx.file,
      line: l.line,
      message: "正文还有待填写的内容",
      found: `“${l.text}”`,
      expected: "实际的正文内容",
      hint: `把这一行换成正文（“${PLACEHOLDER}”是新建或导入文件时留下的标记）。`,
    }));
}

const MARKDOWN_IMAGE = /!\[[^\]]*\]\(\s*(<[^>]*>|[^)\s]+)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
const HTML_IMAGE = /<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/** Every image reference on a line: ![alt](path) and <img src="path">. */
function imageSources(text: string): string[] {
  const sources: string[] = [];
  for (const match of text.matchAll(MARKDOWN_IMAGE)) sources.push((match[1] as string).replace(/^<|>$/g, ""));
  for (const match of text.matchAll(HTML_IMAGE)) sources.push((match[1] ?? match[2]) as string);
  return sources;
}

function images(ctx: BodyContext, lines: readonly BodyLine[]): Problem[] {
  const problems: Problem[] = [];
  for (const { line, text } of lines) {
    for (const source of imageSources(text)) {
      // Addresses on the web, data: URIs and in-page anchors are not files here.
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(source) || source === "") continue;
      const base = {
        severity: "error" as const,
        file: ctx.file,
        line,
        found: `“${source}”`,
      };
      if (source.includes("\\")) {
        problems.push({
          ...base,
          message: "图片路径用了反斜杠“\\”",
          expected: "路径用正斜杠“/”分隔，例如 ./images/tu-1.png",
          hint: `改为 ${source.replaceAll("\\", "/")}。`,
        });
        continue;
      }
      let decoded = source.replace(/[?#].*$/, "");
      try {
        decoded = decodeURI(decoded);
      } catch {
        // Keep the path as written.
      }
      const target = decoded.startsWith("/")
        ? path.posix.join("public", decoded)
        : path.posix.normalize(path.posix.join(path.posix.dirname(ctx.file), decoded));
      if (!ctx.fileExists(target)) {
        problems.push({
          ...base,
          message: "图片文件不存在",
          expected: decoded.startsWith("/")
            ? `public 文件夹下的图片（查找的位置：${target}）`
            : `相对本文件的图片路径，例如 ./${path.posix.basename(ctx.file).replace(/\.mdx?$/, "")}/tu-1.png（查找的位置：${target}）`,
          hint: "把图片放到该位置，或改正路径（注意大小写、扩展名和“./”开头）。",
        });
      }
    }
  }
  return problems;
}

const BOLD_ARTICLE =
  /^(\*\*|__)(第[零〇一二三四五六七八九十百千两]+条(?:之[零〇一二三四五六七八九十百千两]+)?)/;

const articleName = (number: number, sub?: number) =>
  `第${toChineseNumeral(number)}条${sub === undefined ? "" : `之${toChineseNumeral(sub)}`}`;

/**
 * Articles of a rule must run 第一条, 第二条, … without gaps or repeats
 * (第十条之一 may follow 第十条). These are warnings: the page still builds,
 * but a reader looking for 第四条 would not find it.
 */
function articleNumbering(ctx: BodyContext, lines: readonly BodyLine[]): Problem[] {
  const problems: Problem[] = [];
  const warn = (line: number, message: string, found: string, expected: string, hint: string) =>
    problems.push({ severity: "warning", file: ctx.file, line, message, found, expected, hint });

  let previous: ArticleMark | undefined;
  const seen = new Map<string, number>();
  for (const { line, text, startsParagraph } of lines) {
    const bold = BOLD_ARTICLE.exec(text);
    if (bold && startsParagraph) {
      warn(
        line,
        "条号加了粗体，网页上不会为这一条生成链接",
        `“${text.slice(0, 20)}…”`,
        `以“${bold[2]}”加一个空格开头的普通文字`,
        `删去“${bold[2]}”两边的 ${bold[1]}（网页会自动突出显示条号）。`,
      );
    }
    // A bold number is still counted, so the sequence check does not report it a second time.
    const mark = matchArticle(
      bold ? text.replace(`${bold[1]}${bold[2]}${bold[1]}`, bold[2] as string) : text,
    );
    if (!mark) continue;
    if (!startsParagraph) {
      warn(
        line,
        `${mark.label}和上一段之间没有空行，网页上会并成一段`,
        `“${text.slice(0, 20)}…”`,
        "每一条单独成段，前后各空一行",
        `在“${mark.label}”这一行前面加一个空行。`,
      );
    }
    const name = articleName(mark.number, mark.sub);
    const earlier = seen.get(mark.id);
    if (earlier !== undefined) {
      warn(
        line,
        `条号重复：${name}已在第 ${earlier} 行出现过`,
        `“${mark.label}”`,
        previous ? `${articleName(previous.number + 1)}` : "第一条",
        "核对条号：按顺序重新编号，或删去重复的一条。",
      );
    } else if (mark.sub !== undefined) {
      const expectedSub = previous && previous.number === mark.number ? (previous.sub ?? 0) + 1 : undefined;
      if (expectedSub !== mark.sub) {
        warn(
          line,
          `${name}的位置不对：它应紧跟在${articleName(mark.number, mark.sub > 1 ? mark.sub - 1 : undefined)}之后`,
          `“${mark.label}”`,
          previous ? `${articleName(previous.number + 1)}` : "第一条",
          "核对条号和条文顺序。",
        );
      }
    } else {
      const expected = previous ? previous.number + 1 : 1;
      if (mark.number > expected) {
        const missing =
          mark.number - expected === 1
            ? articleName(expected)
            : `${articleName(expected)}至${articleName(mark.number - 1)}`;
        warn(
          line,
          previous
            ? `条号不连续：${articleName(previous.number, previous.sub)}后面是${name}，缺少${missing}`
            : `条文应从第一条开始，这里第一条是${name}`,
          `“${mark.label}”`,
          articleName(expected),
          "核对条号：补上缺少的条文，或把后面的条文依次重新编号。",
        );
      } else if (mark.number < expected) {
        warn(
          line,
          `条号顺序不对：${articleName(previous?.number ?? 0, previous?.sub)}后面是${name}`,
          `“${mark.label}”`,
          articleName(expected),
          "一项制度的条号从第一条起连续编排，不随章节重新开始；请按顺序重新编号。",
        );
      }
    }
    seen.set(mark.id, line);
    previous = mark;
  }
  return problems;
}
