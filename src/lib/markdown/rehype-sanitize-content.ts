/**
 * rehype plugin: parses the raw HTML an editor wrote in Markdown and passes
 * the whole page through the allow-list in sanitize-schema.ts, so nothing in
 * a content file can run script in a reader's browser.
 *
 * The same plugin runs for MDX (Astro's MDX processor applies our
 * rehypePlugins too). There HTML is JSX: lowercase elements are checked as
 * HTML, the project's components (capitalised names) are kept, and
 * {…} expressions are dropped; `npm run check` rejects those anyway.
 */
import { randomUUID } from "node:crypto";
import type { Element, ElementContent, Properties, Root, RootContent } from "hast";
import { raw } from "hast-util-raw";
import { sanitize, type Schema } from "hast-util-sanitize";
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from "mdast-util-mdx-jsx";
import { find, html } from "property-information";
import type { VFile } from "vfile";
import { sanitizeSchema } from "./sanitize-schema.ts";

/** Node types that only occur in an MDX tree. */
const MDX_TYPES = new Set([
  "mdxjsEsm",
  "mdxFlowExpression",
  "mdxTextExpression",
  "mdxJsxFlowElement",
  "mdxJsxTextElement",
]);

interface MdxJsxElement {
  type: "mdxJsxFlowElement" | "mdxJsxTextElement";
  name: string | null;
  attributes: Array<MdxJsxAttribute | MdxJsxExpressionAttribute>;
  children: AnyNode[];
  position?: Element["position"];
}

type AnyNode = (RootContent | Root | MdxJsxElement) & { type: string; children?: AnyNode[] };

/** A JSX name that refers to a component rather than an HTML element. */
export const isComponentName = (name: string): boolean => /^[A-Z]/.test(name) || name.includes(".");

/** Whether any node in the tree has one of these types. */
function hasType(tree: Root, ...types: string[]): boolean {
  const walk = (node: AnyNode): boolean =>
    types.includes(node.type) || (node.children ?? []).some((child) => walk(child));
  return walk(tree);
}

export const isMdxTree = (tree: Root): boolean => hasType(tree, ...MDX_TYPES);

/**
 * HTML attributes of a lowercase JSX element as hast properties. Only literal
 * values carry over: `{…}` values are code, not content.
 */
export function jsxAttributesToProperties(attributes: MdxJsxElement["attributes"]): Properties {
  const properties: Properties = {};
  for (const attribute of attributes) {
    if (attribute.type !== "mdxJsxAttribute") continue;
    const value = attribute.value;
    if (value !== null && value !== undefined && typeof value !== "string") continue;
    const info = find(html, attribute.name);
    if (value === null || value === undefined) properties[info.property] = true;
    else if (info.spaceSeparated || info.commaSeparated)
      properties[info.property] = value.split(info.commaSeparated ? /\s*,\s*/ : /\s+/).filter(Boolean);
    else properties[info.property] = value;
  }
  return properties;
}

/** An MDX ESM block made of import declarations only. */
function isImportsOnly(node: AnyNode): boolean {
  const body = (node as { data?: { estree?: { body: Array<{ type: string }> } } }).data?.estree?.body;
  return !!body && body.every((statement) => statement.type === "ImportDeclaration");
}

/**
 * The MDX tree with its JSX turned into things the sanitizer understands:
 * lowercase elements become hast elements, components become placeholder
 * elements (a tag name no editor can guess) whose children are still
 * checked, expressions are dropped. `restore` puts the components back.
 */
function mdxToHast(tree: Root): Sanitizable {
  const slotTag = `x-mdx-slot-${randomUUID()}`;
  const slots: MdxJsxElement[] = [];
  const esm: AnyNode[] = [];

  const convert = (node: AnyNode): AnyNode[] => {
    switch (node.type) {
      case "mdxjsEsm":
        // Imports are kept (the checker allows only the project's components); exports and other code are not.
        if (isImportsOnly(node)) esm.push(node);
        return [];
      case "mdxFlowExpression":
      case "mdxTextExpression":
        return [];
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement": {
        const jsx = node;
        const children = jsx.children.flatMap(convert) as ElementContent[];
        // A fragment <>…</> keeps only its children.
        if (!jsx.name) return children;
        if (isComponentName(jsx.name)) {
          slots.push(jsx);
          const slot: Element = {
            type: "element",
            tagName: slotTag,
            properties: { dataSlot: String(slots.length - 1) },
            children,
          };
          return [slot];
        }
        const element: Element = {
          type: "element",
          tagName: jsx.name.toLowerCase(),
          properties: jsxAttributesToProperties(jsx.attributes),
          children,
        };
        if (jsx.position) element.position = jsx.position;
        return [element];
      }
      case "element": {
        // Plugins after Astro's own parse (Shiki) may write `class`; the schema knows `className`.
        const element = node;
        const properties: Properties = {};
        for (const [key, value] of Object.entries(element.properties)) {
          const info = find(html, key);
          properties[info.property] =
            typeof value === "string" && info.spaceSeparated ? value.split(/\s+/).filter(Boolean) : value;
        }
        return [{ ...element, properties, children: element.children.flatMap(convert) } as AnyNode];
      }
      default:
        if (node.children) return [{ ...node, children: node.children.flatMap(convert) } as AnyNode];
        return [node];
    }
  };

  const converted = { ...tree, children: tree.children.flatMap(convert) } as Root;
  const schema: Schema = {
    ...sanitizeSchema,
    tagNames: [...(sanitizeSchema.tagNames ?? []), slotTag],
    attributes: { ...sanitizeSchema.attributes, [slotTag]: ["dataSlot"] },
  };

  const restoreNode = (node: AnyNode): AnyNode => {
    const children = node.children?.map(restoreNode);
    if (node.type === "element" && node.tagName === slotTag) {
      const original = slots[Number(node.properties["dataSlot"])] as MdxJsxElement;
      // Component props may only be literal strings, and no client: directive that would ship script
      // (npm run check reports the rest as errors).
      const attributes = original.attributes.filter(
        (a) =>
          a.type === "mdxJsxAttribute" &&
          (a.value === null || typeof a.value === "string") &&
          !a.name.includes(":"),
      );
      return { ...original, attributes, children: children ?? [] };
    }
    return children ? ({ ...node, children } as AnyNode) : node;
  };

  const restore = (clean: Root): Root => {
    const restored = restoreNode(clean) as Root;
    // Imports stay at the top, where MDX expects them.
    return { ...restored, children: [...(esm as RootContent[]), ...restored.children] };
  };
  return { tree: converted, schema, restore };
}

export interface Sanitizable {
  /** Plain hast: raw HTML parsed, MDX components as placeholders. */
  tree: Root;
  schema: Schema;
  /** Puts MDX components and imports back into the sanitized tree. */
  restore: (clean: Root) => Root;
}

/** The tree in the form the sanitizer (and the content checker) works on. */
export function toSanitizable(tree: Root, file?: VFile): Sanitizable {
  if (isMdxTree(tree)) return mdxToHast(tree);
  // parse5 only when an editor wrote raw HTML: re-parsing every page costs more than the rest of
  // the sanitizing (BENCHMARKS.md), and without a highlighter (astro.config.mjs) every other node
  // comes from remark-rehype with hast property names already.
  const parsed = hasType(tree, "raw") ? (raw(tree, file ? { file } : {}) as Root) : tree;
  return { tree: parsed, schema: sanitizeSchema, restore: (clean) => clean };
}

/** A tree as a reader may see it: raw HTML parsed, then cut down to the allow-list. */
export function sanitizeTree(tree: Root, file?: VFile): Root {
  const prepared = toSanitizable(tree, file);
  return prepared.restore(sanitize(prepared.tree, prepared.schema) as Root);
}

export default function rehypeSanitizeContent() {
  return (tree: Root, file: VFile): Root => sanitizeTree(tree, file);
}
