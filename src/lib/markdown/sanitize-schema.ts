/**
 * The allow-list for HTML in content (hast-util-sanitize schema). Editors may
 * write raw HTML in Markdown; only what is listed here reaches a reader. It
 * keeps everything the site's own pipeline produces (条文 anchors, footnotes,
 * task lists, tables, code blocks) and the tags a government editor plausibly
 * uses (<sup>, <mark>, <abbr>, <details>, <figure>, <ruby>…), and drops
 * everything that can run script, load another page or submit data.
 *
 * The content checker reports what this schema drops (see
 * src/content-check/checks/html.ts), so changing it changes both.
 */
import type { Schema } from "hast-util-sanitize";

type PropertyDefinition = NonNullable<Schema["attributes"]>[string][number];

/** Image formats that may be inlined as data: URLs (an <img> never runs script, but keep the list short). */
export const DATA_IMAGE = /^data:image\/(?:png|jpeg|jpg|gif|webp|avif|bmp);/i;

/** URL schemes allowed in links (href) and images (src), besides addresses on this site. */
export const LINK_PROTOCOLS = ["http", "https", "mailto", "tel"] as const;
export const IMAGE_PROTOCOLS = ["http", "https", "data"] as const;

/**
 * Elements removed together with their content: scripts and styles, embedded
 * documents and plug-ins, SVG and MathML (their own script and link rules),
 * and raw-text containers whose text would otherwise surface as page text.
 */
export const STRIPPED_TAGS = [
  "script",
  "style",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "svg",
  "math",
  "template",
  "noscript",
  "noembed",
  "noframes",
  "textarea",
  "select",
  "xmp",
  "title",
] as const;

const aria = ["ariaDescribedBy", "ariaLabel", "ariaLabelledBy", "ariaHidden"];

/** Attributes harmless on any allowed element: text direction, language, tables' old layout attributes. */
const common: PropertyDefinition[] = [
  "id",
  "title",
  "lang",
  "dir",
  "align",
  "vAlign",
  "width",
  "height",
  "abbr",
  "axis",
  "border",
  "cellPadding",
  "cellSpacing",
  "char",
  "charOff",
  "clear",
  "colSpan",
  "rowSpan",
  "headers",
  "scope",
  "span",
  "summary",
  "noWrap",
  "noShade",
  "frame",
  "rules",
  "size",
  "dateTime",
  "cite",
];

export const TAG_NAMES = [
  // text
  "p",
  "br",
  "hr",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "pre",
  "code",
  "kbd",
  "samp",
  "var",
  "div",
  "span",
  "section",
  "address",
  // inline emphasis and editing marks
  "a",
  "b",
  "strong",
  "i",
  "em",
  "u",
  "s",
  "strike",
  "del",
  "ins",
  "mark",
  "small",
  "sub",
  "sup",
  "abbr",
  "cite",
  "dfn",
  "q",
  "time",
  "tt",
  "wbr",
  "bdi",
  "bdo",
  // ruby annotations (注音)
  "ruby",
  "rb",
  "rp",
  "rt",
  // lists
  "ul",
  "ol",
  "li",
  "dl",
  "dt",
  "dd",
  // tables
  "table",
  "caption",
  "colgroup",
  "col",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "th",
  "td",
  // media and disclosure
  "img",
  "figure",
  "figcaption",
  "details",
  "summary",
  // GFM task-list checkboxes (always disabled)
  "input",
];

export const sanitizeSchema: Schema = {
  tagNames: TAG_NAMES,
  strip: [...STRIPPED_TAGS],
  // Table parts outside a table could break out of their context.
  ancestors: {
    tbody: ["table"],
    thead: ["table"],
    tfoot: ["table"],
    tr: ["table"],
    td: ["table"],
    th: ["table"],
    caption: ["table"],
    colgroup: ["table"],
    col: ["table"],
  },
  attributes: {
    "*": common,
    a: [
      ...aria,
      "href",
      "hrefLang",
      // GFM footnotes: the reference and the way back.
      "dataFootnoteRef",
      "dataFootnoteBackref",
      // Regulation article numbers link to their own anchor; footnote backrefs.
      ["className", "article-no", "data-footnote-backref"],
    ],
    p: [["className", "article"]],
    img: [...aria, "alt", ["src", /^(?!data:)/i, DATA_IMAGE], "loading", "decoding"],
    ol: [
      ...aria,
      "start",
      "reversed",
      ["type", "1", "a", "A", "i", "I"],
      ["className", "contains-task-list"],
    ],
    ul: [...aria, ["className", "contains-task-list"]],
    li: ["value", ["className", "task-list-item"]],
    input: [["type", "checkbox"], ["disabled", true], "checked"],
    section: ["dataFootnotes", ["className", "footnotes"]],
    h2: [["className", "sr-only"]],
    details: ["open"],
    summary: [...aria],
    table: [...aria],
    dl: [...aria],
    td: ["colSpan", "rowSpan"],
    th: ["colSpan", "rowSpan", "scope"],
    col: ["span"],
    colgroup: ["span"],
    // Code blocks: the language class, and the markup of Astro's Shiki highlighter (its inline colours are dropped).
    code: [["className", /^language-./]],
    pre: ["tabIndex", "dataLanguage", ["className", "astro-code", /^[a-z0-9-]+$/]],
    span: [["className", "line"]],
    bdo: ["dir"],
    time: ["dateTime"],
    q: ["cite"],
    blockquote: ["cite"],
    del: ["cite", "dateTime"],
    ins: ["cite", "dateTime"],
  },
  // Task-list checkboxes can never be ticked by a reader.
  required: { input: { type: "checkbox", disabled: true } },
  protocols: {
    href: [...LINK_PROTOCOLS],
    src: [...IMAGE_PROTOCOLS],
    cite: ["http", "https"],
  },
  // Ids are kept as written: regulation anchors (#art-3) and footnotes (already
  // prefixed user-content- by remark-rehype) must keep their exact ids. No
  // `name` attribute is allowed, which is the usual DOM-clobbering vector.
  clobber: [],
  clobberPrefix: "",
  allowComments: false,
  allowDoctypes: false,
};
