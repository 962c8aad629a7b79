/**
 * On the compilation's contents page: 继续阅读 with the chapter to go on
 * with, 已读 beside finished chapters, and a way to forget it all. The page
 * reads fine without this script; these parts stay hidden.
 */
import {
  contentsView,
  parseProgress,
  PROGRESS_STORAGE_KEY,
  type ReadingProgress,
} from "../../lib/reading/reading-progress.ts";
import { readStored, writeStored } from "./storage.ts";

interface ChapterItem {
  id: string;
  item: HTMLElement;
  link: HTMLAnchorElement;
}

const chapters: ChapterItem[] = [...document.querySelectorAll<HTMLElement>("[data-chapter-id]")].flatMap(
  (item) => {
    const link = item.querySelector<HTMLAnchorElement>("a[href]");
    return item.dataset.chapterId && link ? [{ id: item.dataset.chapterId, item, link }] : [];
  },
);
const panel = document.querySelector<HTMLElement>("[data-reading-progress]");

function show(progress: ReadingProgress): void {
  if (!panel) return;
  const view = contentsView(progress, chapters);
  for (const { id, item } of chapters) {
    const badge = item.querySelector<HTMLElement>("[data-read-badge]");
    if (badge) badge.hidden = !view.finished.has(id);
  }
  const resume = panel.querySelector<HTMLElement>("[data-resume]");
  const resumeLink = panel.querySelector<HTMLAnchorElement>("[data-resume-link]");
  if (resume && resumeLink) {
    resume.hidden = !view.resume;
    if (view.resume) {
      resumeLink.setAttribute("href", view.resume.link.getAttribute("href") ?? "");
      resumeLink.textContent = view.resume.link.textContent;
    }
  }
  const count = panel.querySelector<HTMLElement>("[data-finished-count]");
  if (count) count.textContent = `已读完 ${view.finished.size} / ${chapters.length} 章`;
  panel.hidden = !view.resume && view.finished.size === 0;
}

show(parseProgress(readStored(PROGRESS_STORAGE_KEY)));

panel?.querySelector("[data-progress-clear]")?.addEventListener("click", () => {
  writeStored(PROGRESS_STORAGE_KEY, null);
  show(parseProgress(null));
  const status = document.querySelector<HTMLElement>("[data-progress-status]");
  if (status) status.textContent = "阅读记录已清除";
  document.querySelector<HTMLElement>("main")?.focus();
});
