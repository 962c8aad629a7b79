/**
 * Where a reader is in the study compilation: the chapter last opened and the
 * chapters read to the end. Kept in the reader's own browser (localStorage);
 * nothing is sent anywhere. Pure functions, shared by the chapter and
 * contents-page scripts and tested on their own.
 */

export const PROGRESS_STORAGE_KEY = "zugong.study-progress.v1";

export interface ReadingProgress {
  /** Id of the chapter opened most recently. */
  last?: string | undefined;
  /** Ids of the chapters read to the end, in the order they were finished. */
  finished: string[];
}

const EMPTY: ReadingProgress = { finished: [] };
const ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** Reads what was stored; anything malformed (old format, edited by hand) counts as no progress. */
export function parseProgress(raw: string | null | undefined): ReadingProgress {
  if (!raw) return EMPTY;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return EMPTY;
  }
  if (typeof value !== "object" || value === null) return EMPTY;
  const { last, finished } = value as Record<string, unknown>;
  return {
    last: typeof last === "string" && ID.test(last) ? last : undefined,
    finished: Array.isArray(finished)
      ? [...new Set(finished.filter((id): id is string => typeof id === "string" && ID.test(id)))]
      : [],
  };
}

export function serializeProgress(progress: ReadingProgress): string {
  return JSON.stringify({ last: progress.last, finished: progress.finished });
}

export function markOpened(progress: ReadingProgress, id: string): ReadingProgress {
  return { ...progress, last: id };
}

export function markFinished(progress: ReadingProgress, id: string): ReadingProgress {
  return progress.finished.includes(id) ? progress : { ...progress, finished: [...progress.finished, id] };
}

export interface ContentsView<C> {
  /** The chapter to offer under 继续阅读, if any. */
  resume?: C | undefined;
  /** Finished chapters that still exist in the compilation. */
  finished: Set<string>;
}

/**
 * What the contents page shows. 继续阅读 offers the chapter opened last; when
 * that one was read to the end, the next unread chapter after it instead.
 * Chapters since removed from the compilation are ignored.
 */
export function contentsView<C extends { id: string }>(
  progress: ReadingProgress,
  chaptersInOrder: readonly C[],
): ContentsView<C> {
  const known = new Set(chaptersInOrder.map((c) => c.id));
  const finished = new Set(progress.finished.filter((id) => known.has(id)));
  const lastIndex = chaptersInOrder.findIndex((c) => c.id === progress.last);
  if (lastIndex < 0) return { finished };
  const last = chaptersInOrder[lastIndex] as C;
  if (!finished.has(last.id)) return { resume: last, finished };
  const nextUnread = chaptersInOrder.slice(lastIndex + 1).find((c) => !finished.has(c.id));
  return { resume: nextUnread, finished };
}
