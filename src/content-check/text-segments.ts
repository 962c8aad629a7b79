/**
 * Which parts of a content file are Chinese text to check: the values of the
 * front matter (or of a YAML data file) and the text of a Markdown body, as
 * ranges of the file's own text. Keys, YAML quotes and comments, Markdown
 * syntax, code, HTML and MDX, link and image addresses are not text.
 */
import type { Nodes, Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";

export interface Range {
  start: number;
  end: number;
}

/** Start offset of every line of `text`. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line of an offset, given lineStarts(). */
export function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** key: value, - value, - key: value; the value part (group 2) with its offset. */
const YAML_LINE = /^(\s*(?:-\s+)*(?:["']?[A-Za-z_][\w.-]*["']?\s*:(?=\s|$))?\s*)(.*?)\s*$/;

export interface YamlValue extends Range {
  /** The key on this line, when there is one. */
  key: string | undefined;
}

/**
 * The text of each value in YAML lines `[from, to)` of `text` (a front matter
 * or a data file): outer quotes and a trailing `# comment` left out.
 */
export function yamlValues(text: string, from: number, to: number): YamlValue[] {
  const values: YamlValue[] = [];
  let offset = from;
  for (const line of text.slice(from, to).split("\n")) {
    const here = offset;
    offset += line.length + 1;
    const match = YAML_LINE.exec(line.replace(/\r$/, ""));
    if (!match) continue;
    let value = match[2] as string;
    let start = here + (match[1] as string).length;
    if (value === "" || value.startsWith("#")) continue;
    const key = /([A-Za-z_][\w.-]*)["']?\s*:/.exec(match[1] as string)?.[1];
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.length > 1 && value.endsWith(quote)) {
      value = value.slice(1, -1);
      start += 1;
    } else {
      // An unquoted value ends at " #" (a comment, as npm run new writes after 待填写).
      const comment = value.search(/\s#/);
      if (comment >= 0) value = value.slice(0, comment).trimEnd();
    }
    values.push({ key, start, end: start + value.length });
  }
  return values;
}

/** Markdown node types whose text is not prose: code, HTML, MDX, math. */
const NOT_TEXT = new Set([
  "code",
  "inlineCode",
  "html",
  "yaml",
  "toml",
  "math",
  "inlineMath",
  "mdxjsEsm",
  "mdxFlowExpression",
  "mdxTextExpression",
  "mdxJsxFlowElement",
  "mdxJsxTextElement",
]);

export interface BodyText {
  /** Ranges (in the body) of text nodes: what is prose. */
  text: Range[];
  /** Ranges of headings, for the heading checks. */
  headings: Range[];
}

/**
 * The prose of a Markdown body, by its syntax tree (remark-gfm, and MDX for
 * .mdx): text nodes only, so link addresses, code and HTML are never checked.
 * Undefined when the body cannot be parsed (the MDX check reports that).
 */
export function bodyText(body: string, mdx: boolean): BodyText | undefined {
  let tree: Root;
  try {
    const parser = mdx
      ? unified().use(remarkParse).use(remarkMdx).use(remarkGfm)
      : unified().use(remarkParse).use(remarkGfm);
    tree = parser.parse(body);
  } catch {
    return undefined;
  }
  const result: BodyText = { text: [], headings: [] };
  const visit = (node: Nodes, parent: Nodes | undefined) => {
    if (NOT_TEXT.has(node.type)) return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === "heading" && start !== undefined && end !== undefined)
      result.headings.push({ start, end });
    if (node.type === "text" && start !== undefined && end !== undefined) {
      // A bare address made a link by GFM is an address, not text.
      const isUrl = parent?.type === "link" && parent.url.replace(/^mailto:/, "") === node.value;
      if (!isUrl) result.text.push({ start, end });
      return;
    }
    if ("children" in node) for (const child of node.children) visit(child, node);
  };
  visit(tree, undefined);
  return result;
}

/** Whether [start, end) lies inside one of `ranges` (sorted by start). */
export function inside(ranges: readonly Range[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid] as Range;
    if (r.end < start) lo = mid + 1;
    else if (r.start > start) hi = mid - 1;
    else return end <= r.end;
  }
  return false;
}

/** Passages marked as intended Traditional text: <!-- 繁体 --> … <!-- /繁体 --> (to the end when not closed). */
export function traditionalPassages(text: string): Range[] {
  const ranges: Range[] = [];
  const open = /<!--\s*繁体\s*-->/gu;
  for (const m of text.matchAll(open)) {
    const close = /<!--\s*\/繁体\s*-->/u.exec(text.slice(m.index));
    ranges.push({ start: m.index, end: close ? m.index + close.index + close[0].length : text.length });
  }
  return ranges;
}
