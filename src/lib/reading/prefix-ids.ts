/**
 * Several chapters on one page (the whole-compilation print page) would
 * repeat the same ids — every chapter has its own #art-1 and footnotes —
 * so each chapter's ids, and the in-page links and ARIA references that point
 * at them, get a prefix of their own.
 */
import { parse } from "node-html-parser";

/** Attributes that hold one or more space-separated ids. */
const ID_LIST_ATTRIBUTES = ["aria-describedby", "aria-labelledby", "aria-controls", "aria-owns", "for"];

export function prefixIds(html: string, prefix: string): string {
  const root = parse(html, { comment: false });
  const elements = root.querySelectorAll("*");
  const ids = new Set(elements.map((el) => el.getAttribute("id")).filter((id): id is string => Boolean(id)));
  const rename = (id: string) => (ids.has(id) ? `${prefix}${id}` : id);

  for (const el of elements) {
    const id = el.getAttribute("id");
    if (id) el.setAttribute("id", rename(id));
    const href = el.getAttribute("href");
    if (href?.startsWith("#") && href.length > 1) {
      el.setAttribute("href", `#${rename(decodeFragment(href.slice(1)))}`);
    }
    for (const name of ID_LIST_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value) el.setAttribute(name, value.split(/\s+/).filter(Boolean).map(rename).join(" "));
    }
  }
  return root.toString();
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
