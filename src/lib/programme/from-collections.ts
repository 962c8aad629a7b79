/**
 * The programme's data read from the content collections, once per build, in the
 * shapes the statistics take. The only module here that touches astro:content:
 * pages and the CSV endpoint share it, and everything it feeds is pure.
 */
import { getCollection } from "astro:content";
import { buildDate, monthInChina } from "../site/build-date.ts";
import { inFileOrder } from "../content/file-order.ts";
import { pillarOrder } from "../content/pillars.ts";
import { statsYears } from "./stats.ts";
import type { YearInput } from "./tables.ts";

export async function programmeData() {
  const [pillars, wukanWubi, commitments, departments] = await Promise.all([
    getCollection("pillars").then(inFileOrder),
    getCollection("wukanWubi").then(inFileOrder),
    getCollection("commitments").then(inFileOrder),
    getCollection("departments").then(inFileOrder),
  ]);
  // The pillar names in pillars.yaml's order, for every list that groups by pillar.
  const order = pillarOrder(pillars.map((p) => p.data.name));
  return { pillars, order, wukanWubi, commitments, departments };
}

/** Facts for the 成果统计 pages and downloads, and the years they cover (newest first). */
export async function statsInput(): Promise<{ input: YearInput; years: number[] }> {
  const [{ commitments, departments }, articles, books, rules] = await Promise.all([
    programmeData(),
    getCollection("articles"),
    getCollection("books"),
    getCollection("rules"),
  ]);
  const today = monthInChina(buildDate(process.env));
  const input: YearInput = {
    today,
    departments: departments.map((d) => ({ id: d.id, name: d.data.name })),
    commitments: commitments.map((c) => c.data),
    articles: articles.map((a) => ({
      id: a.id,
      title: a.data.title,
      authors: a.data.authors,
      department: a.data.department,
      date: a.data.date,
      published: a.data.published,
    })),
    books: books.map((b) => ({ id: b.id, title: b.data.title, month: b.data.month })),
    rules: rules.map((r) => ({
      id: r.id,
      category: r.data.category,
      status: r.data.status,
      issued: r.data.issued,
    })),
  };
  return { input, years: statsYears(input, Number(today.slice(0, 4))) };
}
