/**
 * rehype plugin: wraps every table in a box that scrolls sideways, so a wide
 * table on a 360 px phone scrolls inside itself instead of the page. The box
 * is focusable and labelled, so keyboard users can scroll it too (WCAG 2.1.1).
 */
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

export const TABLE_SCROLL_LABEL = "表格（可左右滚动）";

export default function rehypeTableScroll() {
  return (tree: Root) => {
    visit(tree, "element", (node, index, parent) => {
      if (node.tagName !== "table" || !parent || index === undefined) return;
      if (parent.type === "element" && hasClass(parent, "table-scroll")) return;
      const wrapper: Element = {
        type: "element",
        tagName: "div",
        properties: {
          className: ["table-scroll"],
          tabIndex: 0,
          role: "region",
          ariaLabel: TABLE_SCROLL_LABEL,
        },
        children: [node],
      };
      parent.children[index] = wrapper;
    });
  };
}

function hasClass(element: Element, name: string): boolean {
  const value = element.properties.className;
  return Array.isArray(value) && value.includes(name);
}
