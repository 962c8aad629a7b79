/**
 * On a compilation chapter: remembers it as the chapter last opened, and as
 * finished once the reader has scrolled to its end.
 */
import {
  markFinished,
  markOpened,
  parseProgress,
  PROGRESS_STORAGE_KEY,
  serializeProgress,
  type ReadingProgress,
} from "../../lib/reading/reading-progress.ts";
import { readStored, writeStored } from "./storage.ts";

const update = (change: (progress: ReadingProgress) => ReadingProgress) =>
  writeStored(
    PROGRESS_STORAGE_KEY,
    serializeProgress(change(parseProgress(readStored(PROGRESS_STORAGE_KEY)))),
  );

const end = document.querySelector<HTMLElement>("[data-chapter-end]");
const id = end?.dataset.chapterId;
if (end && id) {
  update((p) => markOpened(p, id));
  // Checked against the live layout too: while a page is being left, an observer may report stale entries.
  const reachedEnd = (entry: IntersectionObserverEntry) =>
    entry.isIntersecting &&
    document.visibilityState === "visible" &&
    end.getBoundingClientRect().top < window.innerHeight;
  const observer = new IntersectionObserver((entries) => {
    if (entries.some(reachedEnd)) {
      update((p) => markFinished(p, id));
      observer.disconnect();
    }
  });
  observer.observe(end);
}
