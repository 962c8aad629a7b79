/**
 * Reports, as warnings, what the HTML allow-list (src/lib/markdown/
 * sanitize-schema.ts) will remove from a body when the site is built: tags,
 * attributes and link addresses. The page still builds, without them; the
 * editor learns why the 视频、按钮 or 红字 they pasted does not show.
 *
 * The decision is the sanitizer's own: each element is passed through
 * hast-util-sanitize with the same schema and compared with what comes out.
 */
import type { Element, Properties, Root } from "hast";
import { sanitize, type Schema } from "hast-util-sanitize";
import { find, html } from "property-information";
import { toSanitizable } from "../../lib/markdown/rehype-sanitize-content.ts";
import { LINK_PROTOCOLS } from "../../lib/markdown/sanitize-schema.ts";
import type { BodyContext } from "../types.ts";
import type { ParsedBody } from "../parse-body.ts";
import type { Problem } from "../problem.ts";

/** One thing the sanitizer removes, before it is worded for an editor. */
export interface Dropped {
  /** Line within the body (1-based), when known. */
  line: number | undefined;
  kind: "stripped-tag" | "unwrapped-tag" | "script-attribute" | "unsafe-url" | "attribute";
  tag: string;
  /** HTML attribute name, for attribute kinds. */
  attribute?: string;
  /** The value removed (attribute value), for attribute kinds. */
  value?: string;
}

const URL_PROPERTIES = new Set([
  "href",
  "src",
  "cite",
  "action",
  "formAction",
  "xLinkHref",
  "data",
  "poster",
]);

const attributeName = (property: string): string => find(html, property).attribute;

const asText = (value: Properties[string]): string =>
  Array.isArray(value) ? value.join(" ") : value === true ? "" : String(value ?? "");

/** Whether the schema lets this tag through, given the tags around it (as hast-util-sanitize decides). */
function tagAllowed(schema: Schema, name: string, ancestors: readonly string[]): boolean {
  if (!schema.tagNames?.includes(name)) return false;
  const required = schema.ancestors?.[name];
  return !required || required.some((tag) => ancestors.includes(tag));
}

/** The properties of one element that the schema removes (whole attributes, or some of a list's values). */
function droppedProperties(schema: Schema, element: Element): Array<[string, string]> {
  const shell: Element = {
    type: "element",
    tagName: element.tagName,
    properties: element.properties,
    children: [],
  };
  // Ancestor rules are about the tag, checked separately; here only attributes matter.
  const clean = sanitize(shell, { ...schema, ancestors: {} }) as Element;
  const kept = clean.properties ?? {};
  const dropped: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(element.properties)) {
    if (value === undefined || value === null || value === false) continue;
    const after = kept[key];
    if (after === undefined || after === null) {
      dropped.push([key, asText(value)]);
    } else if (Array.isArray(value) && Array.isArray(after) && after.length < value.length) {
      dropped.push([key, value.filter((v) => !after.includes(v)).join(" ")]);
    }
  }
  return dropped;
}

/** Whether an attribute was dropped for its value (a scheme not allowed) rather than for being there at all. */
function allowedWithOtherValue(schema: Schema, tag: string, key: string): boolean {
  const listed = (defs: readonly unknown[] | undefined) =>
    (defs ?? []).some((d) => (typeof d === "string" ? d : (d as unknown[])[0]) === key);
  return listed(schema.attributes?.[tag]) || listed(schema.attributes?.["*"]);
}

/** Everything the sanitizer would remove from a parsed body, in document order. */
export function findDropped(parsed: Extract<ParsedBody, { ok: true }>): Dropped[] {
  const { tree, schema } = toSanitizable(structuredClone(parsed.hast), parsed.file);
  const found: Dropped[] = [];

  const visit = (node: Root | Element, ancestors: string[], nearestLine: number | undefined) => {
    for (const child of node.children) {
      if (child.type !== "element") continue;
      const line = child.position?.start.line ?? nearestLine;
      const name = child.tagName;
      if (!tagAllowed(schema, name, ancestors)) {
        const stripped = schema.strip?.includes(name) ?? false;
        found.push({ line, kind: stripped ? "stripped-tag" : "unwrapped-tag", tag: name });
        // A stripped tag takes its content with it: nothing inside reaches the page.
        if (!stripped) visit(child, [...ancestors, name], line);
        continue;
      }
      for (const [key, value] of droppedProperties(schema, child)) {
        const attribute = attributeName(key);
        const kind: Dropped["kind"] = /^on/i.test(attribute)
          ? "script-attribute"
          : URL_PROPERTIES.has(key) && allowedWithOtherValue(schema, name, key)
            ? "unsafe-url"
            : "attribute";
        found.push({ line, kind, tag: name, attribute, value });
      }
      visit(child, [...ancestors, name], line);
    }
  };
  visit(tree, [], undefined);
  return found;
}

const shorten = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max)}…` : text);

const SITE_ADDRESS = "站内路径（如 /rules/shouwen-fuze/、#art-3、./tu-1.png）";

/** Advice for a removed tag, by what an editor was probably trying to do. */
function tagHint(tag: string): string {
  if (["script", "noscript", "template"].includes(tag))
    return "正文里的脚本不会在网页上运行，请删去这段代码。需要交互功能时请联系开发人员。";
  if (tag === "style") return "网页的字体、颜色和版式由网站统一设置，请删去这段样式代码。";
  if (["iframe", "frame", "frameset", "object", "embed", "applet"].includes(tag))
    return "网站不嵌入其他网页、视频或插件。请改为一个普通链接，例如 [观看视频](https://…)。";
  if (tag === "svg" || tag === "math") return "请把图形或公式另存为 PNG 图片，用 ![说明](./图片.png) 插入。";
  if (["form", "input", "button", "select", "textarea", "option", "label", "fieldset"].includes(tag))
    return "网站是静态网页，不能提交表单。请删去这段代码，改为文字说明或联系方式。";
  if (["meta", "link", "base", "title", "head", "html", "body"].includes(tag))
    return "这是网页头部的代码，不属于正文（多半是从网页或 Word 复制时带进来的），请删去。";
  if (tag === "font" || tag === "center")
    return "旧式的字体或居中标签；文字会保留，格式由网站统一设置。需要强调时用 **加粗** 或 <mark>标记</mark>，然后删去这个标签。";
  if (["td", "th", "tr", "thead", "tbody", "tfoot", "caption", "col", "colgroup"].includes(tag))
    return "表格的这一部分不在 <table> 里面。用 Markdown 表格，或把它放进完整的 <table>…</table>。";
  return "文字会保留，标签本身去掉。请改用 Markdown 写法，或编辑指南“允许的 HTML”中列出的标签。";
}

function attributeHint(attribute: string, tag: string): string {
  if (attribute === "style")
    return '网页的字体、颜色和版式由网站统一设置，请删去 style="…"。需要强调时用 **加粗** 或 <mark>标记</mark>。';
  if (attribute === "class")
    return '网站只认自己的样式类名；请删去 class="…"（多半是从 Word 或网页复制带进来的）。';
  if (attribute === "target") return '站外链接按浏览器的默认方式打开，请删去 target="…"。';
  if (attribute === "name")
    return '锚点请用 id="…"，例如 <a id="fujian-1"></a>，链接写成 [附件1](#fujian-1)。';
  return `<${tag}> 不支持这个属性，请删去它（允许的属性见编辑指南“允许的 HTML”）。`;
}

/** What the sanitizer removes from this body, as warnings with file and line. */
export function checkHtml(ctx: BodyContext, parsed: ParsedBody): Problem[] {
  if (!parsed.ok) return [];
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const drop of findDropped(parsed)) {
    const line = drop.line === undefined ? undefined : ctx.firstLine + drop.line - 1;
    const base = { severity: "warning" as const, file: ctx.file, line };
    let problem: Problem;
    switch (drop.kind) {
      case "stripped-tag":
        problem = {
          ...base,
          message: "不允许的 HTML 标签，发布时连同其中的内容一起删除",
          found: `<${drop.tag}>`,
          expected: "普通的 Markdown 正文，或编辑指南“允许的 HTML”中列出的标签",
          hint: tagHint(drop.tag),
        };
        break;
      case "unwrapped-tag":
        problem = {
          ...base,
          message: "不允许的 HTML 标签，发布时删去标签、保留其中的文字",
          found: `<${drop.tag}>`,
          expected: "普通的 Markdown 正文，或编辑指南“允许的 HTML”中列出的标签",
          hint: tagHint(drop.tag),
        };
        break;
      case "script-attribute":
        problem = {
          ...base,
          message: "会执行脚本的 HTML 属性，发布时删除",
          found: `<${drop.tag} ${drop.attribute}="${shorten(drop.value ?? "")}">`,
          expected: "不带 on… 属性的标签",
          hint: `删去 ${drop.attribute}="…"：网站不运行正文里的脚本。`,
        };
        break;
      case "unsafe-url":
        problem = {
          ...base,
          message: "链接或图片地址不安全或不受支持，发布时删除",
          found: `<${drop.tag} ${drop.attribute}="${shorten(drop.value ?? "")}">`,
          expected:
            drop.attribute === "src"
              ? `以 https:// 或 http:// 开头的网址，${SITE_ADDRESS}，或 data:image/png 等图片数据`
              : `以 ${LINK_PROTOCOLS.map((p) => `${p}:`).join("、")} 开头的地址，或${SITE_ADDRESS}`,
          hint: "改为正确的网址或站内路径（网址开头的字母要小写）；javascript:、vbscript:、data: 等地址不允许使用。",
        };
        break;
      default:
        problem = {
          ...base,
          message: "不支持的 HTML 属性，发布时删除",
          found: `<${drop.tag} ${drop.attribute}${drop.value ? `="${shorten(drop.value)}"` : ""}>`,
          expected: "编辑指南“允许的 HTML”中列出的属性",
          hint: attributeHint(drop.attribute ?? "", drop.tag),
        };
    }
    const key = `${problem.line}|${problem.message}|${problem.found}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}
