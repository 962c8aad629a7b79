/**
 * rehype plugin: what remark-gfm emits, made valid and accessible.
 * - The obsolete `align` attribute (a W3C validator warning), which GFM puts on
 *   table cells and editors' raw HTML on paragraphs, becomes a class (prose.css
 *   `.align-*`); inline styles are ruled out by the CSP.
 * - Task-list checkboxes: a disabled <input> with no label fails WCAG 4.1.2
 *   (axe `label`); it gets a name saying whether the item is done.
 * Runs after the sanitizer, so these attributes are ours, not an editor's.
 */
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

export const TASK_DONE_LABEL = "已完成";
export const TASK_OPEN_LABEL = "未完成";
const ALIGNMENTS = new Set(["left", "center", "right"]);

export default function rehypeGfmAccessible() {
  return (tree: Root) => {
    visit(tree, "element", (node) => {
      moveAlignToClass(node);
      if (node.tagName === "input" && node.properties["type"] === "checkbox") labelCheckbox(node);
    });
  };
}

function moveAlignToClass(element: Element): void {
  const align = element.properties["align"];
  if (align === undefined) return;
  delete element.properties["align"];
  if (typeof align !== "string" || !ALIGNMENTS.has(align)) return;
  const classes = Array.isArray(element.properties.className) ? element.properties.className : [];
  element.properties.className = [...classes, `align-${align}`];
}

function labelCheckbox(input: Element): void {
  if (input.properties["ariaLabel"] !== undefined) return;
  input.properties["ariaLabel"] = input.properties["checked"] ? TASK_DONE_LABEL : TASK_OPEN_LABEL;
}
