/**
 * 复制引用: completes the reference with today's date (引用日期) and copies it.
 * The Clipboard API needs a secure context, and intranet portals are often
 * plain http, so the selection-based copy is the fallback; if both fail the
 * text is left selected for Ctrl+C.
 */
import { articleCitation, type CitationInput } from "../../lib/reading/citation.ts";
import { parseIsoDay } from "../../lib/text/dates.ts";

function citationOf(section: HTMLElement): CitationInput | undefined {
  const { authors, title, date, url, outlet, publishedDate } = section.dataset;
  const day = date ? parseIsoDay(date) : undefined;
  if (!authors || !title || !day || !url) return undefined;
  const published = outlet && publishedDate ? parseIsoDay(publishedDate) : undefined;
  return {
    authors: JSON.parse(authors) as string[],
    title,
    date: day,
    url,
    published: outlet && published ? { outlet, date: published } : undefined,
  };
}

function today(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

function selectText(element: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

async function copy(text: string, element: HTMLElement): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the selection-based copy.
  }
  selectText(element);
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  }
}

for (const section of document.querySelectorAll<HTMLElement>("[data-citation]")) {
  const article = citationOf(section);
  const text = section.querySelector<HTMLElement>("[data-citation-text]");
  const button = section.querySelector<HTMLButtonElement>("[data-copy-citation]");
  const status = section.querySelector<HTMLElement>("[data-citation-status]");
  if (!article || !text || !button || !status) continue;
  text.textContent = articleCitation(article, today());
  button.hidden = false;
  const copyCitation = async () => {
    const citation = articleCitation(article, today());
    text.textContent = citation;
    status.textContent = (await copy(citation, text))
      ? "已复制引用"
      : "未能自动复制，引用已选中，请按 Ctrl+C 复制";
  };
  button.addEventListener("click", () => void copyCitation());
}
