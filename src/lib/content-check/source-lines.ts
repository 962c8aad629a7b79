/** Finding where a front-matter key is written, so messages can give a line number. */

/**
 * The 1-based line of the key at `path` (e.g. ["published", "level"]) in a
 * Markdown file with YAML front matter, or in a YAML file (`inFrontMatter`
 * false). Array indexes in the path are skipped: the key's own line is shown.
 */
export function lineOfKey(
  text: string,
  path: readonly PropertyKey[],
  options: { startLine?: number } = {},
): number | undefined {
  const lines = text.split(/\r?\n/);
  const keys = path.filter((p): p is string => typeof p === "string");
  if (keys.length === 0) return undefined;
  let from = (options.startLine ?? 1) - 1;
  let indent = -1;
  let found: number | undefined;
  for (const key of keys) {
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = new RegExp(`^(\\s*)(?:-\\s+)?["']?${escaped}["']?\\s*:`);
    let hit: number | undefined;
    for (let i = from; i < lines.length; i++) {
      const line = lines[i] as string;
      if (i > from && found !== undefined && /^\S/.test(line) && indent >= 0) break; // left the parent block
      const match = pattern.exec(line);
      if (match && (match[1] as string).length > indent) {
        hit = i;
        indent = (match[1] as string).length;
        break;
      }
      if (line.trim() === "---" && i > 0) break; // end of front matter
    }
    if (hit === undefined) return found === undefined ? undefined : found + 1;
    found = hit;
    from = hit + 1;
  }
  return found === undefined ? undefined : found + 1;
}
