/**
 * Structure of Chinese regulations: 编/章/节 headings and 第N条 articles, and
 * the stable ASCII anchors they get (#art-23, #ch-2, #ch-2-sec-1). ASCII
 * anchors survive being pasted into chat apps and e-mail, where Chinese
 * fragments are often cut off or percent-encoded.
 */
import { parseChineseNumeral, toChineseNumeral } from "./chinese-numerals.ts";

const NUMERAL = "[零〇一二三四五六七八九十百千两]+";

/** 第二十三条 at the start of a paragraph, then a space (ASCII or full-width); also 第十条之一. */
const ARTICLE_START = new RegExp(`^第(${NUMERAL})条(?:之(${NUMERAL}))?(?=[\\s\\u3000])`);

export interface ArticleMark {
  /** The label as written, e.g. 第二十三条. */
  label: string;
  /** Article number, e.g. 23. */
  number: number;
  /** For 第十条之一: 1. */
  sub?: number;
  /** Anchor id, e.g. art-23 or art-10-1. */
  id: string;
}

/** Recognises a paragraph that begins an article. */
export function matchArticle(text: string): ArticleMark | undefined {
  const match = ARTICLE_START.exec(text);
  if (!match) return undefined;
  const number = parseChineseNumeral(match[1] as string);
  if (number === undefined) return undefined;
  const sub = match[2] === undefined ? undefined : parseChineseNumeral(match[2]);
  if (match[2] !== undefined && sub === undefined) return undefined;
  return {
    label: match[0],
    number,
    ...(sub === undefined ? {} : { sub }),
    id: sub === undefined ? `art-${number}` : `art-${number}-${sub}`,
  };
}

export type DivisionLevel = "part" | "chapter" | "section";

export interface DivisionMark {
  level: DivisionLevel;
  number: number;
}

const DIVISION = new RegExp(`^\\s*第(${NUMERAL})(编|章|节)`);
const LEVELS = { 编: "part", 章: "chapter", 节: "section" } as const;

/** Recognises 第一编 / 第二章 / 第三节 headings. */
export function matchDivision(text: string): DivisionMark | undefined {
  const match = DIVISION.exec(text);
  if (!match) return undefined;
  const number = parseChineseNumeral(match[1] as string);
  if (number === undefined) return undefined;
  return { level: LEVELS[match[2] as keyof typeof LEVELS], number };
}

/**
 * Gives each division an id that stays stable when text around it changes.
 * Chapters restart under each 编 in some codes (民法典), so a chapter under a
 * part is part-2-ch-1; sections are numbered within their chapter.
 */
export class DivisionIds {
  #part: number | undefined;
  #chapter: number | undefined;

  next(mark: DivisionMark): string {
    const partPrefix = this.#part === undefined ? "" : `part-${this.#part}-`;
    switch (mark.level) {
      case "part":
        this.#part = mark.number;
        this.#chapter = undefined;
        return `part-${mark.number}`;
      case "chapter":
        this.#chapter = mark.number;
        return `${partPrefix}ch-${mark.number}`;
      case "section":
        return this.#chapter === undefined
          ? `${partPrefix}sec-${mark.number}`
          : `${partPrefix}ch-${this.#chapter}-sec-${mark.number}`;
    }
  }
}

/** Makes `id` unique among `used` by appending -2, -3, … and records it. */
export function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}

/** Whether an id is one of the anchors above (art-23, ch-2, part-1-ch-3, ch-2-sec-1 …). */
export const isRegulationId = (id: string): boolean => /^(art|part|ch|sec)-\d/.test(id);

/**
 * The label of a regulation anchor, read back from its id: art-23 第二十三条,
 * art-10-1 第十条之一, part-2-ch-1 第二编第一章, ch-3-sec-2 第三章第二节.
 * Undefined for any other id.
 */
export function anchorLabel(id: string): string | undefined {
  const article = /^art-(\d+)(?:-(\d+))?$/.exec(id);
  if (article) {
    const sub = article[2] === undefined ? "" : `之${toChineseNumeral(Number(article[2]))}`;
    return `第${toChineseNumeral(Number(article[1]))}条${sub}`;
  }
  const division = /^(?:part-(\d+))?-?(?:ch-(\d+))?-?(?:sec-(\d+))?(?:-\d+)?$/.exec(id);
  if (!division || !isRegulationId(id)) return undefined;
  const [, part, chapter, section] = division;
  const names: Array<[string | undefined, string]> = [
    [part, "编"],
    [chapter, "章"],
    [section, "节"],
  ];
  const label = names
    .filter(([n]) => n !== undefined)
    .map(([n, unit]) => `第${toChineseNumeral(Number(n))}${unit}`)
    .join("");
  return label || undefined;
}
