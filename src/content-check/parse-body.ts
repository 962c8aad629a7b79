/**
 * Parses a Markdown or MDX body the way the site's pipeline does (remark-gfm,
 * raw HTML kept), synchronously, for the checks that look at its structure
 * (html-check.ts, mdx-check.ts). Positions count lines from the body's start.
 */
import type { Root as HastRoot } from "hast";
import type { Nodes as MdastNodes, Root as MdastRoot } from "mdast";
// Declares the MDX node types on mdast (mdxjsEsm, mdxJsxFlowElement, …).
import type {} from "mdast-util-mdx";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";

/** MDX node types remark-rehype must hand over untouched (as @mdx-js/mdx does). */
const MDX_NODE_TYPES: Array<MdastNodes["type"]> = [
  "mdxjsEsm",
  "mdxFlowExpression",
  "mdxJsxFlowElement",
  "mdxJsxTextElement",
  "mdxTextExpression",
];

export type ParsedBody =
  | { ok: true; mdx: boolean; mdast: MdastRoot; hast: HastRoot; file: VFile }
  | { ok: false; mdx: boolean; line: number | undefined; column: number | undefined; reason: string };

export const isMdxFile = (file: string): boolean => file.endsWith(".mdx");

/**
 * Whether a body can hold anything the structure checks look at: MDX, raw
 * HTML or an autolink (`<`), or a Markdown link, image or link definition.
 * Plain text (most rules and laws) skips the parse, which is the slow part:
 * about 8 ms per law of the 1,527-law corpus.
 */
export const needsParsing = (body: string, file: string): boolean =>
  // HTML comments (editors' notes, imported sources' headers) never reach a page.
  isMdxFile(file) || /<|\]\(|\]:/.test(body.replace(/<!--[\s\S]*?-->/g, ""));

export function parseBody(body: string, file: string): ParsedBody {
  const mdx = isMdxFile(file);
  const vfile = new VFile({ value: body, path: file });
  const parser = mdx
    ? unified().use(remarkParse).use(remarkMdx).use(remarkGfm)
    : unified().use(remarkParse).use(remarkGfm);
  const toHast = unified().use(remarkRehype, {
    allowDangerousHtml: true,
    passThrough: mdx ? MDX_NODE_TYPES : [],
  });
  try {
    const mdast = parser.parse(vfile);
    // remark-rehype builds a new tree; the Markdown tree is left as parsed.
    const hast = toHast.runSync(mdast, vfile);
    return { ok: true, mdx, mdast, hast, file: vfile };
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message?: string };
    return {
      ok: false,
      mdx,
      line: place.line ?? undefined,
      column: place.column ?? undefined,
      reason: place.reason ?? place.message ?? String(error),
    };
  }
}
