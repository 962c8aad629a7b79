/**
 * npm run import: turns a Word document into a new entry — Markdown body,
 * front matter pre-filled from what the document carries (title, 文号, dates,
 * 发文机关, 摘要, 关键词), 待填写 for the rest, images saved next to the entry.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fixText, type TextChange } from "../../../src/content-check/checks/chinese-text.ts";
import type { MarkdownCollection } from "./content-index.ts";
import { recogniseStructure, type RecognisedDocument } from "./document-structure.ts";
import { docxToMarkdown, IMAGE_FOLDER_TOKEN, type ExtractedImage } from "./docx-to-markdown.ts";
import { renderEntry, type FieldValue } from "./entry-template.ts";
import {
  chooseId,
  EditorToolError,
  isIdTaken,
  nextFreeMonth,
  resolveCollection,
  writePlan,
  type DefaultValue,
  type EntryPlan,
  type PlanContext,
} from "./new-entry.ts";

export interface ImportedDocument extends RecognisedDocument {
  images: ExtractedImage[];
}

export interface ImportOptions {
  collection: string;
  id?: string | undefined;
  title?: string | undefined;
}

export interface ImportPlan extends EntryPlan {
  /** Images to save, by project-relative path. */
  images: { file: string; data: Buffer }[];
  notes: string[];
  /** The Chinese-text fixes of npm run check -- --fix applied to the imported text (leftover pinyin, Traditional characters, punctuation). */
  fixes: TextChange[];
}

/** Whether bytes look like a .docx (a ZIP archive). */
const isZip = (bytes: Buffer) => bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;

/** Reads a .docx file's bytes into Markdown and recognised fields, for `collection`. */
export async function readDocx(bytes: Buffer, collection: MarkdownCollection): Promise<ImportedDocument> {
  if (!isZip(bytes)) {
    throw new EditorToolError(
      "这不是 .docx 文件。旧的 .doc 或 .wps 文件请先在 Word/WPS 中“另存为”Word 文档（*.docx），再导入。",
    );
  }
  let converted;
  try {
    converted = await docxToMarkdown(bytes);
  } catch (error) {
    throw new EditorToolError(
      `无法读取这个 Word 文件（${(error as Error).message}）。请在 Word/WPS 中另存为 .docx 后再试。`,
    );
  }
  const recognised = recogniseStructure(converted.markdown, collection);
  return { ...recognised, images: converted.images, notes: [...converted.notes, ...recognised.notes] };
}

/** The collection a document most likely belongs to, from what was recognised in it. */
export function guessCollection(
  markdown: string,
  doc: Pick<RecognisedDocument, "docNumber" | "abstract" | "keywords">,
): MarkdownCollection | undefined {
  const articles = markdown
    .split(/\n{2,}/)
    .filter((block) => /^第[零〇一二三四五六七八九十百千两]+条 /.test(block)).length;
  if (doc.docNumber || articles >= 3) return "rules";
  if (doc.abstract || doc.keywords) return "articles";
  return undefined;
}

export function planImport(doc: ImportedDocument, options: ImportOptions, ctx: PlanContext): ImportPlan {
  const collection = resolveCollection(options.collection);
  if (collection === "departments") throw new EditorToolError("股室不能从 Word 文档导入，请用 npm run new。");
  const title = options.title?.trim() || doc.title;
  if (!title) {
    throw new EditorToolError("没有从文档中识别出标题，请用 --title 指定，例如 --title 首问负责制度。");
  }
  const id = chooseId(title, options.id, (candidate) => isIdTaken(collection, candidate, ctx));
  const defaults: DefaultValue[] = [];
  const values: Record<string, FieldValue | undefined> = { title };
  switch (collection) {
    case "rules": {
      const status = doc.effective && doc.effective > ctx.today ? "尚未生效" : "现行有效";
      defaults.push({ key: "status", label: "时效性", value: status });
      Object.assign(values, {
        docNumber: doc.docNumber,
        issuer: doc.issuer,
        issued: doc.issued,
        effective: doc.effective && doc.issued && doc.effective < doc.issued ? undefined : doc.effective,
        status,
      });
      break;
    }
    case "study": {
      const order = Math.max(0, ...ctx.index.studyOrders) + 1;
      defaults.push({ key: "order", label: "排序号", value: String(order) });
      Object.assign(values, { order, source: doc.source });
      break;
    }
    case "books": {
      const month = nextFreeMonth(ctx.today, ctx.index.bookMonths);
      defaults.push({ key: "month", label: "推荐月份", value: month });
      values["month"] = month;
      break;
    }
    case "articles": {
      defaults.push({ key: "date", label: "发布日期", value: ctx.today.toISOString().slice(0, 10) });
      Object.assign(values, {
        date: ctx.today,
        abstract: doc.abstract,
        keywords: doc.keywords?.length ? doc.keywords : undefined,
      });
      break;
    }
  }
  const folder = `src/content/${collection}/${id}`;
  const body = doc.body.trim() === "" ? undefined : doc.body.replaceAll(IMAGE_FOLDER_TOKEN, `./${id}`);
  const rendered = renderEntry({ collection, values, body });
  const file = `${folder}.md`;
  const { text, changes } = fixText({
    file,
    text: rendered.text,
    kind: "markdown",
    isRule: collection === "rules",
  });
  const { unfilled } = rendered;
  return {
    kind: "create",
    collection,
    id,
    file,
    text,
    unfilled,
    defaults,
    images: doc.images.map((image) => ({ file: `${folder}/${image.name}`, data: image.data })),
    notes: doc.notes,
    fixes: changes,
  };
}

/** Writes the entry and its images; nothing that exists is overwritten. */
export function writeImport(root: string, plan: ImportPlan): void {
  const present = [plan.file, ...plan.images.map((i) => i.file)].filter((file) =>
    existsSync(path.join(root, file)),
  );
  if (present.length > 0) {
    throw new EditorToolError(`${present.join("、")} 已经存在，没有覆盖。请用 --id 换一个编号。`);
  }
  writePlan(root, plan);
  for (const image of plan.images) {
    const full = path.join(root, image.file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, image.data, { flag: "wx" });
  }
}
