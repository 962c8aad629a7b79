/**
 * 网站地图 for readers: every section with its pages, grouped as each list page groups them
 * (rules by category, chapters by part), built from the content so no page is left out.
 */
import { paths, section } from "./routes.ts";

export interface MapLink {
  path: string;
  title: string;
  /** Said after the link, e.g. （已废止）. */
  note?: string | undefined;
  /** Links that follow it on the same line (成果统计：2024年、2025年). */
  more?: MapLink[] | undefined;
}

export interface MapGroup {
  /** A sub-heading (a category, a part); none for a plain list. */
  title?: string | undefined;
  links: MapLink[];
}

export interface MapSection {
  heading: MapLink;
  groups: MapGroup[];
}

export interface SiteMapInput {
  pillars: ReadonlyArray<{ id: string; agency: string }>;
  statsYears: readonly number[];
  ruleGroups: ReadonlyArray<{
    category: string;
    rules: ReadonlyArray<{ id: string; title: string; status: string }>;
  }>;
  parts: ReadonlyArray<{ part: string; chapters: ReadonlyArray<{ id: string; title: string }> }>;
  /** 学习安排, in the order to list them (newest first); `title` already carries the day. */
  sessions: ReadonlyArray<{ id: string; title: string }>;
  books: ReadonlyArray<{ id: string; title: string }>;
  articles: ReadonlyArray<{ id: string; title: string }>;
}

/** The site map's columns; each is a list of sections (the study column holds the 学习安排 too, the last one books and articles). */
export function siteMapColumns(input: SiteMapInput): MapSection[][] {
  const programme: MapSection = {
    heading: { path: paths.programme(), title: section("programme").title },
    groups: [
      {
        links: [
          { path: `${paths.programme()}#wukan`, title: "“五看五比”活动" },
          ...input.pillars.map((p) => ({ path: paths.pillar(p.id), title: p.agency })),
          {
            path: paths.stats(),
            title: "成果统计",
            more: input.statsYears.map((year) => ({ path: paths.statsYear(year), title: `${year}年` })),
          },
        ],
      },
    ],
  };
  return [
    [{ heading: { path: paths.home(), title: section("home").title }, groups: [] }, programme],
    [
      {
        heading: { path: paths.rules(), title: section("rules").title },
        groups: input.ruleGroups.map((g) => ({
          title: g.category,
          links: g.rules.map((r) => ({
            path: paths.rule(r.id),
            title: r.title,
            note: r.status === "现行有效" ? undefined : `（${r.status}）`,
          })),
        })),
      },
    ],
    [
      {
        heading: { path: paths.study(), title: section("study").title },
        groups: input.parts.map((p) => ({
          title: p.part,
          links: p.chapters.map((c) => ({ path: paths.chapter(c.id), title: c.title })),
        })),
      },
      {
        heading: { path: paths.sessions(), title: section("sessions").title },
        groups: [{ links: input.sessions.map((s) => ({ path: paths.session(s.id), title: s.title })) }],
      },
    ],
    [
      {
        heading: { path: paths.books(), title: section("books").title },
        groups: [{ links: input.books.map((b) => ({ path: paths.book(b.id), title: `《${b.title}》` })) }],
      },
      {
        heading: { path: paths.articles(), title: section("articles").title },
        groups: [{ links: input.articles.map((a) => ({ path: paths.article(a.id), title: a.title })) }],
      },
    ],
  ];
}
