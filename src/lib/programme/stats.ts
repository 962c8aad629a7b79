/**
 * 成果统计: what the portal's own content shows of the programme, per year.
 * Pure functions over plain facts, so each figure is tested on fixtures.
 *
 * Conventions (also written on the stats page):
 * - an article counts for the year of its `date`; a publication for the year of
 *   `published.date`;
 * - 市级以上 means 市级, 省级 or 国家级;
 * - authors signed as a group (…调研组, …课题组) count for their department, not as a person;
 * - a year's author table lists everyone who had signed an article by the end of
 *   that year; cadres with no article on the site are not known to it.
 */
import { PUBLICATION_LEVELS } from "../../model/articles.ts";
import { RULE_CATEGORIES, RULE_STATUSES } from "../../model/rules.ts";

type Level = (typeof PUBLICATION_LEVELS)[number];

export interface ArticleFacts {
  id: string;
  title: string;
  authors: readonly string[];
  department: string;
  date: Date;
  published?: { level: Level; date: Date } | undefined;
}
export interface BookFacts {
  id: string;
  title: string;
  /** YYYY-MM. */
  month: string;
}
export interface RuleFacts {
  id: string;
  category: string;
  status: string;
  issued: Date;
}
export interface DepartmentFacts {
  id: string;
  name: string;
}

/** Levels that count as 市级以上. */
export const CITY_OR_ABOVE: readonly Level[] = ["市级", "省级", "国家级"];
export const isCityOrAbove = (level: Level | undefined): boolean =>
  level !== undefined && CITY_OR_ABOVE.includes(level);

/** Shown for an article whose department is not in departments.yaml. */
export const UNKNOWN_DEPARTMENT = "（未登记的股室）";

const yearOf = (date: Date) => date.getUTCFullYear();
const writtenIn = (year: number) => (a: ArticleFacts) => yearOf(a.date) === year;
const publishedIn = (year: number) => (a: ArticleFacts) =>
  a.published !== undefined && yearOf(a.published.date) === year;

/** A name signed by a team rather than a person: 组织股调研组, 课题组. */
export const isGroupAuthor = (name: string): boolean => /(调研组|课题组|写作组|小组)$/.test(name.trim());

/** Every year from the first with content to `lastYear` (or a later content year), newest first. */
export function statsYears(
  content: { articles: readonly ArticleFacts[]; books: readonly BookFacts[] },
  lastYear: number,
): number[] {
  const years = [
    ...content.articles.flatMap((a) => [yearOf(a.date), ...(a.published ? [yearOf(a.published.date)] : [])]),
    ...content.books.map((b) => Number(b.month.slice(0, 4))),
  ];
  if (years.length === 0) return [lastYear];
  const first = Math.min(...years, lastYear);
  const last = Math.max(...years, lastYear);
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}

export interface DepartmentRow {
  id: string;
  name: string;
  /** Articles written that year. */
  articles: number;
  /** Articles published at 市级 or above that year. */
  cityOrAbove: number;
}

/** Every department in the file's order (zeros included), then any unregistered id that has articles. */
export function articlesByDepartment(
  articles: readonly ArticleFacts[],
  departments: readonly DepartmentFacts[],
  year: number,
): DepartmentRow[] {
  const known = new Set(departments.map((d) => d.id));
  const unknown = [...new Set(articles.map((a) => a.department).filter((id) => !known.has(id)))].sort();
  const rows = [...departments, ...unknown.map((id) => ({ id, name: UNKNOWN_DEPARTMENT }))].map((d) => ({
    id: d.id,
    name: d.name,
    articles: articles.filter((a) => a.department === d.id && writtenIn(year)(a)).length,
    cityOrAbove: articles.filter(
      (a) => a.department === d.id && publishedIn(year)(a) && isCityOrAbove(a.published?.level),
    ).length,
  }));
  return rows.filter((row) => known.has(row.id) || row.articles + row.cityOrAbove > 0);
}

/** Articles published that year, at each level from 区级 up. */
export function publicationsByLevel(
  articles: readonly ArticleFacts[],
  year: number,
): { level: Level; count: number }[] {
  const published = articles.filter(publishedIn(year));
  return PUBLICATION_LEVELS.map((level) => ({
    level,
    count: published.filter((a) => a.published?.level === level).length,
  }));
}

export interface AuthorRow {
  name: string;
  /** Names of the departments of the author's articles (all years), in file order. */
  departments: string[];
  articles: number;
  cityOrAbove: number;
}

/** Each person who had signed an article by the end of `year`, with that year's counts; by name. */
export function authorRows(
  articles: readonly ArticleFacts[],
  departments: readonly DepartmentFacts[],
  year: number,
): AuthorRow[] {
  const signedBy = (name: string) => articles.filter((a) => a.authors.includes(name));
  const names = new Set(
    articles
      .filter((a) => yearOf(a.date) <= year || (a.published && yearOf(a.published.date) <= year))
      .flatMap((a) => a.authors)
      .filter((name) => !isGroupAuthor(name)),
  );
  const collator = new Intl.Collator("zh-CN");
  return [...names].sort(collator.compare).map((name) => {
    const own = signedBy(name);
    const ids = new Set(own.map((a) => a.department));
    const inOrder = departments.filter((d) => ids.has(d.id)).map((d) => d.name);
    const known = new Set(departments.map((d) => d.id));
    return {
      name,
      departments: [...inOrder, ...([...ids].some((id) => !known.has(id)) ? [UNKNOWN_DEPARTMENT] : [])],
      articles: own.filter(writtenIn(year)).length,
      cityOrAbove: own.filter((a) => publishedIn(year)(a) && isCityOrAbove(a.published?.level)).length,
    };
  });
}

/** The twelve months of `year`, each with its recommended book, if any. */
export function bookMonths(books: readonly BookFacts[], year: number): { month: string; book?: BookFacts }[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, "0")}`;
    const book = books.find((b) => b.month === month);
    return book ? { month, book } : { month };
  });
}

/**
 * Months of `year` that have happened by `today` (YYYY-MM): all twelve for a past
 * year, none for a future one. Progress of a monthly commitment counts these only.
 */
export function monthsElapsed(year: number, today: string): number {
  const [thisYear, thisMonth] = today.split("-").map(Number) as [number, number];
  if (year < thisYear) return 12;
  if (year > thisYear) return 0;
  return thisMonth;
}

export interface RuleCountRow {
  category: string;
  /** Count per 时效性, in RULE_STATUSES order. */
  byStatus: number[];
  total: number;
}

/** Rules issued by the end of `year`, by category (fixed order, empty ones left out) and current 时效性. */
export function rulesByCategory(rules: readonly RuleFacts[], year: number): RuleCountRow[] {
  const issued = rules.filter((r) => yearOf(r.issued) <= year);
  return RULE_CATEGORIES.map((category) => {
    const inCategory = issued.filter((r) => r.category === category);
    return {
      category,
      byStatus: RULE_STATUSES.map((status) => inCategory.filter((r) => r.status === status).length),
      total: inCategory.length,
    };
  }).filter((row) => row.total > 0);
}

/** A year in one line: articles written, publications at 市级 or above, months with a book. */
export function yearSummary(
  content: { articles: readonly ArticleFacts[]; books: readonly BookFacts[] },
  year: number,
): { articles: number; cityOrAbove: number; bookMonths: number } {
  return {
    articles: content.articles.filter(writtenIn(year)).length,
    cityOrAbove: content.articles.filter((a) => publishedIn(year)(a) && isCityOrAbove(a.published?.level))
      .length,
    bookMonths: bookMonths(content.books, year).filter((m) => m.book).length,
  };
}
