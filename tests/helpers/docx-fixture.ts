/**
 * Word documents built in code with the `docx` package, so every import test
 * shows exactly what its input contains. `officialRule` is laid out the way
 * county offices set a rule: title in a larger centred font, 文号 in half-width
 * brackets, 第X章 in bold, 第N条 with a full-width space, a list, a table, an
 * image, and the 落款 (organ and date) at the end.
 */
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";

/** A 1×1 PNG. */
export const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

const BODY = 32; // 三号, in half-points
const text = (value: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({
    text: value,
    size: options.size ?? BODY,
    bold: options.bold ?? false,
    italics: options.italics ?? false,
  });
const para = (...runs: TextRun[]) => new Paragraph({ children: runs });
const centred = (value: string, size: number, bold = false) =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: [text(value, { size, bold })] });
const right = (value: string) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [text(value)] });
const cell = (...lines: string[]) => new TableCell({ children: lines.map((line) => para(text(line))) });

const NUMBERING = {
  config: [
    {
      reference: "bullets",
      levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT }],
    },
    {
      reference: "steps",
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT }],
    },
  ],
};

export function officialRule(): Promise<Buffer> {
  const doc = new Document({
    numbering: NUMBERING,
    footnotes: { 1: { children: [para(text("指来访、来电、来函和网上咨询。"))] } },
    sections: [
      {
        children: [
          centred("示例县委组织部首问负责制度", 44, true),
          centred("示例组发[2024]5号", BODY),
          centred("第一章　总则", BODY, true),
          para(
            text("第一条", { bold: true }),
            text("　为了转变机关作风，提高"),
            text("服务质量", { bold: true }),
            text("，结合"),
            text("工作实际", { italics: true }),
            text("，制定本制度。"),
          ),
          para(text("　　第二条本制度适用于部机关全体干部"), new FootnoteReferenceRun(1), text("。")),
          centred("第二章　首问责任人职责", BODY, true),
          para(text("第三条　首问责任人应当做到：")),
          new Paragraph({
            numbering: { reference: "bullets", level: 0 },
            children: [text("热情接待，问明来意；")],
          }),
          new Paragraph({
            numbering: { reference: "bullets", level: 0 },
            children: [text("一次告知，全程负责。")],
          }),
          para(text("第四条　办理时限如下：")),
          new Table({
            rows: [
              new TableRow({ children: [cell("事项"), cell("时限")] }),
              new TableRow({ children: [cell("政策咨询"), cell("当场答复")] }),
              new TableRow({ children: [cell("材料审核"), cell("3个工作日", "复杂的5个工作日")] }),
            ],
          }),
          para(text("第五条　办理流程见下图：")),
          new Paragraph({
            children: [
              new ImageRun({
                type: "png",
                data: TINY_PNG,
                transformation: { width: 100, height: 60 },
                altText: { name: "流程图", description: "首问负责办理流程图", title: "流程图" },
              }),
            ],
          }),
          new Paragraph({ numbering: { reference: "steps", level: 0 }, children: [text("登记")] }),
          new Paragraph({ numbering: { reference: "steps", level: 0 }, children: [text("办理")] }),
          centred("第三章　附则", BODY, true),
          para(text("第六条　本制度自2024年4月1日起施行。")),
          right("示例县委组织部"),
          right("2024年3月1日"),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A research article with Word heading styles, 摘要 and 关键词. */
export function researchArticle(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            children: [new TextRun("关于年轻干部培养的调研与思考")],
          }),
          para(text("摘要：本文调查了年轻干部培养的现状，提出了对策建议。")),
          para(text("关键词：年轻干部；培养；调研")),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("一、基本情况")] }),
          para(text("全县现有35岁以下干部"), text("120", { bold: true }), text("名。")),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun("（一）总体情况")] }),
          para(text("总体结构合理。")),
          para(text("二、存在的问题", { bold: true })),
          para(text("培养渠道单一。")),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A law chapter for the compilation: title, a note in parentheses, articles without chapters. */
export function lawChapter(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          centred("中华人民共和国示例法", 44, true),
          centred("（2024年6月28日第十四届全国人民代表大会常务委员会第十次会议通过）", BODY),
          para(text("第一条　为了示例，制定本法。")),
          para(text("第二条　本法自公布之日起施行。")),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
