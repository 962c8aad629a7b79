/**
 * Word (.docx, also as saved by WPS) to Markdown: mammoth reads the document
 * into HTML (headings, lists, tables, bold, italics, footnotes, images), and
 * turndown writes that HTML as Markdown with GFM tables. The structure of a
 * Chinese official document (title, 文号, 第X章, 第N条, 落款) is recognised
 * afterwards, on the Markdown, by document-structure.ts.
 */
import mammoth from "mammoth";
import TurndownService from "turndown";

export interface ExtractedImage {
  /** File name, e.g. image-1.png. */
  name: string;
  contentType: string;
  data: Buffer;
}

export interface DocxMarkdown {
  markdown: string;
  images: ExtractedImage[];
  /** What the editor should know (in Chinese), e.g. an image format browsers cannot show. */
  notes: string[];
}

/** Images are referenced as `${IMAGE_FOLDER_TOKEN}/image-1.png` until the entry's id is known. */
export const IMAGE_FOLDER_TOKEN = "@@IMAGES@@";

const EXTENSIONS: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/bmp": "bmp",
  "image/webp": "webp",
  "image/svg+xml": "svg",
  "image/tiff": "tif",
  "image/x-emf": "emf",
  "image/x-wmf": "wmf",
};
const WEB_IMAGE = new Set(["png", "jpg", "gif", "webp", "svg"]);

// ---- Reading the document (mammoth) ----

interface DocElement {
  type: string;
  children?: DocElement[];
  value?: string;
  styleName?: string | null;
  alignment?: string | null;
  fontSize?: number | null;
}

const textOf = (element: DocElement): string =>
  element.type === "text" ? (element.value ?? "") : (element.children ?? []).map(textOf).join("");

/** Font sizes of the runs in an element, weighted by their text length. */
function runSizes(element: DocElement, sizes: Map<number, number>): void {
  if (element.type === "run" && element.fontSize) {
    const length = textOf(element).trim().length;
    sizes.set(element.fontSize, (sizes.get(element.fontSize) ?? 0) + length);
  }
  for (const child of element.children ?? []) runSizes(child, sizes);
}

function largestSize(element: DocElement): number {
  const sizes = new Map<number, number>();
  runSizes(element, sizes);
  return Math.max(0, ...sizes.keys());
}

/**
 * Marks the document title with the "Title" style: a paragraph already styled
 * Title/标题, or else, among the first three paragraphs, the first one set in
 * a larger font than the body text (how official documents set their title,
 * e.g. 二号小标宋 over 三号仿宋), preferring a centred one.
 */
export function markTitle(document: DocElement): void {
  const blocks = document.children ?? [];
  const paragraphs = blocks.filter((b) => b.type === "paragraph" && textOf(b).trim() !== "");
  const styled = paragraphs.slice(0, 3).find((p) => /^(?:title|标题)$/i.test(p.styleName ?? ""));
  if (styled) {
    styled.styleName = "Title";
    return;
  }
  if (paragraphs.slice(0, 3).some((p) => /^heading\s*1$|^标题\s*1$/i.test(p.styleName ?? ""))) return;
  const sizes = new Map<number, number>();
  runSizes(document, sizes);
  const bodySize = [...sizes].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (bodySize === undefined) return;
  const larger = paragraphs.slice(0, 3).filter((p) => largestSize(p) > bodySize);
  const title = larger.find((p) => p.alignment === "center") ?? larger[0];
  if (title) title.styleName = "Title";
}

const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='标题 1'] => h1:fresh",
  "p[style-name='标题 2'] => h2:fresh",
  "p[style-name='标题 3'] => h3:fresh",
];

async function docxToHtml(buffer: Buffer, images: ExtractedImage[], notes: string[]) {
  return mammoth.convertToHtml(
    { buffer },
    {
      styleMap: STYLE_MAP,
      transformDocument: (document: DocElement) => {
        markTitle(document);
        return document;
      },
      convertImage: mammoth.images.imgElement(async (image) => {
        const ext = EXTENSIONS[image.contentType] ?? "bin";
        const name = `image-${images.length + 1}.${ext}`;
        images.push({ name, contentType: image.contentType, data: await image.readAsBuffer() });
        if (!WEB_IMAGE.has(ext)) {
          notes.push(
            `图片 ${name} 是 ${ext.toUpperCase()} 格式，浏览器不能显示，请在 Word/WPS 中把它另存为 PNG 后替换。`,
          );
        }
        return { src: `${IMAGE_FOLDER_TOKEN}/${name}` };
      }),
    },
  );
}

// ---- Writing Markdown (turndown) ----

interface DomNode {
  nodeName: string;
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
  previousSibling: DomNode | null;
  nextSibling: DomNode | null;
  getAttribute(name: string): string | null;
  innerHTML: string;
}

/** Unicode punctuation (including Chinese 。，“”（）): CommonMark treats emphasis next to it differently. */
const PUNCTUATION = /[\p{P}\p{S}]/u;

function neighbourChar(node: DomNode, side: "previous" | "next"): string {
  let sibling = side === "previous" ? node.previousSibling : node.nextSibling;
  while (sibling && (sibling.textContent ?? "") === "") {
    sibling = side === "previous" ? sibling.previousSibling : sibling.nextSibling;
  }
  const text = sibling?.textContent ?? "";
  return side === "previous" ? text.slice(-1) : text.slice(0, 1);
}

/**
 * **bold** and *italic* that CommonMark reads back as such. Chinese text
 * often has punctuation inside the emphasis and a character right after it
 * (**一、总体要求。**为了…), where ** would not close; such runs are written
 * as <strong>/<em> HTML instead.
 */
function emphasis(content: string, node: DomNode, delimiter: string, tag: string): string {
  const trimmed = content.trim();
  if (trimmed === "") return content;
  // A heading is already set apart: bold inside it is noise.
  for (let up = node.parentNode; up; up = up.parentNode) if (/^H[1-6]$/.test(up.nodeName)) return content;
  const first = trimmed.slice(0, 1);
  const last = trimmed.slice(-1);
  const before = neighbourChar(node, "previous");
  const after = neighbourChar(node, "next");
  const opensBadly =
    PUNCTUATION.test(first) && before !== "" && !/\s/.test(before) && !PUNCTUATION.test(before);
  const closesBadly = PUNCTUATION.test(last) && after !== "" && !/\s/.test(after) && !PUNCTUATION.test(after);
  return opensBadly || closesBadly ? `<${tag}>${trimmed}</${tag}>` : `${delimiter}${trimmed}${delimiter}`;
}

function cellText(service: TurndownService, cell: DomNode): string {
  return service.turndown(cell.innerHTML).replace(/\n+/g, "<br>").replace(/\|/g, "\\|").trim();
}

const elementChildren = (node: DomNode, name: string) =>
  Array.from(node.childNodes).filter((c) => c.nodeName === name);

/** Rows of a table, through <thead>/<tbody> if mammoth wrote them. */
function tableRows(table: DomNode): DomNode[] {
  return Array.from(table.childNodes).flatMap((child) =>
    child.nodeName === "TR"
      ? [child]
      : ["THEAD", "TBODY", "TFOOT"].includes(child.nodeName)
        ? elementChildren(child, "TR")
        : [],
  );
}

/**
 * A GFM table. The first row is the header (GFM needs one). Merged cells are
 * split: the text stays in the first cell and the others are left empty.
 */
function gfmTable(service: TurndownService, table: DomNode): string {
  const grid: string[][] = [];
  tableRows(table).forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of Array.from(row.childNodes).filter((n) => n.nodeName === "TD" || n.nodeName === "TH")) {
      while (grid[r]?.[c] !== undefined) c++;
      const colspan = Math.max(1, Number(cell.getAttribute("colspan") ?? 1));
      const rowspan = Math.max(1, Number(cell.getAttribute("rowspan") ?? 1));
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) {
          (grid[r + dr] ??= [])[c + dc] = dr === 0 && dc === 0 ? cellText(service, cell) : "";
        }
      }
      c += colspan;
    }
  });
  const width = Math.max(1, ...grid.map((row) => row.length));
  const line = (row: string[]) => `| ${Array.from({ length: width }, (_, i) => row[i] ?? "").join(" | ")} |`;
  const [header = [], ...body] = grid;
  return `\n\n${[line(header), `|${" --- |".repeat(width)}`, ...body.map(line)].join("\n")}\n\n`;
}

export function createTurndown(): TurndownService {
  const service = new TurndownService({
    headingStyle: "atx",
    bulletListMarker: "-",
    emDelimiter: "*",
    strongDelimiter: "**",
    codeBlockStyle: "fenced",
  });
  service.addRule("listItem", {
    filter: "li",
    replacement: (content, node) => {
      const li = node as unknown as DomNode;
      const parent = li.parentNode;
      let prefix = "- ";
      if (parent?.nodeName === "OL") {
        const start = Number(parent.getAttribute("start") ?? 1);
        prefix = `${start + elementChildren(parent, "LI").indexOf(li)}. `;
      }
      const text = content
        .replace(/^\n+/, "")
        .replace(/\n+$/, "\n")
        .replace(/\n(?!$)/g, `\n${" ".repeat(prefix.length)}`);
      return `${prefix}${text.trimEnd()}${li.nextSibling ? "\n" : ""}`;
    },
  });
  service.addRule("strong", {
    filter: ["strong", "b"],
    replacement: (content, node) => emphasis(content, node as unknown as DomNode, "**", "strong"),
  });
  service.addRule("emphasis", {
    filter: ["em", "i"],
    replacement: (content, node) => emphasis(content, node as unknown as DomNode, "*", "em"),
  });
  service.addRule("table", {
    filter: "table",
    replacement: (_content, node) => gfmTable(service, node as unknown as DomNode),
  });
  // Footnotes: mammoth's [1] links and the list of notes become GFM footnotes [^1].
  service.addRule("footnoteReference", {
    filter: (node) =>
      node.nodeName === "SUP" && /^#footnote-/.test(node.querySelector("a")?.getAttribute("href") ?? ""),
    replacement: (_content, node) =>
      `[^${(node as unknown as { querySelector(s: string): DomNode | null })
        .querySelector("a")
        ?.getAttribute("href")
        ?.replace(/^#footnote-/, "")}]`,
  });
  service.addRule("footnoteList", {
    filter: (node) =>
      node.nodeName === "OL" && /^footnote-/.test(node.querySelector("li")?.getAttribute("id") ?? ""),
    replacement: (_content, node) => {
      const items = elementChildren(node as unknown as DomNode, "LI");
      const notes = items.map((li) => {
        const id = li.getAttribute("id")?.replace(/^footnote-/, "") ?? "";
        const text = service
          .turndown(li.innerHTML.replace(/<a href="#footnote-ref-[^"]*">↑<\/a>/g, ""))
          .replace(/\n+/g, " ")
          .trim();
        return `[^${id}]: ${text}`;
      });
      return `\n\n${notes.join("\n")}\n\n`;
    },
  });
  return service;
}

/** Converts a .docx file's bytes to Markdown and the images it contains. */
export async function docxToMarkdown(buffer: Buffer): Promise<DocxMarkdown> {
  const images: ExtractedImage[] = [];
  const notes: string[] = [];
  const { value: html } = await docxToHtml(buffer, images, notes);
  const markdown = createTurndown()
    .turndown(html)
    .replace(/\u00a0/g, " ")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { markdown, images, notes };
}
