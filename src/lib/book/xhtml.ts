/**
 * HTML (as node-html-parser reads it) written out as XHTML, which EPUB
 * requires: void elements closed, every attribute with a quoted value, text
 * and attributes escaped for XML, and links rewritten by the caller.
 */
import { NodeType, type HTMLElement, type Node } from "node-html-parser";

const VOID = new Set(["area", "br", "col", "embed", "hr", "img", "input", "source", "track", "wbr"]);

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
}

export interface XhtmlOptions {
  /** The link target to write for an `href` found in the page (return it unchanged to keep it). */
  href?: (value: string) => string;
}

/** The children of `element` as XHTML. */
export function childrenToXhtml(element: HTMLElement, options: XhtmlOptions = {}): string {
  return element.childNodes.map((node) => nodeToXhtml(node, options)).join("");
}

function nodeToXhtml(node: Node, options: XhtmlOptions): string {
  if (node.nodeType === NodeType.TEXT_NODE) return escapeXml(node.text);
  if (node.nodeType !== NodeType.ELEMENT_NODE) return "";
  const element = node as HTMLElement;
  // A parsed fragment's root has no tag of its own: only its children are written.
  if (!element.rawTagName) return childrenToXhtml(element, options);
  const tag = element.rawTagName.toLowerCase();
  const attributes = Object.entries(element.attributes)
    // Astro's scoped-style markers mean nothing outside the site.
    .filter(([name]) => !name.startsWith("data-astro-cid"))
    .map(([name, value]) => {
      const written = name === "href" && options.href ? options.href(value) : value;
      return ` ${name}="${escapeXml(written)}"`;
    })
    .join("");
  if (VOID.has(tag)) return `<${tag}${attributes}/>`;
  return `<${tag}${attributes}>${childrenToXhtml(element, options)}</${tag}>`;
}
