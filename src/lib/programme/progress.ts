/**
 * Progress of each commitment (量化要求) in one year, from the measures the
 * portal can count (src/model/commitments.ts). A commitment without a measure
 * is reported as not measured; nothing is estimated.
 */
import type { CommitmentData, MeasureName } from "../../model/commitments.ts";
import {
  authorRows,
  bookMonths,
  monthsElapsed,
  type ArticleFacts,
  type BookFacts,
  type DepartmentFacts,
} from "./stats.ts";

export interface ProgrammeFacts {
  articles: readonly ArticleFacts[];
  books: readonly BookFacts[];
  departments: readonly DepartmentFacts[];
  /** YYYY-MM of the build, for the months of the current year that have passed. */
  today: string;
}

export type Progress =
  | { measured: false }
  | {
      measured: true;
      /** How many (authors, months) met the target. */
      met: number;
      /** Out of how many. */
      of: number;
      /** What is counted, e.g. 名作者 or 个月. */
      counted: string;
    };

type Commitment = Pick<CommitmentData, "target" | "measure">;

const counters: Record<MeasureName, (c: Commitment, facts: ProgrammeFacts, year: number) => Progress> = {
  每人调研文章篇数: (c, facts, year) => perAuthor(facts, year, (row) => row.articles >= c.target),
  每人市级以上刊发篇数: (c, facts, year) => perAuthor(facts, year, (row) => row.cityOrAbove >= c.target),
  推荐书目月数: (c, facts, year) => {
    const months = bookMonths(facts.books, year).slice(0, monthsElapsed(year, facts.today));
    const met = months.filter((m) => (m.book ? 1 : 0) >= c.target).length;
    return { measured: true, met, of: months.length, counted: "个月" };
  },
};

function perAuthor(
  facts: ProgrammeFacts,
  year: number,
  meets: (row: ReturnType<typeof authorRows>[number]) => boolean,
): Progress {
  const rows = authorRows(facts.articles, facts.departments, year);
  return { measured: true, met: rows.filter(meets).length, of: rows.length, counted: "名作者" };
}

export function commitmentProgress(commitment: Commitment, facts: ProgrammeFacts, year: number): Progress {
  return commitment.measure ? counters[commitment.measure](commitment, facts, year) : { measured: false };
}
