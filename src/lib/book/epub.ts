/**
 * The compilation as an EPUB 3 publication: the package document, the
 * navigation document by part and chapter, a title page, the 编印说明 and one
 * XHTML file per part and per chapter, as a list of files for a zip writer.
 * Everything here is a function of the book and its metadata, so two runs
 * give the same bytes.
 */
import { createHash } from "node:crypto";
import { zipSync, strToU8, type Zippable } from "fflate";
import { bookChapters, type Book } from "./source.ts";
import { childrenToXhtml, escapeXml } from "./xhtml.ts";

export interface BookMeta {
  /** The compiler (编印单位), e.g. the site's organizer. */
  compiler: string;
  /** The edition's date, YYYY-MM-DD: the date of the content, never the clock. */
  date: string;
  /** The site's address without a sub-path, e.g. `https://example.gov.cn`. */
  siteUrl: string;
  /** The site's sub-path, e.g. `/` or `/portal/`. */
  base: string;
  /** The sample content: the title page carries a 示例 mark. */
  sample: boolean;
}

export interface EpubFile {
  path: string;
  content: string;
}

const XHTML = "application/xhtml+xml";

/** A UUID (version 5 form) from `name`: the same book at the same address keeps its identifier. */
export function stableUuid(name: string): string {
  const hex = createHash("sha1").update(name).digest("hex").slice(0, 32).split("");
  hex[12] = "5";
  hex[16] = ((parseInt(hex[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
  const h = hex.join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** The book's identifier: its title at the site's address. */
export function bookIdentifier(book: Book, meta: Pick<BookMeta, "siteUrl" | "base">): string {
  return `urn:uuid:${stableUuid(`${meta.siteUrl}${meta.base}study/|${book.title}`)}`;
}

const chapterFile = (id: string) => `${id}.xhtml`;
const partFile = (index: number) => `part-${index + 1}.xhtml`;

/** The words of the 编印说明, shared by the EPUB and the PDF. */
export function editorialNote(book: Book, meta: BookMeta): string[] {
  const chapters = bookChapters(book).length;
  const lines = [
    `本书由${meta.compiler}编印，收录${book.parts.length}编${chapters}章，供组工干部学习使用。`,
    "各章内容与网站“学习资料选编”栏目一致，由同一份内容生成；法律法规的条文以国家法律法规数据库公布的文本为准。",
    "每一条以条号开头，条号顶格、其余各行缩进两字。",
    `网络版：${meta.siteUrl}${meta.base}study/`,
  ];
  if (meta.sample) lines.push("本书为示例，内容仅供演示。");
  return lines;
}

function document(title: string, body: string, bodyClass?: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="zh-CN" lang="zh-CN">
<head>
<meta charset="UTF-8"/>
<title>${escapeXml(title)}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body${bodyClass ? ` class="${bodyClass}"` : ""}>
${body}
</body>
</html>
`;
}

/**
 * Where a link in a chapter goes in the EPUB: 第N条 and other anchors to the
 * file that holds them, links to a chapter of the book on the site to its
 * file, other links on the site to the site's full address.
 */
function linkRewriter(book: Book, meta: BookMeta) {
  const fileOfId = new Map<string, string>();
  for (const chapter of bookChapters(book)) {
    fileOfId.set(`chapter-${chapter.id}`, chapterFile(chapter.id));
    for (const element of chapter.body.querySelectorAll("[id]")) {
      fileOfId.set(element.getAttribute("id") ?? "", chapterFile(chapter.id));
    }
  }
  const chapterIds = new Set(bookChapters(book).map((c) => c.id));
  const studyPath = `${meta.base}study/`;
  return (href: string): string => {
    if (href.startsWith("#")) {
      const id = decodeURIComponent(href.slice(1));
      const file = fileOfId.get(id);
      if (!file) return href;
      return id.startsWith("chapter-") ? file : `${file}#${encodeURIComponent(id)}`;
    }
    if (!href.startsWith("/")) return href;
    const [path = "", hash] = href.split("#");
    if (path.startsWith(studyPath)) {
      const id = path.slice(studyPath.length).replace(/\/$/, "");
      if (chapterIds.has(id)) return hash ? `${chapterFile(id)}#${id}--${hash}` : chapterFile(id);
    }
    return `${meta.siteUrl}${href}`;
  };
}

/** The files of the EPUB, in the order they go into the zip (the mimetype first). */
export function epubFiles(book: Book, meta: BookMeta, css: string): EpubFile[] {
  const href = linkRewriter(book, meta);
  const files: EpubFile[] = [];
  const items: Array<{ id: string; href: string; properties?: string }> = [];
  const add = (id: string, path: string, content: string, properties?: string) => {
    files.push({ path: `EPUB/${path}`, content });
    items.push(properties ? { id, href: path, properties } : { id, href: path });
  };

  const mark = meta.sample ? `<p class="sample-mark">示例</p>\n` : "";
  add(
    "title-page",
    "title.xhtml",
    document(
      book.title,
      `<section class="title-page" epub:type="titlepage">\n${mark}<h1>${escapeXml(book.title)}</h1>\n<p class="compiler">${escapeXml(meta.compiler)} 编印</p>\n<p class="date">${escapeXml(chineseDate(meta.date))}</p>\n</section>`,
    ),
  );
  add(
    "editorial",
    "editorial.xhtml",
    document(
      "编印说明",
      `<section class="editorial" epub:type="preface">\n<h1>编印说明</h1>\n${editorialNote(book, meta)
        .map((line) => `<p>${escapeXml(line)}</p>`)
        .join("\n")}\n</section>`,
    ),
  );
  add("nav", "nav.xhtml", navDocument(book), "nav");
  book.parts.forEach((part, index) => {
    add(
      `part-${index + 1}`,
      partFile(index),
      document(
        part.title,
        `<section class="part-page" epub:type="part">\n<h1>${escapeXml(part.title)}</h1>\n</section>`,
      ),
    );
    for (const chapter of part.chapters) {
      const source = chapter.source ? `<p class="source">出处：${escapeXml(chapter.source)}</p>\n` : "";
      add(
        `c-${chapter.id}`,
        chapterFile(chapter.id),
        document(
          chapter.title,
          `<section class="chapter" epub:type="chapter">\n<h1 class="chapter-title">${escapeXml(chapter.title)}</h1>\n${source}<div class="prose">${childrenToXhtml(chapter.body, { href })}</div>\n</section>`,
        ),
      );
    }
  });
  files.push({ path: "EPUB/style.css", content: css });
  items.push({ id: "style", href: "style.css" });

  return [
    { path: "mimetype", content: "application/epub+zip" },
    {
      path: "META-INF/container.xml",
      content: `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles>
<rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
</rootfiles>
</container>
`,
    },
    { path: "EPUB/package.opf", content: packageDocument(book, meta, items) },
    ...files,
  ];
}

function packageDocument(
  book: Book,
  meta: BookMeta,
  items: Array<{ id: string; href: string; properties?: string }>,
): string {
  const manifest = items
    .map((item) => {
      const type = item.href.endsWith(".css") ? "text/css" : XHTML;
      const properties = item.properties ? ` properties="${item.properties}"` : "";
      return `<item id="${item.id}" href="${item.href}" media-type="${type}"${properties}/>`;
    })
    .join("\n");
  const spine = items
    .filter((item) => item.href.endsWith(".xhtml"))
    .map((item) => `<itemref idref="${item.id}"/>`)
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="zh-CN">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="book-id">${bookIdentifier(book, meta)}</dc:identifier>
<dc:title>${escapeXml(book.title)}</dc:title>
<dc:language>zh-CN</dc:language>
<dc:creator>${escapeXml(meta.compiler)}</dc:creator>
<dc:publisher>${escapeXml(meta.compiler)}</dc:publisher>
<dc:date>${meta.date}</dc:date>
<meta property="dcterms:modified">${meta.date}T00:00:00Z</meta>
</metadata>
<manifest>
${manifest}
</manifest>
<spine>
${spine}
</spine>
</package>
`;
}

function navDocument(book: Book): string {
  const toc = book.parts
    .map(
      (part, index) =>
        `<li><a href="${partFile(index)}">${escapeXml(part.title)}</a>\n<ol>\n${part.chapters
          .map((chapter) => `<li><a href="${chapterFile(chapter.id)}">${escapeXml(chapter.title)}</a></li>`)
          .join("\n")}\n</ol>\n</li>`,
    )
    .join("\n");
  const first = book.parts[0]?.chapters[0];
  return document(
    "目录",
    `<nav epub:type="toc" id="toc">\n<h1>目录</h1>\n<ol>\n${toc}\n</ol>\n</nav>
<nav epub:type="landmarks" id="landmarks" hidden="hidden">\n<h2>导航</h2>\n<ol>
<li><a epub:type="titlepage" href="title.xhtml">书名页</a></li>
<li><a epub:type="toc" href="nav.xhtml">目录</a></li>
${first ? `<li><a epub:type="bodymatter" href="${partFile(0)}">正文</a></li>\n` : ""}</ol>\n</nav>`,
  );
}

/** 2026-12-01 as 2026年12月1日. */
export function chineseDate(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  return `${year}年${month}月${day}日`;
}

/** The EPUB as zip bytes: the mimetype first and stored, every entry with the edition's date. */
export function epubZip(files: readonly EpubFile[], date: string): Uint8Array {
  // Zip times are local times (fflate reads the Date's local fields): midnight of the date, in any time zone.
  const [year = 1980, month = 1, day = 1] = date.split("-").map(Number);
  const mtime = new Date(year, month - 1, day);
  const zippable: Zippable = {};
  for (const file of files) {
    const stored = file.path === "mimetype";
    zippable[file.path] = [strToU8(file.content), { level: stored ? 0 : 9, mtime }];
  }
  return zipSync(zippable);
}
