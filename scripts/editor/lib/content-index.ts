/** What the editor tools need to know about the content already there: ids taken, months and orders used, lists to choose from. */
import { loadContent } from "../../../src/content-check/load.ts";
import { pillarOrder } from "../../../src/lib/content/pillars.ts";
import type { Pillar } from "../../../src/model/fields.ts";

export const MARKDOWN_COLLECTIONS = ["rules", "study", "books", "articles", "sessions"] as const;
export type MarkdownCollection = (typeof MARKDOWN_COLLECTIONS)[number];

export interface ContentIndex {
  /** Ids (file names without extension) already used in each Markdown collection. */
  ids: Record<MarkdownCollection, Set<string>>;
  departments: { id: string; name: string }[];
  /** The pillar names in pillars.yaml's order (the choices npm run new offers). */
  pillars: Pillar[];
  /** YYYY-MM of every recommended book. */
  bookMonths: Set<string>;
  /** `order` of every chapter of the compilation. */
  studyOrders: number[];
  /** Parts (编) of the compilation, in reading order. */
  studyParts: string[];
  /** 发文机关 of the rules, most used first. */
  issuers: string[];
}

const text = (value: unknown) => (typeof value === "string" ? value.trim() : undefined);

export function readContentIndex(root: string): ContentIndex {
  const { entries } = loadContent(root);
  const index: ContentIndex = {
    ids: { rules: new Set(), study: new Set(), books: new Set(), articles: new Set(), sessions: new Set() },
    departments: [],
    pillars: [],
    bookMonths: new Set(),
    studyOrders: [],
    studyParts: [],
    issuers: [],
  };
  const issuerCounts = new Map<string, number>();
  const parts: { part: string; order: number }[] = [];
  for (const entry of entries) {
    const data = (entry.data ?? {}) as Record<string, unknown>;
    switch (entry.collection) {
      case "departments": {
        const id = text(data["id"]);
        if (id) index.departments.push({ id, name: text(data["name"]) ?? id });
        break;
      }
      case "pillars":
      case "wukanWubi":
      case "commitments":
        break;
      default:
        index.ids[entry.collection].add(entry.id);
    }
    if (entry.collection === "books" && text(data["month"]))
      index.bookMonths.add(text(data["month"]) as string);
    if (entry.collection === "study" && typeof data["order"] === "number") {
      index.studyOrders.push(data["order"]);
      const part = text(data["part"]);
      if (part) parts.push({ part, order: data["order"] });
    }
    const issuer = entry.collection === "rules" ? text(data["issuer"]) : undefined;
    if (issuer) issuerCounts.set(issuer, (issuerCounts.get(issuer) ?? 0) + 1);
  }
  index.pillars = pillarOrder(
    entries.filter((e) => e.collection === "pillars").map((e) => (e.data as { name?: unknown } | null)?.name),
  );
  index.studyParts = [...new Set(parts.sort((a, b) => a.order - b.order).map((p) => p.part))];
  index.issuers = [...issuerCounts].sort((a, b) => b[1] - a[1]).map(([issuer]) => issuer);
  return index;
}
