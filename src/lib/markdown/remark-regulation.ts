/**
 * remark plugin for regulation-style Markdown (rules and the study
 * compilation): gives 编/章/节 headings and 第N条 paragraphs stable anchors
 * and turns each article number into a link to itself, so a reader can copy
 * a deep link to one article.
 */
import type { Heading, Paragraph, Root } from "mdast";
// Declares `data.hProperties` on mdast nodes (read by remark-rehype).
import type {} from "mdast-util-to-hast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { DivisionIds, matchArticle, matchDivision, uniqueId } from "../reading/regulation.ts";

export interface RemarkRegulationOptions {
  /** Only files whose path contains one of these folders are treated as regulations. */
  folders?: readonly string[];
}

export default function remarkRegulation(options: RemarkRegulationOptions = {}) {
  const folders = options.folders ?? [];
  return (tree: Root, file: VFile) => {
    const filePath = (file.path ?? "").replaceAll("\\", "/");
    if (folders.length > 0 && !folders.some((folder) => filePath.includes(`/${folder}/`))) return;

    const used = new Set<string>();
    const divisions = new DivisionIds();
    visit(tree, (node) => {
      if (node.type === "heading") markHeading(node, divisions, used);
      else if (node.type === "paragraph") markArticle(node, used);
    });
  };
}

function markHeading(heading: Heading, divisions: DivisionIds, used: Set<string>): void {
  const mark = matchDivision(toString(heading));
  if (!mark) return;
  const id = uniqueId(divisions.next(mark), used);
  heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
}

function markArticle(paragraph: Paragraph, used: Set<string>): void {
  const first = paragraph.children[0];
  if (first?.type !== "text") return;
  const mark = matchArticle(first.value);
  if (!mark) return;
  const id = uniqueId(mark.id, used);
  paragraph.data = {
    ...paragraph.data,
    hProperties: { ...paragraph.data?.hProperties, id, className: ["article"] },
  };
  paragraph.children.splice(
    0,
    1,
    {
      type: "link",
      url: `#${id}`,
      title: null,
      data: { hProperties: { className: ["article-no"] } },
      children: [{ type: "text", value: mark.label }],
    },
    { type: "text", value: first.value.slice(mark.label.length) },
  );
}
