/** Finding where a front-matter key is written, so messages can give a line number. */

interface KeyLine {
  /** Column of the key itself (a "- " list marker counts as indentation). */
  indent: number;
  key: string;
}

const KEY_LINE = /^(\s*)(-\s+)?["']?([^"'\s:#][^"':]*?)["']?\s*:(?:\s|$)/;

function keyOn(line: string): KeyLine | undefined {
  const match = KEY_LINE.exec(line);
  if (!match) return undefined;
  return { indent: (match[1] as string).length + (match[2]?.length ?? 0), key: match[3] as string };
}

const leadingSpaces = (line: string) => line.length - line.trimStart().length;
const isBlank = (line: string) => line.trim() === "" || line.trim().startsWith("#");

/**
 * The 1-based line of the key at `path` (e.g. ["published", "level"]) in a
 * Markdown file's front matter (`startLine` on its opening ---), or in one item
 * of a YAML list (`startLine` on its "- " line). Only keys at the right depth
 * count: a nested `date` is not the top-level `date`. Array indexes in the path
 * are skipped, so the key's own line is shown. A missing nested key gives its
 * parent's line; a missing top-level key gives undefined.
 */
export function lineOfKey(
  text: string,
  path: readonly PropertyKey[],
  options: { startLine?: number } = {},
): number | undefined {
  const lines = text.split(/\r?\n/);
  const keys = path.filter((p): p is string => typeof p === "string");
  if (keys.length === 0) return undefined;

  // The block this entry occupies: [from, to).
  let from = (options.startLine ?? 1) - 1;
  let to = lines.length;
  if (lines[from]?.replace(/^\uFEFF/, "").trim() === "---") {
    from += 1;
    const end = lines.findIndex((line, i) => i >= from && line.trim() === "---");
    if (end >= 0) to = end;
  } else if (/^-(\s|$)/.test(lines[from] ?? "")) {
    const next = lines.findIndex((line, i) => i > from && /^-(\s|$)/.test(line));
    if (next >= 0) to = next;
  }

  let found: number | undefined;
  let parentIndent = -1;
  for (const key of keys) {
    let childIndent: number | undefined;
    let hit: number | undefined;
    for (let i = from; i < to; i++) {
      const line = lines[i] as string;
      if (isBlank(line)) continue;
      // A line at or left of the parent's key ends the parent's block.
      if (found !== undefined && leadingSpaces(line) <= parentIndent) break;
      const keyLine = keyOn(line);
      if (!keyLine) continue;
      childIndent ??= keyLine.indent;
      if (keyLine.indent < childIndent) break;
      if (keyLine.indent === childIndent && keyLine.key === key) {
        hit = i;
        parentIndent = keyLine.indent;
        break;
      }
    }
    // A missing nested key points at its parent (e.g. published: for published.outlet).
    if (hit === undefined) return found === undefined ? undefined : found + 1;
    found = hit;
    from = hit + 1;
  }
  return found === undefined ? undefined : found + 1;
}
