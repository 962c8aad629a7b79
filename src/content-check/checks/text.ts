/**
 * Checks on the raw text of a content file, before YAML sees it: the file's
 * encoding, and full-width punctuation typed with a Chinese input method where
 * YAML needs ASCII (title：, a full-width space after the colon, － list
 * markers, ——— instead of ---). Each such slip is reported with its line and
 * then repaired in a copy of the text, so the rest of the file can still be
 * checked and every problem is listed at once.
 */

export interface DecodedText {
  text: string;
  /** utf-8 (with or without BOM), utf-16 (Notepad's "Unicode"), gb18030 (GBK and GB2312 are subsets), or unknown. */
  encoding: "utf-8" | "utf-16" | "gb18030" | "unknown";
}

/**
 * Decodes a content file. UTF-8 (a BOM is dropped) is what the site reads;
 * files saved by older Windows tools are often GBK/GB18030, which is decoded
 * here only so the check can go on and say what to do.
 */
export function decodeContent(bytes: Uint8Array): DecodedText {
  // Notepad's "Unicode" and "Unicode big endian" are UTF-16 with a byte-order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Not UTF-8: try GB18030, the superset of GBK that Windows Notepad and WPS used to save.
  }
  try {
    return { text: new TextDecoder("gb18030", { fatal: true }).decode(bytes), encoding: "gb18030" };
  } catch {
    return { text: new TextDecoder("utf-8").decode(bytes), encoding: "unknown" };
  }
}

/** How to save a file as UTF-8, in the tools editors actually use. */
export const SAVE_AS_UTF8 =
  "用 VS Code 打开文件，点右下角的编码（如 GB2312、GBK），选“通过编码保存”→“UTF-8”；" +
  "或用记事本打开，“另存为”时把“编码”选为 UTF-8。WPS、Word 导出的文字请先粘贴到 VS Code 中再保存。";

export interface TextIssue {
  /** 1-based line in the file. */
  line: number;
  /** The front-matter key on that line, when there is one. */
  key?: string | undefined;
  message: string;
  found: string;
  expected: string;
  hint: string;
}

/** A dash line typed with a Chinese input method: ———, －－－, —— or --- with spaces. */
export const DASH_LIKE_LINE = /^\s*(?:[-－—–ー一━─]\s*){2,}$/u;

/** A key at the start of a line (optionally a list item "- key"), then what follows the key. */
const KEY_START = /^(\s*)((?:[-－—–•·]\s+)?)([A-Za-zＡ-Ｚａ-ｚ][\wＡ-Ｚａ-ｚ０-９_.-]*)(\s*)([:：])(.*)$/u;
/** A list marker typed full-width, or a bullet: "－ 张三", "• 张三". */
const FULL_WIDTH_LIST = /^(\s*)([－—–•·])(\s*)(\S.*)$/u;
/** A block scalar header: key: | or key: >, with optional modifiers. */
const BLOCK_SCALAR = /:\s*[|>][+-]?\d*\s*(?:#.*)?$/;

const toHalfWidth = (text: string) => text.normalize("NFKC");

/**
 * Finds the full-width slips in YAML lines (a Markdown file's front matter or a
 * whole YAML data file) and returns the lines repaired. `firstLine` is the
 * file line number of `lines[0]`. Text inside values is left alone: Chinese
 * punctuation there is content, not syntax.
 */
export function checkYamlTypography(
  lines: readonly string[],
  firstLine: number,
  /** Field names of the collection (nested ones by their last part): a line starting with one is a key line. */
  knownKeys: ReadonlySet<string> = new Set(),
): { lines: string[]; issues: TextIssue[] } {
  const repaired: string[] = [];
  const issues: TextIssue[] = [];
  let blockIndent: number | undefined;

  lines.forEach((raw, index) => {
    const line = firstLine + index;
    const eol = raw.endsWith("\r") ? "\r" : "";
    let text = eol ? raw.slice(0, -1) : raw;
    const indent = text.length - text.trimStart().length;

    // Lines of a block scalar (summary: |) are text, whatever they contain.
    if (blockIndent !== undefined) {
      if (text.trim() === "" || indent > blockIndent) {
        repaired.push(raw);
        return;
      }
      blockIndent = undefined;
    }

    // Indentation must be ASCII spaces: a full-width space or a tab breaks the structure.
    const leading = /^[ \u3000\t]*/.exec(text)?.[0] ?? "";
    if (/[\u3000\t]/.test(leading) && text.trim() !== "") {
      const what = leading.includes("\t") ? "制表符（Tab）" : "全角空格";
      issues.push({
        line,
        key: /^(?:[-－]\s+)?([A-Za-z]\w*)\s*[:：]/.exec(text.trim())?.[1],
        message: `行首的缩进用了${what}`,
        found: `“${text.trim()}”`,
        expected: "缩进只用英文半角空格，每一级两个空格",
        hint: `删去这一行开头的${what}，改用两个半角空格缩进（与上下行对齐）。`,
      });
      text = leading.replace(/\t/g, "  ").replace(/\u3000/g, "  ") + text.slice(leading.length);
    }

    const list = KEY_START.test(text) ? null : FULL_WIDTH_LIST.exec(text);
    if (list) {
      const [, spaces, marker, , rest] = list as unknown as [string, string, string, string, string];
      issues.push({
        line,
        message: `列表项开头用了“${marker}”，不是英文减号`,
        found: `“${text.trim()}”`,
        expected: "列表项以英文减号和一个空格开头：“- ”",
        hint: `把“${marker}”改成英文减号“-”，后面留一个空格。`,
      });
      text = `${spaces}- ${rest}`;
    }

    const match = KEY_START.exec(text);
    // A word and a colon is a key when it is a known field, or when it starts a top-level line.
    const isKeyLine = (key: string, spaces: string, marker: string) =>
      knownKeys.has(toHalfWidth(key)) || (spaces === "" && marker === "");
    if (match && isKeyLine(match[3] as string, match[1] as string, match[2] as string)) {
      const [, spaces, marker, key, gap, colon, rest] = match as unknown as [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ];
      const asciiKey = toHalfWidth(key);
      const asciiMarker = marker.trim() === "" ? marker : "- ";
      if (asciiMarker !== marker) {
        issues.push({
          line,
          key: asciiKey,
          message: `列表项开头用了“${marker.trim()}”，不是英文减号`,
          found: `“${text.trim()}”`,
          expected: "列表项以英文减号和一个空格开头：“- ”",
          hint: `把“${marker.trim()}”改成英文减号“-”，后面留一个空格。`,
        });
      }
      const isUrl = colon === ":" && rest.startsWith("//");
      let value = rest;
      if (asciiKey !== key) {
        issues.push({
          line,
          key: asciiKey,
          message: "字段名里有全角字母或数字",
          found: `“${key}”`,
          expected: `字段名只用英文半角字母，例如 ${asciiKey}`,
          hint: `关闭中文输入法的全角模式，把字段名改为 ${asciiKey}。`,
        });
      }
      if (colon === "：") {
        issues.push({
          line,
          key: asciiKey,
          message: "字段名后面用了全角冒号“：”",
          found: `“${text.trim()}”`,
          expected: `字段名后面是英文半角冒号和一个空格，例如“${asciiKey}: ${rest.trim() || "…"}”`,
          hint: `把“${key}${gap}：”改成“${asciiKey}: ”（切换到英文输入法再输入冒号）。`,
        });
        value = rest === "" || rest.startsWith(" ") ? rest : ` ${rest}`;
      } else if (!isUrl && rest.startsWith("\u3000")) {
        issues.push({
          line,
          key: asciiKey,
          message: "冒号后面是全角空格",
          found: `“${text.trim()}”`,
          expected: `冒号后面是一个英文半角空格，例如“${asciiKey}: ${rest.trim()}”`,
          hint: "把冒号后面的全角空格换成一个半角空格。",
        });
        value = ` ${rest.replace(/^\u3000+/, "")}`;
      } else if (!isUrl && rest !== "" && !/^\s/.test(rest)) {
        issues.push({
          line,
          key: asciiKey,
          message: "冒号后面缺少空格",
          found: `“${text.trim()}”`,
          expected: `冒号后面有一个空格，例如“${asciiKey}: ${rest.trim()}”`,
          hint: `在“${asciiKey}:”后面加一个空格。`,
        });
        value = ` ${rest}`;
      }
      text = `${spaces}${asciiMarker}${asciiKey}${colon === "：" ? "" : gap}:${value}`;
      if (BLOCK_SCALAR.test(text)) blockIndent = spaces.length + asciiMarker.length;
    }
    repaired.push(text + eol);
  });
  return { lines: repaired, issues };
}
