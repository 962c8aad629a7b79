/**
 * The order of a YAML list file, kept through Astro's data store (which keeps entries
 * sorted by id): the loader records each item's position, pages put entries back in it.
 * Lists of pillars, 五看五比 and departments follow their files this way, never a sort.
 */

/** Key under which the loader stores an item's position in its file. */
export const FILE_POSITION = "filePosition";

/** The parsed list with each item's position in the file added. */
export function withFilePositions(list: unknown): unknown {
  if (!Array.isArray(list)) return list;
  return list.map((item: unknown, position) =>
    item !== null && typeof item === "object" ? { ...item, [FILE_POSITION]: position } : item,
  );
}

export interface Positioned {
  data: { filePosition: number };
}

/** Entries in the order their file lists them. */
export function inFileOrder<T extends Positioned>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.filePosition - b.data.filePosition);
}
