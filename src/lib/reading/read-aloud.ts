/**
 * 语音朗读 (reading the page aloud with the browser's own speech synthesis):
 * which blocks of the page are read and in what words, which voice reads them,
 * and what the controls say in each state. No DOM here: the page is walked
 * through a small adapter (src/client/read-aloud/ gives one over the real DOM,
 * the unit tests one over parsed HTML), and voices are plain records.
 */

/** Elements read as one utterance each (one highlight each). A table is read row by row. */
const BLOCK_TAGS = new Set([
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "p",
  "li",
  "dt",
  "dd",
  "tr",
  "caption",
  "figcaption",
  "blockquote",
  "pre",
]);

/** Elements never read: not text, or controls, or the page's navigation aids. */
const SKIPPED_TAGS = new Set([
  "script",
  "style",
  "template",
  "noscript",
  "svg",
  "img",
  "picture",
  "video",
  "audio",
  "iframe",
  "object",
  "canvas",
  "button",
  "input",
  "select",
  "textarea",
  "form",
  "nav",
]);

/** Classes of text that is on the page for screen readers or for print only. */
const SKIPPED_CLASSES = ["visually-hidden", "sr-only", "print-only"];

/** A table row's cells are joined by a pause. */
const CELL_SEPARATOR = "，";

/** How the walk sees a node. `T` is whatever the caller's tree is made of. */
export interface TreeAdapter<T> {
  /** Text nodes give their text; elements give `undefined`. */
  text(node: T): string | undefined;
  /** Lower-case tag name of an element ("" for anything else). */
  tag(node: T): string;
  attribute(node: T, name: string): string | null;
  children(node: T): Iterable<T>;
  /** Extra test for a node the attributes do not reveal as hidden (e.g. CSS display: none). */
  isHidden?(node: T): boolean;
}

export interface ReadableBlock<T> {
  /** The element that is highlighted while this block is read. */
  node: T;
  /** What is spoken: the block's text, white space collapsed. */
  text: string;
}

/**
 * Whether an element and everything in it is left out: `hidden`, aria-hidden,
 * data-pagefind-ignore (the page's navigation aids, related links, page info —
 * the same things search leaves out), left out of screen or print, a
 * screen-reader- or print-only class, a footnote reference mark, or a tag that
 * holds no prose.
 */
export function isSkipped<T>(node: T, adapter: TreeAdapter<T>): boolean {
  const tag = adapter.tag(node);
  if (SKIPPED_TAGS.has(tag)) return true;
  const attr = (name: string) => adapter.attribute(node, name);
  if (attr("hidden") !== null || attr("aria-hidden") === "true") return true;
  if (attr("data-pagefind-ignore") !== null || attr("data-read-aloud-skip") !== null) return true;
  if (attr("data-footnote-ref") !== null) return true;
  const classes = (attr("class") ?? "").split(/\s+/);
  if (SKIPPED_CLASSES.some((c) => classes.includes(c))) return true;
  return adapter.isHidden?.(node) ?? false;
}

/** Collapses white space; between two Chinese characters a line break is no space at all. */
export function speakable(text: string): string {
  // HTML white space only: a full-width space (U+3000, as after 第一条) is a pause and stays.
  return text
    .replace(/[ \t\n\r\f]+/g, " ")
    .replace(/(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])/g, "")
    .trim();
}

/**
 * The blocks read aloud, in document order. A block inside another block
 * (a list inside a list item, a paragraph inside a quotation) is its own block;
 * the outer one then reads only its own words outside the inner blocks.
 */
export function readableBlocks<T>(root: T, adapter: TreeAdapter<T>): ReadableBlock<T>[] {
  const blocks: ReadableBlock<T>[] = [];

  /** The words of `node` that are not inside a nested block; nested blocks are visited in `nested`. */
  const ownText = (node: T, nested: T[]): string => {
    const own = adapter.text(node);
    if (own !== undefined) return own;
    if (isSkipped(node, adapter)) return "";
    const tag = adapter.tag(node);
    if (tag === "br") return " ";
    if (BLOCK_TAGS.has(tag)) {
      nested.push(node);
      return " ";
    }
    const words = [...adapter.children(node)].map((child) => ownText(child, nested)).join("");
    if (tag !== "td" && tag !== "th") return words;
    // Cells of a row are read with a pause between them; an empty cell is not read at all.
    const cell = speakable(words);
    return cell ? `${cell}${CELL_SEPARATOR}` : "";
  };

  const visitBlock = (node: T) => {
    const nested: T[] = [];
    const words = [...adapter.children(node)].map((child) => ownText(child, nested)).join("");
    const spoken = speakable(words);
    const text = spoken.endsWith(CELL_SEPARATOR) ? spoken.slice(0, -CELL_SEPARATOR.length) : spoken;
    if (text) blocks.push({ node, text });
    for (const inner of nested) visitBlock(inner);
  };

  const visit = (node: T) => {
    if (adapter.text(node) !== undefined || isSkipped(node, adapter)) return;
    if (BLOCK_TAGS.has(adapter.tag(node))) visitBlock(node);
    else for (const child of adapter.children(node)) visit(child);
  };

  visit(root);
  return blocks;
}

/** What the page needs to know of a voice (a subset of SpeechSynthesisVoice). */
export interface VoiceInfo {
  lang: string;
  name: string;
  localService: boolean;
  default: boolean;
}

const normalizedLang = (lang: string) => lang.replace(/_/g, "-").toLowerCase();

/**
 * The voice for Chinese text: one whose language is zh-CN, else any other
 * Chinese one (Cantonese, zh-HK/yue, last), the browser's default among equals.
 * Only voices on the device itself count: an online voice would send the text
 * to its provider. `undefined` means "none suitable": the utterance is then
 * marked lang="zh-CN" and the browser picks.
 */
export function chooseVoice<V extends VoiceInfo>(voices: readonly V[]): V | undefined {
  const rank = (voice: V): number => {
    const lang = normalizedLang(voice.lang);
    if (lang === "zh-cn" || lang.startsWith("zh-cn-") || lang === "zh-hans-cn") return 0;
    if (lang.startsWith("yue") || lang.startsWith("zh-hk") || lang.startsWith("zh-yue")) return 2;
    if (lang === "zh" || lang.startsWith("zh-") || lang === "cmn" || lang.startsWith("cmn-")) return 1;
    return 3;
  };
  const candidates = voices
    .filter((v) => v.localService && rank(v) < 3)
    .map((voice, index) => ({ voice, index, rank: rank(voice) }));
  candidates.sort(
    (a, b) => a.rank - b.rank || Number(b.voice.default) - Number(a.voice.default) || a.index - b.index,
  );
  return candidates[0]?.voice;
}

export type ReadAloudState = "idle" | "playing" | "paused";

/** The main button's label in each state (it starts, pauses and resumes); 停止 is a button of its own. */
export const READ_ALOUD_LABELS: Record<ReadAloudState, string> = {
  idle: "朗读全文",
  playing: "暂停",
  paused: "继续",
};

export const STOP_LABEL = "停止";

/**
 * What the status line (a polite live region) says after each change of state:
 * announced once per change, never per paragraph, so it does not talk over the reading.
 */
export const READ_ALOUD_MESSAGES = {
  started: "开始朗读",
  paused: "已暂停朗读",
  resumed: "继续朗读",
  stopped: "已停止朗读",
  finished: "全文朗读完毕",
  empty: "本页没有可朗读的正文",
  failed: "朗读出错，已停止",
} as const;
export type ReadAloudEvent = keyof typeof READ_ALOUD_MESSAGES;
