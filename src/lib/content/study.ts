/** The compilation read like a book: contents by part, previous/next, reading time. */
import type { StudyData } from "../../model/study.ts";

export interface ChapterLike {
  id: string;
  data: Pick<StudyData, "title" | "part" | "order">;
}

/** Chapters in reading order. */
export function inReadingOrder<C extends ChapterLike>(chapters: readonly C[]): C[] {
  return [...chapters].sort((a, b) => a.data.order - b.data.order);
}

/** Parts in order of their first chapter, each with its chapters in order. */
export function contentsByPart<C extends ChapterLike>(chapters: readonly C[]) {
  const parts = new Map<string, C[]>();
  for (const chapter of inReadingOrder(chapters)) {
    const list = parts.get(chapter.data.part) ?? [];
    list.push(chapter);
    parts.set(chapter.data.part, list);
  }
  return [...parts].map(([part, list]) => ({ part, chapters: list }));
}

/** The chapters before and after `id` in reading order. */
export function neighbours<C extends ChapterLike>(chapters: readonly C[], id: string) {
  const ordered = inReadingOrder(chapters);
  const index = ordered.findIndex((c) => c.id === id);
  return {
    prev: index > 0 ? ordered[index - 1] : undefined,
    next: index >= 0 && index < ordered.length - 1 ? ordered[index + 1] : undefined,
  };
}

/** Characters a reader actually reads: Han characters plus Latin words and numbers. */
export function readableLength(markdown: string): number {
  const text = markdown
    .replace(/^---[\s\S]*?---/, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\]\([^)]*\)/g, "]");
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.match(/[A-Za-z0-9]+/g)?.length ?? 0;
  return han + words;
}

/**
 * Minutes to read, at about 400 Chinese characters a minute: careful reading
 * of regulations is slower than the 500–600 often quoted for light text.
 */
export function readingMinutes(markdown: string, charsPerMinute = 400): number {
  return Math.max(1, Math.round(readableLength(markdown) / charsPerMinute));
}

/** The chapters that list rule `ruleId` among their related rules, in reading order. */
export function relatedChapters<
  C extends ChapterLike & { data: { related?: readonly string[] | undefined } },
>(chapters: readonly C[], ruleId: string): C[] {
  return inReadingOrder(chapters.filter((c) => c.data.related?.includes(ruleId)));
}

/** The entries named by `ids` (a chapter's related rules), in that order; unknown ids are left out. */
export function entriesById<E extends { id: string }>(
  entries: readonly E[],
  ids: readonly string[] = [],
): E[] {
  return ids.map((id) => entries.find((e) => e.id === id)).filter((e): e is E => e !== undefined);
}
