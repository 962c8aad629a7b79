/**
 * Recognises the structure of a Chinese official document in Markdown
 * converted from Word: the title, 文号 (X〔2024〕12号, also typed with [] or
 * ()), 成文日期 and 发文机关 from the 落款 or a note under the title, 施行日期
 * (自2024年4月1日起施行), 第X编/章/节 headings and 第N条 articles, and for
 * research articles 摘要 and 关键词. What is recognised leaves the body and
 * goes to the front matter. Pure: text in, text out.
 */
import { parseChineseNumeral } from "../../../src/lib/reading/chinese-numerals.ts";
import { parseIsoDay } from "../../../src/lib/text/dates.ts";
import type { MarkdownCollection } from "./content-index.ts";

export interface RecognisedDocument {
  title?: string | undefined;
  docNumber?: string | undefined;
  /** 成文日期. */
  issued?: Date | undefined;
  /** 施行日期. */
  effective?: Date | undefined;
  /** 发文机关, from the 落款 or the 发文机关标志. */
  issuer?: string | undefined;
  /** 出处: the note in parentheses under the title (study). */
  source?: string | undefined;
  abstract?: string | undefined;
  keywords?: string[] | undefined;
  body: string;
  /** What was done that the editor should check (in Chinese). */
  notes: string[];
}

const NUMERAL = "[零〇一二三四五六七八九十百千两]+";
const ARTICLE_LABEL = new RegExp(`^第${NUMERAL}条(?:之${NUMERAL})?`);
const DIVISION = new RegExp(`^第(${NUMERAL}|\\d+)(编|章|节)(?:[\\s\\u3000]*([^\\s\\u3000].*))?$`);
const DOC_NUMBER = /^(\S+?)\s*[〔[［(（【]\s*(\d{4})\s*[〕\]］)）】]\s*(\d+)\s*号$/;
const INDENT = /^[\s\u3000\u00a0]+/;
/** Ends of sentences: a line ending so is text, not a heading. */
const SENTENCE_END = /[。；：！？，、.;:!?]$/;
/** A reference to an article, not an article: 第五条规定的…, 第五条第二款… */
const REFERENCE_AFTER_LABEL = /^(?:的|规定|所|中|至|、|，|,|第|和|或|及|以|项|款)/;

/** Text of a block without Markdown: no heading marks, emphasis, escapes or indentation. */
export function plainText(block: string): string {
  return block
    .replace(/^#{1,6}\s+/, "")
    .replace(/<\/?(?:strong|em|b|i)>/g, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(?<![*\w])\*(?!\s)(.+?)\*/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, "$1")
    .replace(INDENT, "")
    .replace(/[\s\u3000\u00a0]+$/, "");
}

const DIGITS: Record<string, string> = {
  〇: "0",
  零: "0",
  一: "1",
  二: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};

/** 2024年3月1日 or 二〇二四年三月一日 (anywhere in `text`, first one), as a UTC-midnight Date. */
export function findChineseDate(text: string): { date: Date; match: string } | undefined {
  const match =
    /(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/.exec(
      text,
    );
  if (!match) return undefined;
  const [whole, y, m, d] = match as unknown as [string, string, string, string];
  const year = /^\d+$/.test(y) ? y : [...y].map((c) => DIGITS[c] ?? "").join("");
  const month = /^\d+$/.test(m) ? Number(m) : parseChineseNumeral(m);
  const day = /^\d+$/.test(d) ? Number(d) : parseChineseNumeral(d);
  if (!month || !day) return undefined;
  const date = parseIsoDay(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
  return date ? { date, match: whole } : undefined;
}

/** 文号 in the standard form (full-width 〔〕), or undefined. */
export function parseDocNumber(text: string): string | undefined {
  const match = DOC_NUMBER.exec(text.replace(/\s+/g, ""));
  return match ? `${match[1]}〔${match[2]}〕${match[3]}号` : undefined;
}

/**
 * A paragraph that starts with 第N条, written the way the site recognises
 * articles: the number as plain text, then one space. Undefined when the
 * paragraph is not an article (or only mentions one: 第五条规定的…).
 */
export function normaliseArticle(block: string): string | undefined {
  let text = block.replace(INDENT, "");
  let reopen = "";
  for (const [open, close] of [
    ["**", "**"],
    ["<strong>", "</strong>"],
  ] as const) {
    if (!text.startsWith(open)) continue;
    const label = ARTICLE_LABEL.exec(text.slice(open.length))?.[0];
    if (!label) return undefined;
    const after = text.slice(open.length + label.length);
    const closing = new RegExp(`^[\\s\\u3000]*${close.replace(/[*/]/g, "\\$&")}`).exec(after);
    text = closing ? `${label}${after.slice(closing[0].length)}` : `${label}${after}`;
    reopen = closing ? "" : open;
    break;
  }
  const label = ARTICLE_LABEL.exec(text)?.[0];
  if (!label) return undefined;
  const rest = text.slice(label.length);
  const spaced = /^[\s\u3000：:]/.test(rest);
  const body = rest.replace(/^[\s\u3000]*[：:]?[\s\u3000]*/, "");
  if (!spaced && REFERENCE_AFTER_LABEL.test(body)) return undefined;
  if (body === "") return undefined;
  const reopened = reopen && !body.startsWith(reopen) ? `${reopen}${body}` : body;
  return `${label} ${reopened}`;
}

type Kind = "heading" | "paragraph" | "other";

interface Block {
  text: string;
  kind: Kind;
}

const kindOf = (text: string): Kind =>
  /^#{1,6}\s/.test(text)
    ? "heading"
    : /^(?:[-*+]\s|\d+\.\s|\||!\[|\[\^|```|>)/.test(text)
      ? "other"
      : "paragraph";

const headingLevel = (text: string) => /^(#{1,6})\s/.exec(text)?.[1]?.length ?? 0;

/** Whether a whole block is set in bold. */
const isAllBold = (text: string) =>
  /^(?:\*\*[^*]+\*\*|<strong>[^<]+<\/strong>)$/.test(text.replace(INDENT, "").trim());

function looksLikeTitle(plain: string): boolean {
  return (
    plain.length > 0 &&
    plain.length <= 60 &&
    !SENTENCE_END.test(plain) &&
    !ARTICLE_LABEL.test(plain) &&
    !DIVISION.test(plain) &&
    !parseDocNumber(plain) &&
    !findChineseDate(plain)
  );
}

const isDateOnly = (plain: string) => {
  const found = findChineseDate(plain);
  return found !== undefined && plain.replace(/\s/g, "") === found.match.replace(/\s/g, "");
};

export function recogniseStructure(markdown: string, collection: MarkdownCollection): RecognisedDocument {
  const result: RecognisedDocument = { body: "", notes: [] };
  let blocks: Block[] = markdown
    .split(/\n{2,}/)
    .map((text) => text.replace(/\s+$/, ""))
    .filter((text) => plainText(text) !== "" || /!\[/.test(text))
    .map((text) => ({ text, kind: kindOf(text) }));
  const remove = (block: Block) => {
    blocks = blocks.filter((b) => b !== block);
  };

  // 发文机关标志 (中共某某县委组织部文件) at the very top of a 红头 document.
  const masthead = blocks[0] && /^(.{2,30})文件$/.exec(plainText(blocks[0].text));
  if (masthead && blocks.length > 1) {
    result.issuer = masthead[1];
    remove(blocks[0] as Block);
  }

  // 文号, usually just above or below the title.
  for (const block of blocks.slice(0, 4)) {
    const docNumber = block.kind === "paragraph" ? parseDocNumber(plainText(block.text)) : undefined;
    if (docNumber) {
      result.docNumber = docNumber;
      remove(block);
      break;
    }
  }

  // The title: the first heading, or a short first paragraph.
  const first = blocks[0];
  if (
    first &&
    (first.kind === "heading" || (first.kind === "paragraph" && looksLikeTitle(plainText(first.text))))
  ) {
    let title = plainText(first.text).replace(/\s+/g, " ");
    const circular = /^.*?关于印发《(.+?)》的通知$/.exec(title);
    if (circular && (collection === "rules" || collection === "study")) {
      title = circular[1] as string;
      result.notes.push(
        `标题取自印发通知中的制度名称“${title}”，请核对；通知正文保留在正文开头，可按需删去。`,
      );
    }
    result.title =
      collection === "rules" || collection === "books" ? title.replace(/^《(.*)》$/u, "$1") : title;
    remove(first);
  }

  // A note in parentheses under the title: （2024年3月1日部务会议通过）.
  for (const block of blocks.slice(0, 3)) {
    const plain = plainText(block.text);
    const note = /^[（(](.+)[）)]$/.exec(plain);
    if (block.kind !== "paragraph" || !note) continue;
    if (collection === "study") {
      result.source = note[1];
      remove(block);
    } else if (collection === "rules") {
      result.issued ??= findChineseDate(note[1] as string)?.date;
    }
    break;
  }

  // Labelled dates anywhere near the start or the end: 成文日期：… / 印发日期：…
  for (const block of [...blocks.slice(0, 4), ...blocks.slice(-4)]) {
    const labelled = /^(?:成文日期|印发日期|发布日期|发文日期)[：:]\s*(.+)$/.exec(plainText(block.text));
    const found = labelled && findChineseDate(labelled[1] as string);
    if (found) {
      result.issued = found.date;
      remove(block);
      break;
    }
  }

  // 落款: the signing organ and the date on the last lines.
  const tail = blocks.filter((b) => b.kind !== "other" || !/^\[\^/.test(b.text));
  for (let i = tail.length - 1; i >= Math.max(0, tail.length - 4); i--) {
    const block = tail[i] as Block;
    if (block.kind !== "paragraph" || !isDateOnly(plainText(block.text))) continue;
    result.issued = findChineseDate(plainText(block.text))?.date;
    remove(block);
    const before = tail[i - 1];
    const signer = before && plainText(before.text);
    if (
      before?.kind === "paragraph" &&
      signer &&
      signer.length <= 30 &&
      looksLikeTitle(signer) &&
      !/[，。；：、,]/.test(signer)
    ) {
      result.issuer = signer;
      remove(before);
    }
    break;
  }

  // 摘要 and 关键词 of a research article.
  if (collection === "articles") {
    for (const block of blocks.slice(0, 8)) {
      const plain = plainText(block.text);
      const abstract = /^[【[]?摘\s*要[】\]]?[：:]?\s*(.+)$/.exec(plain);
      const keywords = /^[【[]?关\s*键\s*词[】\]]?[：:]?\s*(.+)$/.exec(plain);
      if (abstract && result.abstract === undefined) {
        result.abstract = abstract[1]?.trim();
        remove(block);
      } else if (keywords && result.keywords === undefined) {
        result.keywords = (keywords[1] as string).split(/[；;，,、\s]+/).filter((k) => k !== "");
        remove(block);
      }
    }
  }

  // Headings: 编/章/节 by what they are; other headings shifted so the highest becomes ##.
  const plainHeadings = blocks.filter((b) => b.kind === "heading" && !DIVISION.test(plainText(b.text)));
  const shift = 2 - Math.min(6, ...plainHeadings.map((b) => headingLevel(b.text)));
  const hasParts = blocks.some((b) => DIVISION.exec(plainText(b.text))?.[2] === "编");
  const divisionLevel = { 编: 2, 章: hasParts ? 3 : 2, 节: hasParts ? 4 : 3 } as const;
  let articles = 0;
  const body = blocks.map((block) => {
    const plain = plainText(block.text);
    const division =
      block.kind !== "other" && plain.length <= 40 && !SENTENCE_END.test(plain) ? DIVISION.exec(plain) : null;
    if (division) {
      const [, number, kind, name] = division as unknown as [
        string,
        string,
        "编" | "章" | "节",
        string | undefined,
      ];
      return `${"#".repeat(divisionLevel[kind])} 第${number}${kind}${name ? ` ${name.trim()}` : ""}`;
    }
    if (block.kind === "heading") {
      return `${"#".repeat(Math.min(6, Math.max(2, headingLevel(block.text) + shift)))} ${plain}`;
    }
    if (block.kind !== "paragraph") return block.text;
    const article = normaliseArticle(block.text);
    if (article) {
      articles++;
      return article;
    }
    if ((collection === "articles" || collection === "books") && plain.length <= 40) {
      const level = /^[一二三四五六七八九十]+、/.test(plain)
        ? 2
        : /^[（(][一二三四五六七八九十]+[）)]/.test(plain)
          ? 3
          : 0;
      if (level && (isAllBold(block.text) || !SENTENCE_END.test(plain)))
        return `${"#".repeat(level)} ${plain}`;
    }
    return block.text.replace(INDENT, "");
  });

  // A rule's title often begins with the issuing organ, which the site shows separately.
  if (collection === "rules" && result.title && result.issuer && result.title.startsWith(result.issuer)) {
    const short = result.title.slice(result.issuer.length).replace(/^关于/, "");
    if (short.length >= 4) {
      result.notes.push(`标题去掉了开头的发文机关：“${result.title}”→“${short}”，如需保留请改回。`);
      result.title = short;
    }
  }
  if (collection === "rules") {
    const effective = /自\s*(\S+?日)\s*起(?:施行|执行|实施|生效)/.exec(body.join("\n"));
    result.effective = effective ? findChineseDate(effective[1] as string)?.date : undefined;
  }
  if ((collection === "rules" || collection === "study") && articles === 0 && body.length > 0) {
    result.notes.push("没有找到以“第一条”这样开头的条文；如果原文有条文，请检查每条是否单独成段。");
  }
  result.body = body.join("\n\n");
  return result;
}
